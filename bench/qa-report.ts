// Markdown for the Q&A figures: datasets, latency, the PostgreSQL reference
// and the targets judged against the measured numbers.
import type { QaFigures, Samples } from "./qa-bench.ts";
import { ms, percentile, ratio } from "./stats.ts";

const all = (s: Samples) => [...s.chart, ...s.noChart];
const f0 = (n: number) => n.toLocaleString("en");
const path = (f: QaFigures) => (f.level === "bot" ? "bot + simulator" : "**engine-level** (no bot)");

export function qaDatasetsMarkdown(figs: QaFigures[]): string {
  const head =
    "| transactions | accounts | history | seeded with COPY in | parser: read / asked back / not read | bot: \"didn't understand\" replies |\n|---:|---:|---|---:|---|---:|";
  const rows = figs.map(
    (f) =>
      `| ${f0(f.rows)} | ${f.accounts} | ${f.from} .. ${f.to} | ${(f.seedMs / 1000).toFixed(1)} s | ${f.outcomes.spec} / ${f.outcomes.clarify} / ${f.outcomes.unknown} | ${f.level === "bot" ? f.notUnderstood : "–"} |`,
  );
  return [head, ...rows].join("\n");
}

export function qaLatencyMarkdown(figs: QaFigures[]): string {
  const head =
    "| transactions | path | answers | samples | p50 | p95 | with chart: n / p50 / p95 | without chart: n / p50 / p95 |\n|---:|---|---|---:|---:|---:|---|---|";
  const rows: string[] = [];
  for (const f of figs) {
    for (const [kind, s] of [["cold", f.cold], ["warm", f.warm]] as const) {
      const a = all(s);
      rows.push(
        `| ${f0(f.rows)} | ${path(f)} | ${kind} | ${a.length} | ${ms(percentile(a, 50))} | ${ms(percentile(a, 95))} | ` +
          `${s.chart.length} / ${ms(percentile(s.chart, 50))} / ${ms(percentile(s.chart, 95))} | ` +
          `${s.noChart.length} / ${ms(percentile(s.noChart, 50))} / ${ms(percentile(s.noChart, 95))} |`,
      );
    }
  }
  return [head, ...rows].join("\n");
}

export function qaReferenceMarkdown(figs: QaFigures[]): string {
  const head = "| transactions | PostgreSQL samples | PostgreSQL p50 | PostgreSQL p95 | warm p50 / PostgreSQL p50 | warm p95 / PostgreSQL p95 |\n|---:|---:|---:|---:|---:|---:|";
  const rows = figs.map((f) => {
    const w = all(f.warm);
    return `| ${f0(f.rows)} | ${f.pg.length} | ${ms(percentile(f.pg, 50))} | ${ms(percentile(f.pg, 95))} | ${ratio(percentile(w, 50), percentile(f.pg, 50))} | ${ratio(percentile(w, 95), percentile(f.pg, 95))} |`;
  });
  return [head, ...rows].join("\n");
}

/** Where a warm answer's time goes, measured in-process without the bot. */
export function qaBreakdownMarkdown(figs: QaFigures[]): string {
  const pp = (xs: number[]) => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))}`;
  const head =
    "| transactions | analytics.query p50 / p95 | renderChart p50 / p95 (answers with a chart) | engine total p50 / p95 | bot warm p50 / p95 |\n|---:|---|---|---|---|";
  const rows = figs.map(
    (f) => `| ${f0(f.rows)} | ${pp(f.breakdown.query)} | ${pp(f.breakdown.render)} | ${pp(f.breakdown.engine)} | ${f.level === "bot" ? pp(all(f.warm)) : "–"} |`,
  );
  return [head, ...rows].join("\n");
}

export function qaTargetsMarkdown(figs: QaFigures[]): string {
  const at = (rows: number) => figs.find((f) => f.rows === rows);
  const lines = ["| target | measured | met? |", "|---|---|---|"];
  const judge = (label: string, f: QaFigures | undefined, value: (f: QaFigures) => number, limit: number) => {
    if (!f) return lines.push(`| ${label} | not run | – |`);
    const v = value(f);
    const level = f.level === "engine" ? " (engine-level, not through the bot)" : "";
    lines.push(`| ${label} | ${ms(v)} ms${level} | ${Number.isNaN(v) ? "–" : v < limit ? "met" : "**not met**"} |`);
  };
  judge("warm p95 < 100 ms at 100,000, answers with a chart", at(100_000), (f) => percentile(f.warm.chart, 95), 100);
  judge("warm p95 < 100 ms at 100,000, all answers", at(100_000), (f) => percentile(all(f.warm), 95), 100);
  judge("cold < 1 s at 100,000 (p95)", at(100_000), (f) => percentile(all(f.cold), 95), 1000);
  judge("warm p95 < 300 ms at 1,000,000", at(1_000_000), (f) => percentile(all(f.warm), 95), 300);
  return lines.join("\n");
}

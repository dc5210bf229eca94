// A QueryResult as the person sees it: reports/ decides text and chart for one
// currency; here several currencies become one section each, because amounts
// in different currencies do not add up to anything.
import type { QueryResult } from "../analytics/engine.ts";
import { buildReport } from "../../reports/shape/report.ts";
import type { ReportResult } from "../../reports/shape/types.ts";
import type { RenderInput } from "../../reports/render/types.ts";

export interface Presented {
  html: string;
  chart: RenderInput | null;
  /** The currency the chart (if any) shows: the one with the most transactions. */
  mainCurrency: string | null;
}

/** Currencies of a result, the one with the most transactions first. */
export function currenciesOf(result: QueryResult): string[] {
  return [...result.total]
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
    .map((t) => t.currency)
    .filter((c, i, all) => all.indexOf(c) === i);
}

export function presentResult(result: QueryResult, locale: "en" | "de"): Presented {
  const base: ReportResult = {
    measure: result.spec.measure,
    groupBy: result.spec.groupBy,
    rows: result.rows,
    compare: result.spec.compare,
    period: result.period,
    comparePeriod: result.comparePeriod,
  };
  const chartWish = result.spec.chart;
  const currencies = currenciesOf(result).filter((c) => result.rows.some((r) => r.currency === c));
  if (currencies.length <= 1) {
    const r = buildReport(base, locale, chartWish);
    return { ...r, mainCurrency: currencies[0] ?? result.total[0]?.currency ?? null };
  }
  const sections = currencies.map((c, i) => buildReport({ ...base, rows: result.rows.filter((r) => r.currency === c) }, locale, i === 0 ? chartWish : "none"));
  // Every section starts with the same heading line; keep it once.
  const html = sections.map((s, i) => (i === 0 ? s.html : s.html.split("\n").slice(1).join("\n").replace(/^\n+/, ""))).join("\n\n");
  return { html, chart: sections[0]?.chart ?? null, mainCurrency: currencies[0] ?? null };
}

// "A vs B": one figure per side, side by side, and, when the period is longer
// than a month, a grouped bar chart by month so the two can be compared
// over time. Never a sum of the sides: that is what the question is not.
import { escapeHtml, htmlToPlain } from "../../src/text/html.ts";
import { t } from "../../src/i18n/index.ts";
import { formatBucket } from "../../src/format/date.ts";
import { decimalAbs, decimalSub } from "../../src/format/decimal.ts";
import { formatSpending } from "./spending-value.ts";
import { formatMoney, formatNumber } from "../../src/format/money.ts";
import type { RenderInput } from "../render/types.ts";
import type { Report } from "./report.ts";
import type { ReportLocale, ResultRow } from "./types.ts";

export interface VersusInput {
  heading: string;
  measure: "spending" | "income" | "net" | "count" | "average" | "balance";
  /** One row per side and currency (key = side index, label = side name). */
  rows: ResultRow[];
  /** Per side, the measure it has of its own ("income vs spending"): what is left over is shown instead of a difference. */
  sideMeasures?: ("income" | "spending" | undefined)[];
  /** Income and spending each averaged per month or year: what is left over is per month or year too. */
  averageOver?: "month" | "year" | "week" | "day";
  /** Per side, its months (same buckets for every side). */
  monthly?: { label: string; rows: ResultRow[] }[];
  chart: "auto" | "none" | "bar" | "stacked_bar" | "line" | "doughnut";
  /** The last month is still running (the period ends today): drawn lighter and labelled "so far". */
  lastRunning?: boolean;
}

export function versusReport(v: VersusInput, locale: ReportLocale): Report {
  const fmt = (r: { value: string; currency: string }) =>
    v.measure === "count" ? formatNumber(r.value, locale) : v.measure === "spending" ? formatSpending(r.value, r.currency, locale) : formatMoney(r.value, r.currency, locale);
  const currency = v.rows[0]?.currency ?? "";
  const rows = v.rows.filter((r) => r.currency === currency);
  const lines = [v.heading, ""];
  const width = Math.min(18, Math.max(...rows.map((r) => [...(r.label ?? "")].length)));
  const amountWidth = Math.max(...rows.map((r) => fmt(r).length));
  for (const r of rows) {
    const label = [...(r.label ?? "?")];
    const name = label.length > width ? `${label.slice(0, width - 1).join("")}…` : (r.label ?? "?").padEnd(width);
    const count = v.measure === "count" ? "" : ` ${t(locale, "reports.versus.count", { count: r.count })}`;
    lines.push(`<code>${escapeHtml(`${name} ${fmt(r).padStart(amountWidth)}`)}</code>${escapeHtml(count)}`);
  }
  const [a, b] = rows;
  const flow = (m: "income" | "spending") => rows.find((r) => r.key === String(v.sideMeasures?.indexOf(m)));
  const income = flow("income");
  const spending = flow("spending");
  if (income && spending) {
    const key = v.averageOver ? `reports.versus.left_over_${v.averageOver}` : "reports.versus.left_over";
    lines.push("", t(locale, key, { value: formatMoney(decimalSub(income.value, spending.value), currency, locale) }));
  } else if (a && b && rows.length === 2 && v.measure !== "count") {
    lines.push("", t(locale, "reports.versus.difference", { a: a.label ?? "", b: b.label ?? "", value: formatMoney(decimalAbs(decimalSub(a.value, b.value)), currency, locale) }));
  }
  for (const other of v.rows.filter((r) => r.currency !== currency)) lines.push(`${escapeHtml(other.label ?? "")}: ${fmt(other)}`);
  const html = lines.join("\n");
  if (!v.monthly || v.chart === "none" || v.measure === "count") return { html, chart: null };
  const keys = v.monthly[0]?.rows.filter((r) => r.currency === currency).map((r) => r.key ?? "") ?? [];
  if (keys.length < 2) return { html, chart: null };
  const series = v.monthly.map((side) => {
    const byKey = new Map(side.rows.filter((r) => r.currency === currency).map((r) => [r.key, r.value]));
    return { label: side.label, values: keys.map((k) => decimalAbs(byKey.get(k) ?? "0")) };
  });
  const labels = keys.map((k) => formatBucket(k, "month", locale));
  if (v.lastRunning) labels[labels.length - 1] = t(locale, "reports.so_far", { label: labels.at(-1) ?? "" });
  const chart: RenderInput = {
    kind: "bar",
    // The answer's heading names both sides and the period; a saved photo needs both.
    title: htmlToPlain(v.heading),
    labels,
    series,
    currency,
    locale,
    colourBy: "series",
    grouped: true,
    ...(v.lastRunning ? { partialLast: true } : {}),
  };
  return { html, chart };
}

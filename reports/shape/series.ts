// Rows → chart series. Time buckets are sorted and gaps filled with zero
// (a month without spending is a real zero, and a line that skips it lies);
// other groupings are cut to the top N plus "Other".
import { formatPeriod } from "../../src/format/date.ts";
import { rowLabel, text } from "./labels.ts";
import { topNWithOther } from "./top-n.ts";
import { isTimeGroup, type ReportLocale, type ReportResult, type ResultRow, type SeriesData } from "./types.ts";

type Grain = "day" | "week" | "month" | "year";
// A year of days is the most a chart can show; beyond that, trust the engine's buckets.
const MAX_FILLED_BUCKETS = 400;

function toDate(key: string): Date {
  const iso = key.length === 4 ? `${key}-01-01` : key.length === 7 ? `${key}-01` : key.slice(0, 10);
  return new Date(`${iso}T00:00:00Z`);
}

/** The canonical bucket key a date falls in; weeks start on Monday (ISO, as date_trunc does). */
export function bucketKey(date: Date, grain: Grain): string {
  const iso = date.toISOString();
  if (grain === "year") return iso.slice(0, 4);
  if (grain === "month") return iso.slice(0, 7);
  if (grain === "week") {
    const monday = new Date(date);
    monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    return monday.toISOString().slice(0, 10);
  }
  return iso.slice(0, 10);
}

function nextBucket(date: Date, grain: Grain): Date {
  const d = new Date(date);
  if (grain === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (grain === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (grain === "week" ? 7 : 1));
  return d;
}

function fillTimeBuckets(rows: ResultRow[], grain: Grain, period: ReportResult["period"]): ResultRow[] {
  const byKey = new Map<string, ResultRow>();
  for (const r of rows) if (r.key !== null) byKey.set(bucketKey(toDate(r.key), grain), r);
  const keys = [...byKey.keys()].sort();
  const first = period?.from ?? keys[0];
  const last = period?.to ?? keys[keys.length - 1];
  if (!first || !last) return [];
  const currency = rows[0]?.currency ?? "";
  const hasCompare = rows.some((r) => r.compareValue != null);
  const out: ResultRow[] = [];
  const end = bucketKey(toDate(last), grain);
  for (let d = toDate(bucketKey(toDate(first), grain)); out.length < MAX_FILLED_BUCKETS; d = nextBucket(d, grain)) {
    const key = bucketKey(d, grain);
    if (key > end) break;
    out.push({ ...(byKey.get(key) ?? { value: "0", count: 0, currency, compareValue: hasCompare ? "0" : null }), key });
  }
  return out;
}

/**
 * The rows as shown. The engine reports spending positive (money out); a
 * negative figure is more money back than spent and keeps its sign, so it is
 * never shown as spending (formatSpending says it).
 */
export function presentRows(result: ReportResult): ResultRow[] {
  return result.rows;
}

/** The rows a chart or list shows, in display order. */
export function shapeRows(result: ReportResult, locale: ReportLocale, topN = 11): ResultRow[] {
  const rows = presentRows(result);
  if (isTimeGroup(result.groupBy)) return fillTimeBuckets(rows, result.groupBy, result.period);
  if (result.groupBy === "none") return rows;
  return topNWithOther(rows, topN, locale);
}

export function compareLabel(result: ReportResult, locale: ReportLocale): string {
  if (result.comparePeriod) return formatPeriod(result.comparePeriod.from, result.comparePeriod.to, locale);
  return text(locale, result.compare === "same_period_last_year" ? "reports.same_period_last_year" : "reports.previous_period");
}

export function rowsToSeries(result: ReportResult, locale: ReportLocale, topN = 11): SeriesData {
  const rows = shapeRows(result, locale, topN);
  const main = result.period ? formatPeriod(result.period.from, result.period.to, locale) : text(locale, `reports.measure.${result.measure}`);
  const series = [{ label: main, values: rows.map((r) => r.value) }];
  if (rows.some((r) => r.compareValue != null)) {
    series.push({ label: compareLabel(result, locale), values: rows.map((r) => r.compareValue ?? "0") });
  }
  return { labels: rows.map((r) => rowLabel(r, result.groupBy, locale)), series, currency: rows[0]?.currency ?? result.rows[0]?.currency ?? "" };
}

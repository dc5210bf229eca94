// Buttons under an answer: each derives a new spec from the one on screen, so
// "by merchant" or "previous period" never reparses the person's words.
import { comparePeriod, toDate } from "../analytics/periods.ts";
import { averagesOverTime, type GroupBy } from "../analytics/query-spec.ts";
import type { AskedQuery } from "./pending.ts";

/** m by merchant, p previous period, c chart, t text, n/b next/previous page of a transaction list. */
export type DrillAction = "m" | "p" | "c" | "t" | "n" | "b";
export const DRILL_ACTIONS: readonly DrillAction[] = ["m", "p", "c", "t", "n", "b"];

const DAY_MS = 86_400_000;

/** A time axis with a readable number of points for the period. */
export function timeGrain(period: { from: string; to: string }): GroupBy {
  const days = Math.round((toDate(period.to).getTime() - toDate(period.from).getTime()) / DAY_MS) + 1;
  if (days <= 31) return "day";
  if (days <= 120) return "week";
  if (days <= 3 * 366) return "month";
  return "year";
}

/** Which drill-down buttons make sense under this answer; `matching` is how many transactions the question covers. */
export function drillActions(q: AskedQuery, hasChart: boolean, matching = 0): DrillAction[] {
  const out: DrillAction[] = [];
  if (q.spec.groupBy === "transaction") {
    const offset = q.spec.offset ?? 0;
    const size = q.spec.limit ?? 10;
    if (offset > 0) out.push("b");
    // A ranking ("10 biggest") is complete on one page; a plain list pages on.
    if (q.spec.sort === "key_desc" && offset + size < matching) out.push("n");
    return out;
  }
  // Sides and averages per month or year are their own shapes: only another period makes sense.
  if (q.spec.versus || averagesOverTime(q.spec)) return ["p"];
  if (q.spec.measure !== "balance" && q.spec.groupBy !== "merchant") out.push("m");
  out.push("p");
  if (hasChart) out.push("t");
  else if (q.spec.chart === "none" || q.spec.groupBy === "none") out.push("c");
  return out;
}

export function drill(q: AskedQuery, period: { from: string; to: string }, action: DrillAction): AskedQuery {
  const spec = { ...q.spec, filters: { ...q.spec.filters, period } };
  const reading = { ...q.reading, period: { ...period, defaulted: q.reading.period.defaulted } };
  if (action === "m") {
    Object.assign(spec, { groupBy: "merchant", sort: "value_desc", limit: q.spec.limit ?? 10 });
    Object.assign(reading, { groupBy: "merchant", sort: "value_desc", limit: spec.limit });
  } else if (action === "p") {
    const prev = comparePeriod(period, "previous_period") ?? period;
    spec.filters.period = prev;
    reading.period = { ...prev, defaulted: false };
  } else if (action === "n" || action === "b") {
    const size = q.spec.limit ?? 10;
    const offset = Math.max(0, (q.spec.offset ?? 0) + (action === "n" ? size : -size));
    if (offset > 0) spec.offset = offset;
    else delete spec.offset;
  } else if (action === "t") {
    spec.chart = reading.chart = "none";
  } else {
    spec.chart = reading.chart = "auto";
    if (q.spec.groupBy === "none") {
      spec.groupBy = reading.groupBy = timeGrain(period);
      spec.sort = reading.sort = "key_asc";
      delete spec.limit;
      delete reading.limit;
    }
  }
  // The derived query is the person's question no more; a summary of it would put words in their mouth.
  return { spec, reading, viaLlm: q.viaLlm };
}

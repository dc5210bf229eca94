// The shapes passed between the analytics engine, the shaping functions and
// the renderer. Values stay exact decimal strings all the way to the canvas.
import type { GroupBy, Measure } from "../../src/analytics/query-spec.ts";

export type ReportLocale = "en" | "de";

/** One row of an analytics result, exactly as the engine returns it. */
export type { ResultRow } from "../../src/analytics/engine.ts";
import type { ResultRow, ResultTotal } from "../../src/analytics/engine.ts";

export type ComparisonKind = "none" | "previous_period" | "same_period_last_year";

export interface ReportResult {
  measure: Measure;
  groupBy: GroupBy;
  rows: ResultRow[];
  /** The period's total per currency over every row, also those a top list leaves out. */
  total?: ResultTotal[];
  compare?: ComparisonKind;
  period?: { from: string; to: string };
  /** The compared period, when the engine knows it; used to name the second series. */
  comparePeriod?: { from: string; to: string } | null;
}

export type ResolvedChartKind = "bar" | "stacked_bar" | "line" | "doughnut" | "none";

export interface ChartSeries {
  label: string;
  values: string[];
}

export interface SeriesData {
  labels: string[];
  series: ChartSeries[];
  currency: string;
}

export const TIME_GROUPS = new Set<GroupBy>(["day", "week", "month", "year"]);
export const isTimeGroup = (g: GroupBy): g is "day" | "week" | "month" | "year" => TIME_GROUPS.has(g);

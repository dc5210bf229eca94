// Which picture answers the question best on a phone screen.
import type { GroupBy, Measure } from "../../src/analytics/query-spec.ts";
import { isTimeGroup, type ResolvedChartKind } from "./types.ts";

export interface ChartChoiceInput {
  /** The QuerySpec's `chart`; anything but "auto" is the person's explicit wish. */
  chart?: "auto" | ResolvedChartKind;
  measure: Measure;
  groupBy: GroupBy;
  compare?: "none" | "previous_period" | "same_period_last_year";
  /** Rows or time buckets that will be drawn (after top-N and gap filling). */
  points: number;
  /** Doughnuts cannot show negative parts. */
  hasNegative?: boolean;
}

const MAX_DOUGHNUT_SLICES = 8;
const MIN_LINE_POINTS = 7;
const SHARE_MEASURES = new Set<Measure>(["spending", "income", "count"]);

/**
 * - a single number: no chart, the text says it all
 * - shares of a whole (category, merchant, account) with at most 8 parts and no comparison: doughnut
 * - totals per month or year: bars; a balance or a day/week series with more than 6 points: line
 * - everything else: bar (grouped when compared)
 * stacked_bar is only drawn when asked for: our rows have one dimension, so
 * there is nothing to stack unless the caller built the series itself.
 */
export function chooseChart(input: ChartChoiceInput): ResolvedChartKind {
  if (input.points <= 1 || input.groupBy === "none") return "none";
  const requested = input.chart ?? "auto";
  if (requested === "doughnut" && input.hasNegative) return "bar";
  if (requested !== "auto") return requested;

  // Totals per month or year are bars (each one a sum); days and weeks read as a line once there are many.
  if (input.groupBy === "month" || input.groupBy === "year") return input.measure === "balance" && input.points >= MIN_LINE_POINTS ? "line" : "bar";
  if (isTimeGroup(input.groupBy)) return input.points >= MIN_LINE_POINTS ? "line" : "bar";
  const compared = input.compare !== undefined && input.compare !== "none";
  if (SHARE_MEASURES.has(input.measure) && !compared && !input.hasNegative && input.points <= MAX_DOUGHNUT_SLICES) return "doughnut";
  return "bar";
}

import type { ReportLocale } from "../shape/types.ts";

export type DrawableChartKind = "bar" | "stacked_bar" | "line" | "doughnut";

export interface RenderInput {
  kind: DrawableChartKind;
  title: string;
  labels: string[];
  /** Values are exact decimal strings; doughnuts draw the first series only. */
  series: { label: string; values: string[] }[];
  /** ISO code for money; "" for plain counts. */
  currency: string;
  locale: ReportLocale;
  width?: number;
  height?: number;
  /** "label": one colour per bar/slice (categories); "series": one per series (time axes). Default by kind. */
  colourBy?: "label" | "series";
  /** Several series drawn as groups of equal bars (A vs B), none of them a faded comparison. */
  grouped?: boolean;
  /** The last bucket is a period still running (this month so far): drawn lighter. */
  partialLast?: boolean;
  /** Bars grow sideways; default when the longest label would not fit under a bar. */
  horizontal?: boolean;
}

export const DEFAULT_WIDTH = 1000;
export const DEFAULT_HEIGHT = 700;

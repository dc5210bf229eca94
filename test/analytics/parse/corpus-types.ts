// Shapes and shared fixtures of the question corpus. "today" is fixed so every
// expected period is a literal date and the parser's relative arithmetic is
// what gets tested.
import type { GroupBy, Measure, QuerySpec } from "../../../src/analytics/query-spec.ts";
import type { ParseContext } from "../../../src/analytics/parse/index.ts";

export const TODAY = "2026-11-22"; // a Sunday

export const ACCOUNTS = [
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e01", name: "Girokonto" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e02", name: "Visa Kreditkarte" },
  { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e03", name: "Tagesgeld" },
];

export const MERCHANTS = [
  "REWE Markt GmbH",
  "AMAZON EU S.A R.L.",
  "Amazon Prime Video",
  "Deutsche Bahn",
  "Lidl",
  "Edeka",
  "Netflix",
  "Spotify AB",
  "Shell",
  "Aral AG",
  "dm-drogerie markt",
  "Lieferando",
  "Starbucks",
  "IKEA",
  "Zalando SE",
  "Vodafone GmbH",
];

export function context(locale: "en" | "de"): ParseContext {
  return { today: TODAY, locale, merchants: MERCHANTS, accounts: ACCOUNTS };
}

export interface Range {
  from: string;
  to: string;
}

const r = (from: string, to: string): Range => ({ from, to });

/** Periods relative to TODAY, computed by hand. */
export const P = {
  thisMonth: r("2026-11-01", "2026-11-22"),
  lastMonth: r("2026-10-01", "2026-10-31"),
  thisYear: r("2026-01-01", "2026-11-22"),
  lastYear: r("2025-01-01", "2025-12-31"),
  thisWeek: r("2026-11-16", "2026-11-22"),
  lastWeek: r("2026-11-09", "2026-11-15"),
  today: r("2026-11-22", "2026-11-22"),
  yesterday: r("2026-11-21", "2026-11-21"),
  last30Days: r("2026-10-24", "2026-11-22"),
  last2Weeks: r("2026-11-09", "2026-11-22"),
  last3Months: r("2026-09-01", "2026-11-22"),
  last12Months: r("2025-12-01", "2026-11-22"),
  sinceJanuary: r("2026-01-01", "2026-11-22"),
  oct2026: r("2026-10-01", "2026-10-31"),
  oct2025: r("2025-10-01", "2025-10-31"),
  nov2026: r("2026-11-01", "2026-11-22"),
  dec2025: r("2025-12-01", "2025-12-31"),
  may2026: r("2026-05-01", "2026-05-31"),
  march1to15: r("2026-03-01", "2026-03-15"),
  march1: r("2026-03-01", "2026-03-01"),
  q3y2025: r("2025-07-01", "2025-09-30"),
  q3y2026: r("2026-07-01", "2026-09-30"),
  q4y2026: r("2026-10-01", "2026-11-22"),
  y2025: r("2025-01-01", "2025-12-31"),
  juneToAugust: r("2026-06-01", "2026-08-31"),
  since2023: r("2023-01-01", "2026-11-22"),
  r,
};

/** Expected fields. Absent ones must have their neutral value (no filter, no grouping, no comparison). */
export interface Expect {
  measure: Measure;
  /** "all": every transaction there is (no period in the spec, as the corpus context knows no data start). */
  period: Range | "default" | "all";
  categories?: string[];
  /** Topics (src/analytics/topics.ts): narrower than a category. */
  topics?: string[];
  merchants?: string[];
  /** Account names from ACCOUNTS. */
  accounts?: string[];
  groupBy?: GroupBy;
  compare?: QuerySpec["compare"];
  limit?: number;
  sort?: QuerySpec["sort"];
  chart?: QuerySpec["chart"];
  minAmount?: string;
  maxAmount?: string;
  text?: string;
  averageOver?: "month";
  days?: "weekend" | "weekday";
  transfersTo?: "savings";
  /** Labels of the sides of "A vs B". */
  versus?: string[];
}

export type CorpusCase =
  | { q: string; spec: Expect }
  | { q: string; clarify: { options: number; merchants?: string[]; categories?: string[]; accounts?: string[] } }
  | { q: string; unknown: true };

// The parser's working state and its conversion into a validated QuerySpec
// plus the Reading that explains it. Clarify options are drafts that differ in
// one choice, so every option carries a complete, valid spec.
import { QuerySpec, type GroupBy, type Measure } from "../query-spec.ts";
import type { AccountRef } from "./accounts.ts";
import type { DateRange } from "./dates.ts";
import type { ChartChoice, Compare } from "./modifiers.ts";
import { defaultPeriod } from "./periods.ts";
import type { Reading } from "./reading.ts";

export interface Draft {
  measure: Measure;
  categories: string[];
  merchants: string[];
  accounts: AccountRef[];
  text?: string;
  period?: DateRange;
  groupBy: GroupBy;
  compare: Compare;
  limit?: number;
  ascending: boolean;
  chart?: ChartChoice;
  minAmount?: string;
  maxAmount?: string;
}

const TIME_BUCKETS: readonly GroupBy[] = ["day", "week", "month", "year"];
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

export function assemble(d: Draft, today: string): { spec: QuerySpec; reading: Reading } {
  const period = d.period ?? defaultPeriod(today);
  const timeSeries = TIME_BUCKETS.includes(d.groupBy);
  // A time series reads left to right; a ranking by value.
  const sort = d.limit !== undefined ? (d.ascending ? "value_asc" : "value_desc") : timeSeries ? "key_asc" : "value_desc";
  const chart = d.chart === undefined ? "auto" : d.chart === "generic" ? (timeSeries ? "line" : "bar") : d.chart;
  const categories = unique(d.categories);
  const merchants = unique(d.merchants);
  const accounts = d.accounts.filter((a, i) => d.accounts.findIndex((b) => b.id === a.id) === i);
  const spec = QuerySpec.parse({
    measure: d.measure,
    filters: {
      period,
      ...(categories.length ? { categories } : {}),
      ...(merchants.length ? { merchants } : {}),
      ...(accounts.length ? { accounts: accounts.map((a) => a.id) } : {}),
      ...(d.text ? { text: d.text.slice(0, 120) } : {}),
      ...(d.minAmount ? { minAmount: d.minAmount } : {}),
      ...(d.maxAmount ? { maxAmount: d.maxAmount } : {}),
    },
    groupBy: d.groupBy,
    compare: d.compare,
    sort,
    ...(d.limit !== undefined ? { limit: d.limit } : {}),
    chart,
  });
  const reading: Reading = {
    measure: d.measure,
    categories,
    merchants,
    accounts,
    ...(d.text ? { text: d.text } : {}),
    period: { ...period, defaulted: d.period === undefined },
    groupBy: d.groupBy,
    compare: d.compare,
    sort,
    ...(d.limit !== undefined ? { limit: d.limit } : {}),
    ...(d.minAmount ? { minAmount: d.minAmount } : {}),
    ...(d.maxAmount ? { maxAmount: d.maxAmount } : {}),
    chart,
  };
  return { spec, reading };
}

// The parser's working state and its conversion into a validated QuerySpec
// plus the Reading that explains it. Clarify options are drafts that differ in
// one choice, so every option carries a complete, valid spec.
import { QuerySpec, type GroupBy, type Measure, type Side } from "../query-spec.ts";
import type { AccountRef } from "./accounts.ts";
import type { DateRange } from "./dates.ts";
import type { ChartChoice, Compare } from "./modifiers.ts";
import { defaultPeriod } from "./periods.ts";
import type { Reading } from "./reading.ts";

export interface Draft {
  measure: Measure;
  categories: string[];
  /** Categories the question leaves out ("except groceries"). */
  excludeCategories?: string[];
  /** "not counting the credit card payment": the card bills are left out. */
  excludeCardBills?: boolean;
  /** The text names a place visited: the trip's days (trip-days.ts). */
  trip?: boolean;
  /** Topics (topics.ts) named by the question. */
  topics: string[];
  merchants: string[];
  accounts: AccountRef[];
  /** With transfersTo "account": where the money was moved from. */
  fromAccounts?: AccountRef[];
  text?: string;
  /** Where it was spent: a country code or "abroad" (countries.ts). */
  country?: string;
  /** Only rows in this currency, answered in it ("in dollars"); of an exchange, the currency changed from. */
  currency?: string;
  /** Of an exchange, the currency changed into. */
  toCurrency?: string;
  period?: DateRange;
  /** All of the person's data, when its first date is unknown here (the engine resolves it). */
  allTime?: boolean;
  groupBy: GroupBy;
  compare: Compare;
  limit?: number;
  ascending: boolean;
  /** Set when the shape fixes the order (a transaction list: newest first). */
  sort?: QuerySpec["sort"];
  chart?: ChartChoice;
  minAmount?: string;
  maxAmount?: string;
  days?: "weekend" | "weekday";
  /** Only this calendar month of each year ("December each year"). */
  month?: number;
  transfersTo?: "savings" | "account" | "card";
  status?: "pending";
  /** Only purchases: a ranking of "purchases" leaves out rent, bills and taxes (purchases.ts). */
  purchases?: true;
  paymentType?: "direct_debit" | "standing_order";
  /** Payers whose money in is taken off ("minus what Anna paid back", paid-back.ts). */
  paidBackBy?: string[];
  /** Money sent to a country, by bank transfer only when said (sent-to.ts). */
  sentTo?: { country: string; bankTransfers?: true };
  /** Whose pay (earner.ts). */
  earner?: string;
  averageOver?: "transaction" | "month" | "year" | "week" | "day";
  versus?: Side[];
  /** A "since …" clause naming no date ("since I bought the car"): said in the reading, never dropped silently. */
  unreadSince?: Reading["unreadSince"];
}

const TIME_BUCKETS: readonly GroupBy[] = ["day", "week", "month", "year"];
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/** The averageOver a spec states: over months, years, weeks or days, or per transaction for income (an "average" is per transaction already). */
function statedAverage(d: Draft): Draft["averageOver"] {
  if (d.averageOver !== undefined && d.averageOver !== "transaction") return d.averageOver;
  return d.averageOver === "transaction" && d.measure === "income" ? "transaction" : undefined;
}

export function assemble(d: Draft, today: string): { spec: QuerySpec; reading: Reading } {
  const period = d.allTime ? undefined : (d.period ?? defaultPeriod(today, d.groupBy));
  const timeSeries = TIME_BUCKETS.includes(d.groupBy);
  // A time series reads left to right; a ranking by value.
  const sort = d.sort ?? (d.limit !== undefined ? (d.ascending ? "value_asc" : "value_desc") : timeSeries ? "key_asc" : "value_desc");
  const chart = d.chart === undefined ? "auto" : d.chart === "generic" ? (timeSeries ? "line" : "bar") : d.chart;
  const categories = unique(d.categories);
  const excludeCategories = unique(d.excludeCategories ?? []);
  const topics = unique(d.topics);
  const merchants = unique(d.merchants);
  const distinct = (list: AccountRef[]) => list.filter((a, i) => list.findIndex((b) => b.id === a.id) === i);
  const accounts = distinct(d.accounts);
  const fromAccounts = d.transfersTo === "account" ? distinct(d.fromAccounts ?? []) : [];
  const spec = QuerySpec.parse({
    measure: d.measure,
    filters: {
      ...(period ? { period } : {}),
      ...(categories.length ? { categories } : {}),
      ...(excludeCategories.length ? { excludeCategories } : {}),
      ...(d.excludeCardBills ? { excludeCardBills: true } : {}),
      ...(d.trip && d.text ? { trip: true } : {}),
      ...(topics.length ? { topics } : {}),
      ...(merchants.length ? { merchants } : {}),
      ...(accounts.length ? { accounts: accounts.map((a) => a.id) } : {}),
      ...(d.text ? { text: d.text.slice(0, 120) } : {}),
      ...(d.minAmount ? { minAmount: d.minAmount } : {}),
      ...(d.maxAmount ? { maxAmount: d.maxAmount } : {}),
      ...(d.country ? { country: d.country } : {}),
      ...(d.currency ? { currency: d.currency } : {}),
      ...(d.toCurrency ? { toCurrency: d.toCurrency } : {}),
      ...(d.days ? { days: d.days } : {}),
      ...(d.month !== undefined ? { month: d.month } : {}),
      ...(d.transfersTo ? { transfersTo: d.transfersTo } : {}),
      ...(fromAccounts.length ? { fromAccounts: fromAccounts.map((a) => a.id) } : {}),
      ...(d.status ? { status: d.status } : {}),
      ...(d.purchases ? { purchases: true } : {}),
      ...(d.paymentType ? { paymentType: d.paymentType } : {}),
      ...(d.sentTo ? { sentTo: d.sentTo } : {}),
      ...(d.earner ? { earner: d.earner } : {}),
      ...(d.paidBackBy?.length ? { paidBackBy: d.paidBackBy } : {}),
    },
    groupBy: d.groupBy,
    compare: d.compare,
    sort,
    ...(d.limit !== undefined ? { limit: d.limit } : {}),
    ...(statedAverage(d) ? { averageOver: statedAverage(d) } : {}),
    ...(d.versus ? { versus: d.versus } : {}),
    chart,
  });
  const reading: Reading = {
    measure: d.measure,
    categories,
    ...(excludeCategories.length ? { excludeCategories } : {}),
    ...(d.excludeCardBills ? { excludeCardBills: true } : {}),
    ...(topics.length ? { topics } : {}),
    merchants,
    accounts,
    ...(d.text ? { text: d.text } : {}),
    ...(d.country ? { country: d.country } : {}),
    ...(d.currency ? { currency: d.currency } : {}),
    ...(d.toCurrency ? { toCurrency: d.toCurrency } : {}),
    period: { ...(period ?? { from: today, to: today }), defaulted: d.period === undefined && !d.allTime, ...(d.allTime ? { allTime: true } : {}) },
    groupBy: d.groupBy,
    compare: d.compare,
    sort,
    ...(d.limit !== undefined ? { limit: d.limit } : {}),
    ...(d.minAmount ? { minAmount: d.minAmount } : {}),
    ...(d.maxAmount ? { maxAmount: d.maxAmount } : {}),
    ...(d.days ? { days: d.days } : {}),
    ...(d.month !== undefined ? { month: d.month } : {}),
    ...(d.transfersTo ? { transfersTo: d.transfersTo } : {}),
    ...(fromAccounts.length ? { fromAccounts } : {}),
    ...(d.status ? { status: d.status } : {}),
    ...(d.purchases ? { purchases: true as const } : {}),
    ...(d.paymentType ? { paymentType: d.paymentType } : {}),
    ...(d.sentTo ? { sentTo: d.sentTo } : {}),
    ...(d.earner ? { earner: d.earner } : {}),
    ...(d.paidBackBy?.length ? { paidBackBy: d.paidBackBy } : {}),
    ...(statedAverage(d) ? { averageOver: statedAverage(d) } : {}),
    ...(d.versus ? { versus: d.versus.map((s) => s.label) } : {}),
    ...(d.unreadSince ? { unreadSince: d.unreadSince } : {}),
    chart,
  };
  return { spec, reading };
}

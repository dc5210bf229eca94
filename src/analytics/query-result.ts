// What one compiled question returns: its rows, totals per currency and what the answer must say about them
// (conversions, accounts without a stated balance or payment type, cash left out, pending rows).
import type { Conversion } from "./convert.ts";
import type { Period } from "./periods.ts";
import type { QuerySpec } from "./query-spec.ts";

export interface ResultRow {
  /** Category key, account id, normalized merchant, bucket start date, or null (no grouping / uncategorized). */
  key: string | null;
  label?: string;
  /** Exact decimal string at least to the currency's minor unit; a plain integer for `count`. */
  value: string;
  /** Present when the spec asks for a comparison. */
  compareValue?: string | null;
  count: number;
  currency: string;
  /** A transaction of a list the bank has not booked yet. */
  pending?: true;
}

export interface ResultTotal {
  value: string;
  compareValue?: string | null;
  count: number;
  currency: string;
}

export interface QueryResult {
  rows: ResultRow[];
  /** One per currency, over all rows (before limit): what "other" is computed from. */
  total: ResultTotal[];
  spec: QuerySpec;
  period: Period;
  comparePeriod: Period | null;
  /** Earliest booking date of the user: a period reaching before it is partly empty. */
  dataStart: string | null;
  /** averageOver "month" or "year": how many whole months the average is over. */
  months?: number;
  /** averageOver "week" or "day": how many days the average is over. */
  days?: number;
  /** "A vs B": per side, the months of the period (when longer than a month) for a grouped chart. */
  sides?: { label: string; rows: ResultRow[] }[];
  /** Present when other currencies were converted into the base currency (or could not be). */
  conversion?: Conversion;
  /**
   * measure "balance": accounts in scope that never had a stated balance, so theirs is unknown and left out;
   * `holdings` for a broker or exchange, whose value is its holdings (/networth).
   */
  unstated?: { id: string; name: string; holdings: boolean }[];
  /**
   * filters.paymentType: the accounts in scope whose bank gives no payment type (their direct debits cannot be told
   * apart, so the figure holds none of theirs) and how many in scope do give it.
   */
  untyped?: { accounts: { id: string; name: string }[]; typed: number };
  /**
   * A spending total that left cash withdrawals out (compile.ts): how much they came to in the period, per
   * currency; for "A vs B" per side that left them out, with the side's label.
   */
  cashLeftOut?: (ResultTotal & { label?: string })[];
  /**
   * The part of a sum or count that is pending rows (not booked yet: holds, card payments in flight), per
   * currency, so the answer says how much of its figure may still change; absent when none is.
   */
  pendingIn?: ResultTotal[];
  loadedFromCache: boolean;
  timings: { loadMs: number; queryMs: number };
}

// What a person owned at a moment, from the snapshots alone: per account the
// newest cash balance at or before it, and the holdings of the newest holding
// snapshot at or before it. Pure, so the net-worth history is testable without
// a database.
import { decimalAdd } from "../format/decimal.ts";

export interface CashRow {
  id: string;
  accountId: string;
  asOf: Date;
  /** "booked" is preferred; "available" only for an account that never reported a booked balance. */
  kind: string;
  amount: string;
  currency: string;
}

export interface HoldingRow {
  accountId: string;
  asOf: Date;
  symbol: string;
  assetClass: string | null;
  /** In the base currency, fixed at sync time; null when it could not be valued. */
  valueBase: string | null;
  value: string | null;
  currency: string;
}

/** Newest row per account at or before `at` (rows in any order). */
function newestPerAccount<T extends { accountId: string; asOf: Date }>(rows: readonly T[], at: Date): Map<string, T> {
  const best = new Map<string, T>();
  for (const r of rows) {
    if (r.asOf > at) continue;
    const cur = best.get(r.accountId);
    if (!cur || r.asOf > cur.asOf) best.set(r.accountId, r);
  }
  return best;
}

export function cashAt(rows: readonly CashRow[], at: Date): CashRow[] {
  const booked = newestPerAccount(rows.filter((r) => r.kind === "booked"), at);
  const available = newestPerAccount(rows.filter((r) => r.kind !== "booked"), at);
  for (const [acc, r] of available) if (!booked.has(acc)) booked.set(acc, r);
  return [...booked.values()];
}

/** The whole newest snapshot per account: a coin sold since is simply absent from it. */
export function holdingsAt(rows: readonly HoldingRow[], at: Date): HoldingRow[] {
  const newest = newestPerAccount(rows, at);
  return rows.filter((r) => newest.get(r.accountId)?.asOf.getTime() === r.asOf.getTime());
}

export interface Position {
  accountId: string;
  assetClass: string;
  label: string;
  /** Base currency; null: not valued (no price or no rate). */
  valueBase: string | null;
  currency: string;
  amount: string | null;
}

export interface Totals {
  total: string;
  byAccount: Map<string, string>;
  byClass: Map<string, string>;
  /** Positions left out of the total because they have no base value. */
  unvalued: Position[];
}

export function totalsOf(positions: readonly Position[]): Totals {
  const byAccount = new Map<string, string>();
  const byClass = new Map<string, string>();
  const unvalued: Position[] = [];
  let total = "0";
  for (const p of positions) {
    if (p.valueBase === null) {
      unvalued.push(p);
      continue;
    }
    total = decimalAdd(total, p.valueBase);
    byAccount.set(p.accountId, decimalAdd(byAccount.get(p.accountId) ?? "0", p.valueBase));
    byClass.set(p.assetClass, decimalAdd(byClass.get(p.assetClass) ?? "0", p.valueBase));
  }
  return { total, byAccount, byClass, unvalued };
}

/** The last day of each of the `months` months before `today`'s month, then `today` itself (YYYY-MM-DD). */
export function monthEnds(today: string, months: number): string[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = months; i >= 1; i--) {
    // Day 0 of a month is the last day of the one before.
    const d = new Date(Date.UTC(y, m - i, 0));
    out.push(d.toISOString().slice(0, 10));
  }
  out.push(today);
  return out;
}

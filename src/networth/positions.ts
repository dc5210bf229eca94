// Positions to totals, and the days a history is drawn at. Pure, so they are
// testable without a database; which snapshot rows count at a moment is
// decided in SQL (snapshots.ts).
import { decimalAdd } from "../format/decimal.ts";

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

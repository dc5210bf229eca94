// The closing balance of a table whose rows carry the balance after them.
import { addAmounts } from "../../../src/format/decimal.ts";
import type { StatementBalance } from "../types.ts";

/** The balance after a booked row, with the row's own effect on it. */
export interface RunningBalance {
  date: string;
  amount: string;
  net: string;
}

/**
 * The running balance after the newest row. Whether the file runs oldest- or
 * newest-first is read from the balances themselves (each one equals its
 * neighbour plus a row's amount), and from the dates where they cannot tell.
 */
export function closingBalance(balances: readonly RunningBalance[], currency: string): StatementBalance | undefined {
  if (balances.length === 0) return undefined;
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < balances.length; i++) {
    const [prev, cur] = [balances[i - 1]!, balances[i]!];
    if (addAmounts(prev.amount, cur.net) === cur.amount) ascending++;
    if (addAmounts(cur.amount, prev.net) === prev.amount) descending++;
  }
  const first = balances[0]!;
  const last = balances[balances.length - 1]!;
  const newestFirst = ascending === descending ? first.date > last.date : descending > ascending;
  const newest = newestFirst ? first : last;
  return { amount: newest.amount, currency, date: newest.date };
}

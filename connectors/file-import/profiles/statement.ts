// What every profile returns, and the balances a table states row by row.
import type { Message } from "../../../src/i18n/message.ts";
import type { NormalizedTransaction } from "../../types.ts";
import { addAmounts, negate } from "../../../src/format/decimal.ts";
import type { ParsedStatement, StatementAccount, StatementBalance } from "../types.ts";

export interface StatementExtras {
  openingBalance?: StatementBalance | undefined;
  closingBalance?: StatementBalance | undefined;
  notices?: Message[];
}

export function bankStatement(
  profile: string,
  account: StatementAccount,
  transactions: NormalizedTransaction[],
  extras: StatementExtras = {},
): ParsedStatement {
  // "DKB Girokonto", "N26 Main Account": a name that tells files of different banks apart
  // even where the export names no account number.
  const name = account.name ?? accountName(account.bank, account.product);
  const statement: ParsedStatement = { format: "bank-csv", profile, account: name ? { name, ...account } : account, transactions, otherAccounts: [] };
  if (extras.openingBalance) statement.openingBalance = extras.openingBalance;
  if (extras.closingBalance) statement.closingBalance = extras.closingBalance;
  if (extras.notices?.length) statement.notices = extras.notices;
  return statement;
}

function accountName(bank: string | undefined, product: string | undefined): string | undefined {
  if (bank && product?.toLowerCase().startsWith(bank.toLowerCase())) return product;
  return [bank, product].filter(Boolean).join(" ") || undefined;
}

/**
 * Opening and closing balance from a "balance after this row" column
 * (Volksbank "Saldo nach Buchung", old ING "Saldo"). The file may list the
 * newest row first or last; the order in which the balances add up decides.
 * `transactions` must be in file order.
 */
export function balancesFromRunning(
  transactions: readonly NormalizedTransaction[],
  after: readonly (string | null)[],
  currency: string,
): { openingBalance?: StatementBalance; closingBalance?: StatementBalance } {
  if (transactions.length === 0 || after.some((a) => a === null)) return {};
  const amounts = transactions.map((t) => t.amount);
  const chained = (order: number[]) => order.every((i, k) => k === 0 || addAmounts(after[order[k - 1]!]!, amounts[i]!) === after[i]);
  const forward = transactions.map((_, i) => i);
  const backward = [...forward].reverse();
  const dates = transactions.map((t) => t.bookingDate);
  const [up, down] = [chained(forward), chained(backward)];
  // Balances that add up in neither order are not understood; claim none.
  if (!up && !down) return {};
  const newestFirst = up !== down ? down : dates[0]! > dates[dates.length - 1]!;
  const order = newestFirst ? backward : forward;
  const first = order[0]!;
  const last = order[order.length - 1]!;
  return {
    openingBalance: { amount: addAmounts(after[first]!, negate(amounts[first]!)), currency, date: dates[first]! },
    closingBalance: { amount: after[last]!, currency, date: dates[last]! },
  };
}

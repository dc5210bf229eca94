// Several statements of the same accounts as one (the daily files of a
// Sparkasse camtPacket). A row seen in an earlier file and again in a later
// one counts once, by the same ids the import uses for files sent one after
// another: the bank's id, else the row's content and its count among
// identical rows of that file. The later file's copy wins, so a row booked
// since is booked.
import type { NormalizedTransaction } from "../types.ts";
import { withExternalIds } from "../../src/sync/content-id.ts";
import type { ParsedStatement, StatementBalance, StatementPart } from "./types.ts";

interface Merging {
  part: StatementPart;
  transactions: NormalizedTransaction[];
  /** Where each id sits in `transactions`, from the files merged so far. */
  at: Map<string, number>;
}

/** One part per account across all statements, in the order the accounts first appear. */
export function mergeStatements(statements: readonly ParsedStatement[]): ParsedStatement {
  const [head] = statements;
  if (!head) throw new Error("mergeStatements needs at least one statement");
  const accounts = new Map<string, Merging>();
  for (const part of statements.flatMap((s) => [s, ...s.otherAccounts])) {
    const key = accountKey(part);
    const current = accounts.get(key);
    if (!current) {
      // Only the part's own fields: a statement is a part too, with its file-wide fields on it.
      const own = { account: part.account, transactions: [], openingBalance: part.openingBalance, closingBalance: part.closingBalance };
      const merging: Merging = { part: own, transactions: [], at: new Map() };
      accounts.set(key, merging);
      addRows(merging, part.transactions);
      continue;
    }
    addRows(current, part.transactions);
    current.part = {
      ...current.part,
      openingBalance: earlier(current.part.openingBalance, part.openingBalance),
      closingBalance: later(current.part.closingBalance, part.closingBalance),
    };
  }
  const [first, ...others] = [...accounts.values()].map(({ part, transactions }) => withoutEmptyBalances({ ...part, transactions }));
  const notices = statements.flatMap((s) => s.notices ?? []);
  return {
    format: head.format,
    ...(head.profile ? { profile: head.profile } : {}),
    ...first!,
    otherAccounts: others,
    ...(notices.length ? { notices: uniqueNotices(notices) } : {}),
  };
}

function addRows(merging: Merging, rows: readonly NormalizedTransaction[]): void {
  const fresh = new Map<string, number>();
  withExternalIds(rows).forEach((keyed, i) => {
    const row = rows[i]!;
    const seen = merging.at.get(keyed.externalId);
    if (seen !== undefined) merging.transactions[seen] = row;
    else {
      fresh.set(keyed.externalId, merging.transactions.length);
      merging.transactions.push(row);
    }
  });
  for (const [id, index] of fresh) merging.at.set(id, index);
}

function accountKey({ account }: StatementPart): string {
  const id = account.iban ?? account.accountNumber ?? `${account.bank ?? ""}|${account.product ?? ""}|${account.name ?? ""}`;
  return `${id}|${account.currency}`;
}

function earlier(a: StatementBalance | undefined, b: StatementBalance | undefined): StatementBalance | undefined {
  return !a || (b && b.date < a.date) ? b : a;
}

function later(a: StatementBalance | undefined, b: StatementBalance | undefined): StatementBalance | undefined {
  return !a || (b && b.date >= a.date) ? b : a;
}

function withoutEmptyBalances(part: StatementPart): StatementPart {
  const { openingBalance, closingBalance, ...rest } = part;
  return { ...rest, ...(openingBalance ? { openingBalance } : {}), ...(closingBalance ? { closingBalance } : {}) };
}

/** The same notice from each daily file is said once. */
function uniqueNotices(notices: NonNullable<ParsedStatement["notices"]>): NonNullable<ParsedStatement["notices"]> {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A bank profile that is nothing but a table layout plus what its preamble,
// trailer or rows say about the account: most German exports.
import { bankStatement, type StatementExtras } from "./statement.ts";
import { hasHeader, readTable, type TableLayout, type TableRead } from "./table.ts";
import type { BankCsvProfile } from "./types.ts";
import type { ParsedStatement, StatementAccount, StatementPart } from "../types.ts";

export interface TableProfileSpec {
  id: string;
  bank: string;
  /** Delimiters the bank has used; the one that splits the header wins. */
  delimiters?: readonly (";" | ",")[];
  layout: Omit<TableLayout, "delimiter">;
  /** A column naming the own account on every row (Sparkasse "Auftragskonto"): each account becomes its own part. */
  accountColumn?: string;
  /** The account (bank and currency default to the profile's and the rows') and stated balances. */
  describe(read: TableRead, currency: string): { account: Partial<StatementAccount>; extras?: StatementExtras };
}

export function tableProfile(spec: TableProfileSpec): BankCsvProfile {
  const delimiters = spec.delimiters ?? [";"];
  return {
    id: spec.id,
    bank: spec.bank,
    detect: (text) => hasHeader(text, delimiters, spec.layout.isHeader),
    parse(text, defaultCurrency) {
      const delimiter = delimiters.find((d) => hasHeader(text, [d], spec.layout.isHeader)) ?? delimiters[0] ?? ";";
      const read = readTable(text, { ...spec.layout, delimiter }, defaultCurrency);
      const [first, ...others] = (spec.accountColumn ? byAccount(read, spec.accountColumn) : [read]).map((r) => {
        const currency = r.transactions[0]?.currency ?? defaultCurrency;
        const { account, extras } = spec.describe(r, currency);
        return bankStatement(spec.id, { bank: spec.bank, currency, ...account }, r.transactions, extras);
      });
      const notices = [first!, ...others].flatMap((s) => s.notices ?? []);
      return { ...first!, otherAccounts: others.map(partOf), ...(notices.length ? { notices } : {}) };
    },
  };
}

/** One read per own account, in the order the accounts first appear; preamble and trailer are shared. */
function byAccount(read: TableRead, column: string): TableRead[] {
  const at = read.headers.indexOf(column);
  if (at < 0) return [read];
  const groups = new Map<string, number[]>();
  read.transactions.forEach((tx, i) => {
    const key = ((tx.raw as { cells: string[] }).cells[at] ?? "").replace(/\s/g, "");
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].map((indexes) => {
    const transactions = indexes.map((i) => read.transactions[i]!);
    return {
      ...read,
      transactions,
      balancesAfter: read.balancesAfter && indexes.map((i) => read.balancesAfter![i]!),
      firstCells: (transactions[0]!.raw as { cells: string[] }).cells,
    };
  });
}

function partOf(s: ParsedStatement): StatementPart {
  return {
    account: s.account,
    transactions: s.transactions,
    ...(s.openingBalance ? { openingBalance: s.openingBalance } : {}),
    ...(s.closingBalance ? { closingBalance: s.closingBalance } : {}),
  };
}

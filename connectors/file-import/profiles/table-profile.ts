// A bank profile that is nothing but a table layout plus what its preamble,
// trailer or rows say about the account: most German exports.
import { bankStatement, type StatementExtras } from "./statement.ts";
import { hasHeader, readTable, type TableLayout, type TableRead } from "./table.ts";
import type { BankCsvProfile } from "./types.ts";
import type { StatementAccount } from "../types.ts";

export interface TableProfileSpec {
  id: string;
  bank: string;
  /** Delimiters the bank has used; the one that splits the header wins. */
  delimiters?: readonly (";" | ",")[];
  layout: Omit<TableLayout, "delimiter">;
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
      const currency = read.transactions[0]?.currency ?? defaultCurrency;
      const { account, extras } = spec.describe(read, currency);
      return bankStatement(spec.id, { bank: spec.bank, currency, ...account }, read.transactions, extras);
    },
  };
}

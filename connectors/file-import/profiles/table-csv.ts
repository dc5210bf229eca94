// The shared reader behind the table-shaped bank profiles: a profile names
// its header (or, for header-less exports, its column names and a shape
// test), number and date format, and which column means what; this file
// does the reading, grouping and balances once for all of them (the row
// itself is read in table-csv-row.ts).
import { msg, type Message } from "../../../src/i18n/message.ts";
import type { AccountKind, NormalizedTransaction } from "../../types.ts";
import { headerWithUnnamedEnd, isBlankRow, tokenizeCsv, trimTrailingEmpty } from "../csv-tokenize.ts";
import { addAmounts } from "../../../src/format/decimal.ts";
import { ImportError } from "../errors.ts";
import { dateByLatest } from "../pending-dates.ts";
import type { DecimalSeparator, ParsedStatement, StatementAccount, StatementPart } from "../types.ts";
import { guessCurrency } from "../currency-guess.ts";
import { closingBalance, type RunningBalance } from "./table-csv-balance.ts";
import { columnIndex, readRow, refMatches, refName, tableRow } from "./table-csv-row.ts";
import { readTableDate, type TableDateFormat } from "./table-dates.ts";
import { savingsByName } from "./values.ts";
import type { BankCsvProfile } from "./types.ts";

/** A header cell as the bank writes it; a RegExp where it varies (Starling's "Amount (EUR)"). */
export type ColumnRef = string | RegExp;

export interface TableColumns {
  date: ColumnRef;
  valueDate?: ColumnRef;
  /** One signed amount column... */
  amount?: ColumnRef;
  /** ...or two: "magnitudes" (unsigned out/in) or "card" (Citi: Debit positive, Credit negative, both from the card's side). */
  split?: { debit: ColumnRef; credit: ColumnRef; mode: "magnitudes" | "card" };
  /**
   * Credit-card exports where a purchase is positive (Amex, Discover). A
   * figure written with an explicit "+" is then money coming back (NewDay's
   * "+ £1,100.00"), as is a row marked by creditMarks.
   */
  purchasesPositive?: boolean;
  /** A column whose listed values mark money coming back (NewDay's unnamed last column: "CR"); "" names an unnamed column. */
  creditMarks?: { column: ColumnRef; values: readonly string[] };
  /** An unsigned amount whose direction is another column (ING NL "Af Bij"). */
  direction?: { column: ColumnRef; out: readonly string[] };
  currency?: ColumnRef;
  payee?: ColumnRef;
  description?: readonly ColumnRef[];
  type?: ColumnRef;
  category?: ColumnRef;
  balance?: ColumnRef;
  id?: ColumnRef;
  originalAmount?: ColumnRef;
  originalCurrency?: ColumnRef;
  iban?: ColumnRef;
  /** Words in the date column that mark a pending row without a day (NewDay's "Pending"); they get the latest day in the file. */
  undatedPending?: readonly string[];
  /** A state column: listed pending values stay pending, listed skip values are not imported. */
  status?: { column: ColumnRef; pending: readonly string[]; skip: readonly string[] };
  /** Rows of several products (Revolut Current/Savings) become separate accounts. */
  product?: ColumnRef;
}

export interface TableProfileSpec {
  id: string;
  bank: string;
  product?: string;
  kind: AccountKind;
  delimiter: "," | ";" | "\t";
  /** Accepted header rows, cell for cell; extra empty cells at the end are allowed. */
  headers?: readonly (readonly ColumnRef[])[];
  /**
   * Exports without a header: column names for the map, a test of the first
   * row's shape, and optionally one of all rows at the head of the file, for
   * shapes that only the rows together tell apart (HSBC's prefixes).
   */
  headerless?: { names: readonly string[]; matches(cells: readonly string[]): boolean; confirm?(rows: readonly (readonly string[])[]): boolean };
  /** Text that must appear before the header (Nationwide's "Account Name:" block). */
  preamble?: RegExp;
  decimal: DecimalSeparator;
  /** Tried on the first data row; the first that reads it is used for the whole file. */
  dates: readonly TableDateFormat[];
  /** The account currency when no column holds one: fixed, or read from the header. */
  currency?: string | ((header: readonly string[]) => string | undefined);
  /**
   * A layout the issuer uses in several countries (Amex's full CSV): the country
   * column the currency is inferred from; `currency` is then only the layout's
   * home currency, offered in the preview beside the inferred one.
   */
  currencyByCountry?: ColumnRef;
  /** Rows of several currencies become one account per currency (Revolut, Wise). */
  splitByCurrency?: boolean;
  /** The kind of a product's account where one file holds several (Revolut "Savings"). */
  productKind?(product: string): AccountKind | undefined;
  /** Boursorama writes its balance with a dot beside comma amounts. */
  balanceDecimal?: DecimalSeparator;
  /**
   * The balance column is the balance after the row completed, and the value-date column says when it did
   * (Revolut's Completed Date; its date column is when the payment started): the balance is dated by it.
   */
  balanceOnValueDate?: boolean;
  columns: TableColumns;
  /** Rows the bank writes that are no transactions (BofA's "Beginning balance" line). */
  skipRow?(row: TableRow): boolean;
  /** What the columns cannot say; returns the transactions this row becomes. */
  refine?(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction[];
  /** Account identity from the preamble or the rows. */
  account?(input: { preamble: readonly string[][]; rows: readonly TableRow[] }): Partial<StatementAccount>;
  /** Extra notices about how this file was read. */
  notices?(read: { rows: readonly TableRow[]; transactions: readonly NormalizedTransaction[] }): Message[];
}

export interface TableRow {
  line: number;
  cells: readonly string[];
  /** The trimmed cell under that header ("" when the column is absent). */
  get(ref: ColumnRef): string;
  /** A decimal cell read with the profile's separator (or the one given), null when empty. */
  amount(ref: ColumnRef, decimal?: DecimalSeparator): string | null;
}

const HEAD_BYTES = 16_384;
const HEAD_LINES = 40;

/** Builds a named profile from its table description. */
export function tableProfile(spec: TableProfileSpec): BankCsvProfile {
  return { id: spec.id, bank: spec.bank, detect: (text) => findHeader(spec, headLines(text)) !== null, parse: (text, currency) => parseTable(spec, text, currency) };
}

function headLines(text: string): string[] {
  const lines = text.slice(0, HEAD_BYTES).split("\n");
  // A line cut at the byte limit would fail a shape test it passes whole.
  if (text.length > HEAD_BYTES) lines.pop();
  return lines.slice(0, HEAD_LINES);
}

function cellsOf(line: string, delimiter: string): string[] | null {
  try {
    return trimTrailingEmpty(tokenizeCsv(line, delimiter)[0]?.cells ?? []).map((c) => c.trim());
  } catch {
    return null;
  }
}

function headerMatches(cells: readonly string[], variant: readonly ColumnRef[]): boolean {
  return cells.length === variant.length && variant.every((ref, i) => refMatches(ref, cells[i] ?? ""));
}

/** Index of the header line among the first lines, -1 for a header-less match, null for no match. */
function findHeader(spec: TableProfileSpec, lines: readonly string[]): number | null {
  if (spec.headerless) {
    const rows = lines.filter((l) => l.trim() !== "").map((l) => cellsOf(l, spec.delimiter));
    const first = rows[0];
    if (!first || !spec.headerless.matches(first)) return null;
    const { confirm } = spec.headerless;
    return !confirm || (rows.every((r) => r !== null) && confirm(rows as string[][])) ? -1 : null;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(spec.delimiter)) continue;
    const cells = cellsOf(line, spec.delimiter);
    if (!cells || !spec.headers?.some((v) => headerMatches(cells, v))) continue;
    if (spec.preamble && !spec.preamble.test(lines.slice(0, i).join("\n"))) return null;
    return i;
  }
  return null;
}

function parseTable(spec: TableProfileSpec, text: string, defaultCurrency: string): ParsedStatement {
  const rows = tokenizeCsv(text, spec.delimiter).filter((r) => !isBlankRow(r));
  const headerAt = spec.headerless ? -1 : rows.findIndex((r) => spec.headers!.some((v) => headerMatches(trimTrailingEmpty(r.cells).map((c) => c.trim()), v)));
  if (!spec.headerless && headerAt < 0) throw new ImportError("import.error.no_columns");
  const header = spec.headerless ? [...spec.headerless.names] : headerWithUnnamedEnd(rows[headerAt]!.cells);
  const index = columnIndex(header);
  const tableRows = rows.slice(headerAt + 1).map((r) => tableRow(spec, r, header, index));
  const data = spec.skipRow ? tableRows.filter((r) => !spec.skipRow!(r)) : tableRows;
  if (data.length === 0) throw new ImportError("import.error.no_rows");

  const layoutCurrency = (typeof spec.currency === "function" ? spec.currency(header) : spec.currency) ?? defaultCurrency;
  const currencyGuess = spec.currencyByCountry ? guessCurrency(data.map((r) => r.get(spec.currencyByCountry!)), layoutCurrency, defaultCurrency) : undefined;
  const accountCurrency = currencyGuess?.currency ?? layoutCurrency;
  const dateColumn = refName(spec.columns.date, header);
  const undated = (row: TableRow) => spec.columns.undatedPending?.includes(row.get(spec.columns.date)) ?? false;
  const firstDate = data.find((r) => r.get(spec.columns.date) !== "" && !undated(r))?.get(spec.columns.date) ?? "";
  const dateFormat = spec.dates.find((f) => readTableDate(firstDate, f) !== null) ?? spec.dates[0]!;
  const readDate = (row: TableRow, ref: ColumnRef, optional: boolean): string | null => {
    const value = row.get(ref);
    if (value === "" && optional) return null;
    // Dated once the whole file is read.
    if (ref === spec.columns.date && undated(row)) return "";
    const date = readTableDate(value, dateFormat);
    if (!date) throw new ImportError("import.error.bad_date", { line: row.line, field: refName(ref, header), value });
    return date;
  };

  const skipped = new Map<string, number>();
  const groups = new Map<string, Group>();
  for (const row of data) {
    const state = spec.columns.status ? row.get(spec.columns.status.column).toUpperCase() : "";
    if (spec.columns.status?.skip.includes(state)) {
      skipped.set(state, (skipped.get(state) ?? 0) + 1);
      continue;
    }
    const base = readRow(spec, row, header, accountCurrency, readDate, dateColumn);
    if (spec.columns.status?.pending.includes(state) || undated(row)) base.status = "pending";
    const txs = spec.refine ? spec.refine(base, row) : [base];
    const product = spec.columns.product ? row.get(spec.columns.product) : "";
    for (const tx of txs) {
      const key = spec.splitByCurrency ? `${product}|${tx.currency}` : product;
      const group = groups.get(key) ?? newGroup(groups, key, product, tx.currency);
      group.transactions.push(tx);
    }
    const balance = spec.columns.balance ? row.amount(spec.columns.balance, spec.balanceDecimal) : null;
    const own = txs.find((t) => t.status === "booked");
    if (balance !== null && own) {
      const key = spec.splitByCurrency ? `${product}|${own.currency}` : product;
      const net = txs.filter((t) => t.currency === own.currency).reduce((sum, t) => addAmounts(sum, t.amount), "0");
      const date = (spec.balanceOnValueDate ? own.valueDate : null) ?? own.bookingDate;
      groups.get(key)?.balances.push({ date, amount: balance, net });
    }
  }

  const transactions = [...groups.values()].flatMap((g) => g.transactions);
  const datedNotices = dateByLatest(spec.bank, transactions, { field: dateColumn, value: spec.columns.undatedPending?.[0] ?? "" });
  const identity = spec.account?.({ preamble: rows.slice(0, Math.max(0, headerAt)).map((r) => r.cells.map((c) => c.trim())), rows: data }) ?? {};
  const parts: StatementPart[] = [...groups.values()].map((g) => {
    const currency = spec.splitByCurrency || spec.columns.currency ? g.currency : accountCurrency;
    // A current-account export of a saver ("INSTANT SAVER" in NatWest's Account Name) is the savings account it names.
    const kind = spec.productKind?.(g.product) ?? (spec.kind === "CHECKING" ? savingsByName(identity.product ?? (g.product || spec.product)) : undefined) ?? spec.kind;
    const account: StatementAccount = { bank: spec.bank, product: g.product || spec.product, kind, ...identity, currency };
    const closing = closingBalance(g.balances, currency);
    return { account, transactions: g.transactions, ...(closing ? { closingBalance: closing } : {}) };
  });
  if (parts.length === 0) parts.push({ account: { bank: spec.bank, product: spec.product, kind: spec.kind, ...identity, currency: accountCurrency }, transactions: [] });
  const [first, ...others] = parts;
  const pending = transactions.filter((t) => t.status === "pending").length;
  const notices = [
    ...skippedNotice(spec.bank, skipped),
    ...(pending > 0 ? [msg("import.notice.pending_kept", { count: pending })] : []),
    ...datedNotices,
    ...(spec.notices?.({ rows: data, transactions }) ?? []),
  ];
  return { format: "bank-csv", profile: spec.id, ...first!, otherAccounts: others, ...(notices.length ? { notices } : {}), ...(currencyGuess ? { currencyGuess } : {}) };
}

interface Group {
  product: string;
  currency: string;
  transactions: NormalizedTransaction[];
  balances: RunningBalance[];
}

function newGroup(groups: Map<string, Group>, key: string, product: string, currency: string): Group {
  const group: Group = { product, currency, transactions: [], balances: [] };
  groups.set(key, group);
  return group;
}

function skippedNotice(bank: string, skipped: Map<string, number>): Message[] {
  if (skipped.size === 0) return [];
  const count = [...skipped.values()].reduce((a, b) => a + b, 0);
  return [msg("import.notice.rows_not_imported", { count, bank, states: [...skipped.keys()].join(", ") })];
}

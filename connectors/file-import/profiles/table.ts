// One reader for every bank whose export is a table under a known header:
// each profile only says which header it is, which column holds what, and
// how its dates and numbers are written (../shared/bank-formats.md §0).
import type { NormalizedTransaction } from "../../types.ts";
import { isBlankRow, tokenizeCsv, trimTrailingEmpty } from "../csv-tokenize.ts";
import { parseDate } from "../dates.ts";
import { negate } from "../../../src/format/decimal.ts";
import { ImportError } from "../errors.ts";
import type { DateFormat, DecimalSeparator } from "../types.ts";
import { ibanOrNull, readMoney } from "./values.ts";

/** A column by its header name; several names for layouts that renamed it. */
export type ColumnRef = string | readonly string[];

export interface TableColumns {
  date: ColumnRef;
  valueDate?: ColumnRef;
  /** One signed amount column. */
  amount?: ColumnRef;
  /** Split columns; used when `amount` is absent or empty. Signs already in the file are kept. */
  debit?: ColumnRef;
  credit?: ColumnRef;
  payee?: ColumnRef;
  iban?: ColumnRef;
  description?: ColumnRef;
  type?: ColumnRef;
  currency?: ColumnRef;
  reference?: ColumnRef;
  category?: ColumnRef;
  originalAmount?: ColumnRef;
  originalCurrency?: ColumnRef;
  /** The account balance after the row (Volksbank "Saldo nach Buchung"). */
  balanceAfter?: ColumnRef;
}

export interface TableLayout {
  delimiter: ";" | ",";
  /** True for the header row (cells trimmed, quotes removed). */
  isHeader(cells: readonly string[]): boolean;
  /** Tried in order; formats whose patterns cannot overlap ("DD.MM.YY" beside "DD.MM.YYYY"). */
  dateFormat: DateFormat | readonly DateFormat[];
  decimal: DecimalSeparator;
  /** The export's currency when no column or amount names one ("Betrag (€)"). */
  currency?: string;
  columns: TableColumns;
  isPending?(row: TableRow): boolean;
  /** Balance lines and other pseudo rows that are no transaction. */
  skip?(row: TableRow): boolean;
  /** A row below the table that ends it (Postbank's closing "Kontostand" line). */
  isTrailer?(cells: readonly string[]): boolean;
  /** What a column map cannot say (DKB's payee depends on the direction). */
  refine?(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction;
}

export interface TableRow {
  line: number;
  cells: string[];
  /** Trimmed value of the first column named by ref; "" when there is none. */
  get(ref: ColumnRef | undefined): string;
  /** The header name ref resolved to, for error messages. */
  header(ref: ColumnRef): string;
}

export interface TableRead {
  /** The header row's cells, trimmed; a column headed " " is "". */
  headers: string[];
  /** Non-blank rows above the header, cells trimmed. */
  preamble: string[][];
  trailer: string[][];
  transactions: NormalizedTransaction[];
  /** Per transaction, the balance after it; null when the layout has no such column. */
  balancesAfter: (string | null)[] | null;
  /** Cells of the first transaction row: exports that repeat the own account on every row. */
  firstCells: string[];
}

/** Header cells of the first 40 lines, split naively: header lines never quote a delimiter. */
export function hasHeader(text: string, delimiters: readonly string[], isHeader: (cells: readonly string[]) => boolean): boolean {
  const lines = text.replace(/^\uFEFF/, "").split("\n", 40);
  return lines.some((line) => delimiters.some((d) => isHeader(splitHeader(line, d))));
}

function splitHeader(line: string, delimiter: string): string[] {
  return trimTrailingEmpty(line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, "$1").trim()));
}

/** A header predicate: these names, in this order, from the first column on. */
export function startsWith(...names: string[]): (cells: readonly string[]) => boolean {
  return (cells) => names.every((n, i) => cells[i] === n);
}

export function readTable(text: string, layout: TableLayout, defaultCurrency: string): TableRead {
  const rows = tokenizeCsv(text.replace(/^\uFEFF/, ""), layout.delimiter).filter((r) => !isBlankRow(r));
  const at = rows.findIndex((r) => layout.isHeader(trimTrailingEmpty(r.cells.map((c) => c.trim()))));
  if (at < 0) throw new ImportError("import.error.no_columns");
  const headers = rows[at]!.cells.map((c) => c.trim());
  const preamble = rows.slice(0, at).map((r) => trimTrailingEmpty(r.cells.map((c) => c.trim())));
  const trailer: string[][] = [];
  const transactions: NormalizedTransaction[] = [];
  const balanceRef = layout.columns.balanceAfter;
  const hasBalances = balanceRef !== undefined && columnIndex(headers, balanceRef) >= 0;
  const balancesAfter: (string | null)[] = [];
  for (const raw of rows.slice(at + 1)) {
    const cells = trimTrailingEmpty(raw.cells.map((c) => c.trim()));
    if (trailer.length > 0 || layout.isTrailer?.(cells)) {
      trailer.push(cells);
      continue;
    }
    const row = tableRow(raw.line, cells, headers);
    if (layout.skip?.(row)) continue;
    const tx = readRow(row, layout, defaultCurrency);
    transactions.push(layout.refine ? layout.refine(tx, row) : tx);
    if (hasBalances) balancesAfter.push(readMoney(row.get(balanceRef), layout.decimal)?.amount ?? null);
  }
  if (transactions.length === 0) throw new ImportError("import.error.no_rows");
  const firstCells = (transactions[0]?.raw as { cells: string[] }).cells;
  return { headers, preamble, trailer, transactions, balancesAfter: hasBalances ? balancesAfter : null, firstCells };
}

function columnIndex(headers: readonly string[], ref: ColumnRef): number {
  for (const name of typeof ref === "string" ? [ref] : ref) {
    const i = headers.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

function tableRow(line: number, cells: string[], headers: string[]): TableRow {
  const index = (ref: ColumnRef) => columnIndex(headers, ref);
  return {
    line,
    cells,
    get: (ref) => (ref === undefined ? "" : (cells[index(ref)] ?? "").trim()),
    header: (ref) => headers[index(ref)] ?? (typeof ref === "string" ? ref : (ref[0] ?? "")),
  };
}

function readRow(row: TableRow, layout: TableLayout, defaultCurrency: string): NormalizedTransaction {
  const c = layout.columns;
  const date = (ref: ColumnRef, optional: boolean): string | null => {
    const text = row.get(ref);
    if (optional && text === "") return null;
    const formats = typeof layout.dateFormat === "string" ? [layout.dateFormat] : layout.dateFormat;
    const parsed = formats.map((f) => parseDate(text, f)).find((d) => d !== null);
    if (!parsed) throw new ImportError("import.error.bad_date", { line: row.line, field: row.header(ref), value: text });
    return parsed;
  };
  const money = (ref: ColumnRef | undefined) => {
    if (ref === undefined || row.get(ref) === "") return null;
    const read = readMoney(row.get(ref), layout.decimal);
    if (!read) throw new ImportError("import.error.bad_amount", { line: row.line, field: row.header(ref), value: row.get(ref) });
    return read;
  };
  // Soll/Haben stand in where the signed amount is empty; a debit written without its sign is still money out.
  const signedAmount = money(c.amount);
  const debit = signedAmount ? null : money(c.debit);
  const amount = signedAmount ?? (debit && { ...debit, amount: debit.amount.startsWith("-") ? debit.amount : negate(debit.amount) }) ?? money(c.credit);
  if (!amount) {
    throw new ImportError("import.error.missing_value", { line: row.line, field: row.header(c.amount ?? c.debit ?? c.credit ?? "Betrag") });
  }
  const original = money(c.originalAmount);
  const currency = row.get(c.currency).toUpperCase() || amount.currency || layout.currency || defaultCurrency;
  return {
    externalId: row.get(c.reference) || null,
    status: layout.isPending?.(row) ? "pending" : "booked",
    bookingDate: date(c.date, false)!,
    valueDate: c.valueDate ? date(c.valueDate, true) : null,
    amount: amount.amount,
    currency,
    originalAmount: original?.amount ?? null,
    originalCurrency: (row.get(c.originalCurrency).toUpperCase() || original?.currency) ?? null,
    counterpartyName: row.get(c.payee).replace(/\s+/g, " ") || null,
    counterpartyIban: ibanOrNull(row.get(c.iban)),
    description: row.get(c.description).replace(/\s+/g, " ") || null,
    transactionType: row.get(c.type) || null,
    providerCategory: row.get(c.category) || null,
    raw: { line: row.line, cells: row.cells },
  };
}

// One row of a named-profile table: its cells by header, and the transaction
// the column map makes of it (signs, currencies, dates).
import type { NormalizedTransaction } from "../../types.ts";
import { trimTrailingEmpty, type CsvRow } from "../csv-tokenize.ts";
import { addAmounts, negate, parseAmount } from "../../../src/format/decimal.ts";
import { ImportError } from "../errors.ts";
import type { ColumnRef, TableColumns, TableProfileSpec, TableRow } from "./table-csv.ts";

export function refMatches(ref: ColumnRef, cell: string): boolean {
  return typeof ref === "string" ? ref === cell : ref.test(cell);
}

export function columnIndex(header: readonly string[]): (ref: ColumnRef) => number {
  const cache = new Map<ColumnRef, number>();
  return (ref) => {
    let i = cache.get(ref);
    if (i === undefined) {
      i = header.findIndex((h) => refMatches(ref, h));
      cache.set(ref, i);
    }
    return i;
  };
}

export function refName(ref: ColumnRef, header: readonly string[]): string {
  return typeof ref === "string" ? ref : (header.find((h) => ref.test(h)) ?? ref.source);
}

export function tableRow(spec: TableProfileSpec, r: CsvRow, header: readonly string[], index: (ref: ColumnRef) => number): TableRow {
  const cells = trimTrailingEmpty(r.cells);
  if (cells.length > header.length) {
    throw new ImportError("import.error.column_count", { line: r.line, params: { found: cells.length, expected: header.length } });
  }
  const get = (ref: ColumnRef): string => {
    const i = index(ref);
    return i < 0 ? "" : (cells[i] ?? "").trim();
  };
  return {
    line: r.line,
    cells,
    get,
    amount: (ref, decimal = spec.decimal) => {
      const text = get(ref).replace(/^'|'$/g, "").replace(/[£$€]|\b[A-Z]{3}\b/g, "");
      if (text.trim() === "") return null;
      const value = parseAmount(text, decimal);
      if (value === null) throw new ImportError("import.error.bad_amount", { line: r.line, field: refName(ref, header), value: get(ref) });
      return value;
    },
  };
}

export function readRow(
  spec: TableProfileSpec,
  row: TableRow,
  header: readonly string[],
  accountCurrency: string,
  readDate: (row: TableRow, ref: ColumnRef, optional: boolean) => string | null,
  dateColumn: string,
): NormalizedTransaction {
  const c = spec.columns;
  const amount = signedAmount(c, row, header);
  const currency = (c.currency ? row.get(c.currency).toUpperCase() : "") || accountCurrency;
  const originalCurrency = c.originalCurrency ? row.get(c.originalCurrency).toUpperCase() : "";
  const foreign = originalCurrency !== "" && originalCurrency !== currency;
  const description = (c.description ?? []).map((ref) => row.get(ref).replace(/\s+/g, " ")).filter(Boolean).join(" ");
  const bookingDate = readDate(row, c.date, false);
  // "" is a pending row the caller dates later; null a date that is missing.
  if (bookingDate === null) throw new ImportError("import.error.missing_value", { line: row.line, field: dateColumn });
  return {
    externalId: (c.id ? row.get(c.id).replace(/^'|'$/g, "") : "") || null,
    status: "booked",
    bookingDate,
    valueDate: c.valueDate ? readDate(row, c.valueDate, true) : null,
    amount,
    currency,
    originalAmount: foreign && c.originalAmount ? row.amount(c.originalAmount) : null,
    originalCurrency: foreign ? originalCurrency : null,
    counterpartyName: (c.payee ? row.get(c.payee).replace(/\s+/g, " ") : "") || null,
    counterpartyIban: (c.iban ? row.get(c.iban).replace(/\s/g, "").toUpperCase() : "") || null,
    description: description || null,
    transactionType: (c.type ? row.get(c.type) : "") || null,
    providerCategory: (c.category ? row.get(c.category) : "") || null,
    raw: { line: row.line, cells: row.cells },
  };
}

function signedAmount(c: TableColumns, row: TableRow, header: readonly string[]): string {
  let amount: string | null = null;
  if (c.amount) amount = row.amount(c.amount);
  else if (c.split) {
    const debit = row.amount(c.split.debit);
    const credit = row.amount(c.split.credit);
    if (debit !== null || credit !== null) {
      amount =
        c.split.mode === "card"
          ? negate(debit ?? credit!)
          : addAmounts(credit === null ? "0" : magnitude(credit), debit === null ? "0" : negate(magnitude(debit)));
    }
  }
  const field = refName(c.amount ?? c.split!.debit, header);
  if (amount === null) throw new ImportError("import.error.missing_value", { line: row.line, field });
  if (c.direction) {
    const out = c.direction.out.includes(row.get(c.direction.column));
    amount = out ? negate(magnitude(amount)) : magnitude(amount);
  }
  if (!c.purchasesPositive) return amount;
  return isCredited(c, row) ? magnitude(amount) : negate(amount);
}

/** A card row the bank marks as money coming back rather than signing it. */
function isCredited(c: TableColumns, row: TableRow): boolean {
  if (c.amount && row.get(c.amount).startsWith("+")) return true;
  const marks = c.creditMarks;
  return marks !== undefined && marks.values.includes(row.get(marks.column).toUpperCase());
}

export function magnitude(amount: string): string {
  return amount.replace(/^-/, "");
}

// Reads a CSV file with a (guessed or person-corrected) layout. A row that
// does not fit the layout fails the whole file with its line and column.
import { z } from "zod";
import type { NormalizedTransaction } from "../types.ts";
import { isBlankRow, tokenizeCsv, trimTrailingEmpty, type CsvRow } from "./csv-tokenize.ts";
import { DATE_FORMATS, parseDate } from "./dates.ts";
import { addAmounts, canonical, negate, parseAmount } from "../../src/format/decimal.ts";
import { ImportError } from "./errors.ts";
import type { ColumnRole, CsvGuess, ParsedStatement } from "./types.ts";

const ROLES = ["date", "valueDate", "amount", "debit", "credit", "description", "payee", "currency", "iban", "type", "ignore"] as const;

/** The guess comes back from the person through the bot, so it is checked like any input. */
export const csvGuessSchema = z.object({
  delimiter: z.enum([",", ";", "\t", "|"]),
  decimalSeparator: z.enum([",", "."]),
  dateFormat: z.enum(DATE_FORMATS as [CsvGuess["dateFormat"], ...CsvGuess["dateFormat"][]]),
  headerLine: z.number().int().positive().nullable(),
  columns: z.array(z.object({ index: z.number().int().nonnegative(), header: z.string().nullable(), role: z.enum(ROLES) })),
  currency: z.string().regex(/^[A-Z]{3}$/),
  confidence: z.number().min(0).max(1),
  doubts: z.array(z.enum(["ambiguous-date", "ambiguous-decimal", "no-header", "roles-by-shape", "amount-sign"])),
  positiveOut: z.boolean().optional(),
  sampleRows: z.array(z.array(z.string())),
});

const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

export function parseCsvWithGuess(text: string, input: CsvGuess): ParsedStatement {
  const checked = csvGuessSchema.safeParse(input);
  if (!checked.success) throw new ImportError("import.error.invalid_guess", { detail: z.prettifyError(checked.error), guess: input });
  const guess = checked.data;
  const col = (role: ColumnRole) => guess.columns.find((c) => c.role === role);
  if (!col("date") || !(col("amount") || col("debit") || col("credit"))) throw new ImportError("import.error.no_columns", { guess });

  const rows = tokenizeCsv(text, guess.delimiter).filter((r) => !isBlankRow(r));
  const headerAt = guess.headerLine === null ? -1 : rows.findIndex((r) => r.line === guess.headerLine);
  if (guess.headerLine !== null && headerAt < 0) {
    throw new ImportError("import.error.invalid_guess", { detail: `no row starts at line ${guess.headerLine}`, guess });
  }
  let data = rows.slice(headerAt + 1);
  if (headerAt < 0) {
    // Without a header, lines before the first dated row are a preamble.
    const dateIndex = col("date")!.index;
    const first = data.findIndex((r) => parseDate(r.cells[dateIndex] ?? "", guess.dateFormat) !== null);
    data = first < 0 ? data : data.slice(first);
  }
  if (data.length === 0) throw new ImportError("import.error.no_rows", { guess });

  const transactions = data.map((row) => readRow(row, guess));
  return {
    format: "generic-csv",
    account: { currency: guess.currency },
    transactions,
    otherAccounts: [],
  };
}

function readRow(row: CsvRow, guess: CsvGuess): NormalizedTransaction {
  const cells = trimTrailingEmpty(row.cells);
  if (cells.length > guess.columns.length) {
    throw new ImportError("import.error.column_count", { line: row.line, params: { found: cells.length, expected: guess.columns.length }, guess });
  }
  const column = (role: ColumnRole) => guess.columns.find((c) => c.role === role);
  const value = (role: ColumnRole): string => {
    const c = column(role);
    return c ? (cells[c.index] ?? "").trim() : "";
  };
  const fieldName = (role: ColumnRole) => {
    const c = column(role);
    return c?.header || `${(c?.index ?? 0) + 1}`;
  };
  const date = (role: "date" | "valueDate"): string | null => {
    const text = value(role);
    if (text === "" && role === "valueDate") return null;
    const parsed = parseDate(text, guess.dateFormat);
    if (!parsed) throw new ImportError("import.error.bad_date", { line: row.line, field: fieldName(role), value: text, guess });
    return parsed;
  };
  const amountOf = (role: "amount" | "debit" | "credit"): string | null => {
    const text = value(role).replace(/\s*[A-Z]{3}$|\s*[€$£]$|^[€$£]\s*/g, "");
    if (text === "") return null;
    const parsed = parseAmount(text, guess.decimalSeparator);
    if (parsed === null) throw new ImportError("import.error.bad_amount", { line: row.line, field: fieldName(role), value: value(role), guess });
    return parsed;
  };

  let amount = amountOf("amount");
  // A card export writing charges positive, as the person confirmed: one amount column read the other way round.
  if (amount !== null && guess.positiveOut) amount = negate(amount);
  if (amount === null) {
    // Split columns hold magnitudes; a debit written as "-12,00" stays money out.
    const debit = amountOf("debit");
    const credit = amountOf("credit");
    if (debit !== null || credit !== null) {
      amount = addAmounts(credit === null ? "0" : abs(credit), debit === null ? "0" : negate(abs(debit)));
    }
  }
  if (amount === null) {
    const field = fieldName(column("amount") ? "amount" : column("debit") ? "debit" : "credit");
    throw new ImportError("import.error.missing_value", { line: row.line, field, guess });
  }

  const currency = value("currency").toUpperCase();
  const iban = value("iban").replace(/\s/g, "").toUpperCase();
  return {
    externalId: null,
    status: "booked",
    bookingDate: date("date")!,
    valueDate: column("valueDate") ? date("valueDate") : null,
    amount,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : guess.currency,
    counterpartyName: value("payee") || null,
    counterpartyIban: IBAN_RE.test(iban) ? iban : null,
    description: value("description").replace(/\s+/g, " ") || null,
    transactionType: value("type") || null,
    raw: { line: row.line, cells },
  };
}

function abs(amount: string): string {
  return canonical(amount.replace(/^-/, "")) ?? amount;
}

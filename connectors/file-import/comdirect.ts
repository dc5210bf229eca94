// comdirect's CSV export: one or more sections ("Umsätze Girokonto",
// "Umsätze Visa-Karte (Kreditkarte)"), each with its new balance above the
// table and the old balance below it. Pending rows say "offen" as booking day.
import type { AccountKind, NormalizedTransaction } from "../types.ts";
import { splitBuchungstext } from "./comdirect-text.ts";
import { isBlankRow, tokenizeCsv, trimTrailingEmpty, type CsvRow } from "./csv-tokenize.ts";
import { parseDate } from "./dates.ts";
import { parseAmount } from "./decimal.ts";
import { ImportError } from "./errors.ts";
import type { ParsedStatement, StatementBalance, StatementPart } from "./types.ts";

export const COMDIRECT_HEADER_RE = /^"?Buchungstag"?;"?(?:Wertstellung \(Valuta\)|Umsatztag)"?;"?Vorgang"?;/m;

interface Section {
  title: string | null;
  period: { from: string; to: string } | null;
  columns: Map<string, number> | null;
  /** The old balance closes the table; rows after it belong to no section. */
  closed: boolean;
  amountHeader: string;
  currency: string;
  newBalance: { amount: string; currency: string } | null;
  oldBalance: { amount: string; currency: string } | null;
  transactions: NormalizedTransaction[];
}

function newSection(title: string | null): Section {
  const base = { period: null, columns: null, closed: false, amountHeader: "", currency: "EUR" };
  return { title, ...base, newBalance: null, oldBalance: null, transactions: [] };
}

export function parseComdirect(text: string): ParsedStatement {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const row of tokenizeCsv(text, ";")) {
    if (isBlankRow(row)) continue;
    const cells = trimTrailingEmpty(row.cells).map((c) => c.trim());
    const first = cells[0] ?? "";
    if (first.startsWith("Umsätze ")) {
      current = newSection(first.slice("Umsätze ".length).trim());
      current.period = readPeriod(cells[1] ?? "");
      sections.push(current);
    } else if (first === "Neuer Kontostand" || first === "Alter Kontostand") {
      const startsNext = !current || (first === "Neuer Kontostand" && current.closed);
      if (!current || startsNext) sections.push((current = newSection(null)));
      const balance = readBalance(row, cells[1] ?? "");
      if (first === "Neuer Kontostand") current.newBalance = balance;
      else {
        current.oldBalance = balance;
        current.closed = true;
      }
    } else if (first === "Buchungstag") {
      if (!current || current.columns) sections.push((current = newSection(current?.title ?? null)));
      current.columns = new Map(cells.map((h, i) => [h, i]));
      current.amountHeader = cells.find((h) => h.startsWith("Umsatz in ")) ?? "Umsatz in EUR";
      current.currency = current.amountHeader.slice("Umsatz in ".length).trim() || "EUR";
    } else if (current?.columns && !current.closed) {
      current.transactions.push(readRow(current, row, cells));
    }
  }

  const parts = sections.filter((s) => s.columns).map(toPart);
  const [first, ...others] = parts;
  if (!first) throw new ImportError("import.error.no_rows");
  return { format: "comdirect-csv", ...first, otherAccounts: others };
}

function readRow(section: Section, row: CsvRow, cells: string[]): NormalizedTransaction {
  const cell = (name: string): string => {
    const i = section.columns?.get(name);
    return i === undefined ? "" : (cells[i] ?? "");
  };
  const amountText = cell(section.amountHeader);
  const amount = parseAmount(amountText, ",");
  if (amount === null) throw new ImportError("import.error.bad_amount", { line: row.line, field: section.amountHeader, value: amountText });

  const valueHeader = section.columns?.has("Umsatztag") ? "Umsatztag" : "Wertstellung (Valuta)";
  const valueDate = readDate(row, valueHeader, cell(valueHeader), true);
  const pending = cell("Buchungstag").toLowerCase() === "offen";
  const bookingDate = pending ? valueDate : readDate(row, "Buchungstag", cell("Buchungstag"), false);
  if (!bookingDate) throw new ImportError("import.error.bad_date", { line: row.line, field: "Buchungstag", value: cell("Buchungstag") });

  const text = splitBuchungstext(cell("Buchungstext"));
  const isCard = section.columns?.has("Referenz") ?? false;
  // Card rows hold just the merchant; giro rows hold labelled parts.
  const counterpartyName = isCard ? (text.description ?? null) : text.name;
  return {
    externalId: (isCard ? cell("Referenz") : text.ref) || null,
    status: pending ? "pending" : "booked",
    bookingDate,
    valueDate,
    amount,
    currency: section.currency,
    counterpartyName,
    counterpartyIban: text.iban,
    description: text.description,
    transactionType: cell("Vorgang") || null,
    raw: { line: row.line, cells },
  };
}

function readDate(row: CsvRow, field: string, value: string, optional: boolean): string | null {
  if (optional && (value === "" || value.toLowerCase() === "offen")) return null;
  const date = parseDate(value, "DD.MM.YYYY");
  if (!date) throw new ImportError("import.error.bad_date", { line: row.line, field, value });
  return date;
}

function readBalance(row: CsvRow, text: string): { amount: string; currency: string } {
  const m = /^(.*?)\s*([A-Z]{3})?$/.exec(text.trim());
  const amount = parseAmount(m?.[1] ?? "", ",");
  if (amount === null) throw new ImportError("import.error.bad_amount", { line: row.line, field: "Kontostand", value: text });
  return { amount, currency: m?.[2] ?? "EUR" };
}

function readPeriod(text: string): { from: string; to: string } | null {
  const m = /(\d{2}\.\d{2}\.\d{4})\s*-\s*(\d{2}\.\d{2}\.\d{4})/.exec(text);
  const from = m?.[1] ? parseDate(m[1], "DD.MM.YYYY") : null;
  const to = m?.[2] ? parseDate(m[2], "DD.MM.YYYY") : null;
  return from && to ? { from, to } : null;
}

function toPart(s: Section): StatementPart {
  const booked = s.transactions.filter((t) => t.status === "booked").map((t) => t.bookingDate).sort();
  // The export states no balance dates: the period's ends when given,
  // otherwise the first and last booking day stand in.
  const balance = (b: Section["newBalance"], date: string | undefined): StatementBalance | undefined =>
    b && date ? { ...b, date } : undefined;
  return {
    account: { name: s.title ?? undefined, currency: s.currency, kind: accountKind(s.title) },
    transactions: s.transactions,
    openingBalance: balance(s.oldBalance, s.period?.from ?? booked[0]),
    closingBalance: balance(s.newBalance, s.period?.to ?? booked[booked.length - 1]),
  };
}

function accountKind(title: string | null): AccountKind {
  if (!title) return "CHECKING";
  if (/visa|kreditkarte/i.test(title)) return "CREDIT_CARD";
  if (/tagesgeld|spar/i.test(title)) return "SAVINGS";
  return "CHECKING";
}

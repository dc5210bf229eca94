// comdirect's CSV export: one or more sections ("Umsätze Girokonto",
// "Umsätze Visa-Karte (Kreditkarte)", "Umsätze Tagesgeld PLUS-Konto",
// "Umsätze Depot"), each with its new balance above the table and the old
// balance below it. Pending rows say "offen" and usually carry no date.
import type { Message } from "../../src/i18n/message.ts";
import { msg } from "../../src/i18n/message.ts";
import type { NormalizedTransaction } from "../types.ts";
import { isDepot, sectionAccount } from "./comdirect-account.ts";
import { dateFromText, latestDay, pendingNotices, type PendingSource } from "./pending-dates.ts";
import { splitBuchungstext } from "./comdirect-text.ts";
import { isBlankRow, tokenizeCsv, trimTrailingEmpty, type CsvRow } from "./csv-tokenize.ts";
import { parseDate } from "./dates.ts";
import { parseAmount } from "../../src/format/decimal.ts";
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
  /** Pending rows without any date, dated once the whole file is read. */
  undated: NormalizedTransaction[];
  /** Pending rows dated from the time stamp in their text. */
  datedFromText: number;
}

function newSection(title: string | null): Section {
  const base = { period: null, columns: null, closed: false, amountHeader: "", currency: "EUR" };
  return { title, ...base, newBalance: null, oldBalance: null, transactions: [], undated: [], datedFromText: 0 };
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
      current.currency = /^Umsatz in ([A-Z]{3})$/.exec(current.amountHeader)?.[1] ?? "EUR";
    } else if (current?.columns && !current.closed && !isDepot(current.title) && !isPlaceholder(cells)) {
      readRow(current, row, cells);
    }
  }

  const dated = dateUndated(sections);
  const notices: Message[] = [
    ...sections.filter((s) => isDepot(s.title)).map((s) => msg("import.notice.section_skipped", { bank: "comdirect", section: s.title ?? "" })),
    ...pendingNotices("comdirect", dated),
  ];
  const parts = sections.filter((s) => !isDepot(s.title) && (s.columns || s.newBalance || s.oldBalance)).map(toPart);
  const [first, ...others] = parts;
  if (!first || parts.every((p) => p.transactions.length === 0 && !p.closingBalance)) throw new ImportError("import.error.no_rows");
  return { format: "comdirect-csv", ...first, otherAccounts: others, ...(notices.length ? { notices } : {}) };
}

/** "Keine Umsätze vorhanden." in an empty section; a bare date line above a split Visa row. */
function isPlaceholder(cells: string[]): boolean {
  return /^Keine Umsätze/.test(cells[0] ?? "") || (cells.length === 1 && parseDate(cells[0] ?? "", "DD.MM.YYYY") !== null);
}

function readRow(section: Section, row: CsvRow, cells: string[]): void {
  const cell = (name: string): string => {
    const i = section.columns?.get(name);
    return i === undefined ? "" : (cells[i] ?? "");
  };
  const amountText = cell(section.amountHeader);
  const amount = parseAmount(amountText, ",");
  if (amount === null) throw new ImportError("import.error.bad_amount", { line: row.line, field: section.amountHeader, value: amountText });

  const valueHeader = section.columns?.has("Umsatztag") ? "Umsatztag" : "Wertstellung (Valuta)";
  const valueDate = readDate(row, valueHeader, cell(valueHeader), true);
  // "offen" today; "neu" or a " Neu" suffix on older Visa exports.
  const booking = cell("Buchungstag");
  const pending = /^(offen|neu)$/i.test(booking) || / neu$/i.test(booking);
  const markedDate = / neu$/i.test(booking) ? readDate(row, "Buchungstag", booking.slice(0, -4).trim(), false) : null;
  const text = cell("Buchungstext");
  const parts = splitBuchungstext(text);
  const isCard = section.columns?.has("Referenz") ?? false;
  const stamped = pending && !valueDate && !markedDate ? dateFromText(text) : null;
  if (stamped) section.datedFromText++;
  const bookingDate = pending ? (markedDate ?? valueDate ?? stamped) : readDate(row, "Buchungstag", booking, false);
  // Card rows hold just the merchant; giro rows hold labelled parts.
  const counterpartyName = isCard ? (parts.description ?? null) : (parts.name ?? cardMerchant(cell("Vorgang"), parts.description));
  const tx: NormalizedTransaction = {
    externalId: (isCard ? cell("Referenz") : parts.ref) || null,
    status: pending ? "pending" : "booked",
    bookingDate: bookingDate ?? "",
    valueDate,
    amount,
    currency: section.currency,
    counterpartyName,
    counterpartyIban: parts.iban,
    description: parts.description,
    transactionType: cell("Vorgang") || null,
    raw: { line: row.line, cells },
  };
  section.transactions.push(tx);
  if (!bookingDate) section.undated.push(tx);
}

// §3.2: a giro card row names the merchant between "Buchungstext:" and its city / card number.
function cardMerchant(vorgang: string, description: string | null): string | null {
  if (!description || !/^Karten/i.test(vorgang)) return null;
  const head = description.split(/\s+Karte Nr\.|\s+\d{4}-\d{2}-\d{2}[T ]/)[0] ?? "";
  const name = head.includes("//") ? head.split("//")[0] : head.replace(/,\s*[^,]*$/, "");
  return name?.trim() || null;
}

/** Dates the undated pending rows; returns how each one was dated, for the notice. */
function dateUndated(sections: Section[]): { source: PendingSource; date: string }[] {
  const latest = latestDay(sections.flatMap((s) => s.transactions));
  const dated: { source: PendingSource; date: string }[] = [];
  for (const s of sections) {
    for (let i = 0; i < s.datedFromText; i++) dated.push({ source: "text", date: "" });
    const fallback = s.period?.to ?? latest;
    for (const tx of s.undated) {
      if (!fallback) throw new ImportError("import.error.bad_date", { line: (tx.raw as { line: number }).line, field: "Buchungstag", value: "offen" });
      tx.bookingDate = fallback;
      dated.push({ source: s.period ? "period" : "latest", date: fallback });
    }
  }
  return dated;
}

function readDate(row: CsvRow, field: string, value: string, optional: boolean): string | null {
  if (optional && (value === "" || value === "--" || value.toLowerCase() === "offen")) return null;
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
    account: sectionAccount(s.title, s.currency),
    transactions: s.transactions,
    openingBalance: balance(s.oldBalance, s.period?.from ?? booked[0]),
    closingBalance: balance(s.newBalance, s.period?.to ?? booked[booked.length - 1]),
  };
}

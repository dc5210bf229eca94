// Cell values as German and other bank exports write them: money with a
// currency sign or code glued on, IBANs with spaces, balances in preambles.
import { parseDate } from "../dates.ts";
import { parseAmount } from "../../../src/format/decimal.ts";
import { ImportError } from "../errors.ts";
import type { DecimalSeparator, StatementBalance } from "../types.ts";

const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const SIGNS: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP" };

/** "-1.234,56", "100.000,00 €", "1234.56 EUR", "-5,95 USD": amount plus the currency it names, if any. */
export function readMoney(text: string, decimal: DecimalSeparator): { amount: string; currency: string | null } | null {
  const m = /^([€$£])?\s*(.*?)\s*([A-Z]{3}|[€$£])?$/.exec(text.trim());
  if (!m) return null;
  const amount = parseAmount(m[2] ?? "", decimal);
  if (amount === null) return null;
  const sign = m[3] ?? m[1];
  return { amount, currency: sign ? (SIGNS[sign] ?? sign) : null };
}

export function ibanOrNull(text: string): string | null {
  const iban = text.replace(/\s/g, "").toUpperCase();
  return IBAN_RE.test(iban) ? iban : null;
}

export function isIban(text: string): boolean {
  return ibanOrNull(text) !== null;
}

/** A balance stated in a preamble; a value that is there but unreadable fails the file. */
export function balanceOf(
  text: string,
  decimal: DecimalSeparator,
  date: string | null,
  where: { line?: number; field: string },
  fallbackCurrency: string,
): StatementBalance | undefined {
  if (!date) return undefined;
  const money = readMoney(text, decimal);
  if (!money) throw new ImportError("import.error.bad_amount", { line: where.line ?? null, field: where.field, value: text });
  return { amount: money.amount, currency: money.currency ?? fallbackCurrency, date };
}

/** The row of a preamble whose first cell matches. */
export function preambleRow(preamble: readonly string[][], label: RegExp): string[] | undefined {
  return preamble.find((cells) => label.test(cells[0] ?? ""));
}

/** A German day with a two- or four-digit year ("2.1.2026", "30.06.23"); null when it is none. */
export function germanDate(text: string): string | null {
  return parseDate(text, "DD.MM.YYYY") ?? parseDate(text, "DD.MM.YY");
}

/** "01.03.2026 - 31.03.2026" as ISO days. */
export function readPeriod(text: string): { from: string; to: string } | null {
  const m = /(\d{1,2}\.\d{1,2}\.\d{2,4})\s*-\s*(\d{1,2}\.\d{1,2}\.\d{2,4})/.exec(text);
  const from = m?.[1] ? germanDate(m[1]) : null;
  const to = m?.[2] ? germanDate(m[2]) : null;
  return from && to ? { from, to } : null;
}

/** The day in "Kontostand vom 30.06.2023:". */
export function dateInLabel(label: string): string | null {
  const m = /(\d{1,2}\.\d{1,2}\.\d{2,4})/.exec(label);
  return m?.[1] ? germanDate(m[1]) : null;
}

/** The free text before the first SEPA field label ("Beitrag 12/2025 EREF: 0001 MREF: …" -> "Beitrag 12/2025"). */
export function beforeSepaFields(text: string | null | undefined, labels: RegExp): string | null {
  if (!text) return null;
  const at = text.search(labels);
  const head = (at < 0 ? text : text.slice(0, at)).trim();
  return head || text;
}

/** { iban } when the text is one, else { accountNumber } when there is any, else nothing. */
export function accountIdentity(text: string): { iban?: string; accountNumber?: string } {
  const iban = ibanOrNull(text);
  if (iban) return { iban };
  return text.trim() ? { accountNumber: text.trim() } : {};
}

/**
 * A product name that says savings in the words British, American, Dutch and
 * French banks use ("INSTANT SAVER", "Loyalty Saver", "Cash ISA", "Savings",
 * "Spaarrekening", "Livret A"); undefined when it says nothing of the kind.
 */
export function savingsByName(product: string | undefined): "SAVINGS" | undefined {
  return product && /\b(?:\w*saver|savings?|isa|spaar\w*|livret)\b/i.test(product) ? "SAVINGS" : undefined;
}

export function kindOfProduct(product: string): "SAVINGS" | "CHECKING" {
  return /tagesgeld|festgeld|spar|extra-konto/i.test(product) ? "SAVINGS" : "CHECKING";
}

/**
 * The product a file states and the kind it says, or nothing: a file that does
 * not name its product gets none made up ("Consorsbank", not "Consorsbank
 * Girokonto"), so a Tagesgeld exported in the same layout is not called a Girokonto.
 */
export function statedProduct(product: string | undefined): { product?: string; kind?: "SAVINGS" | "CHECKING" } {
  const said = product?.trim();
  return said ? { product: said, kind: kindOfProduct(said) } : {};
}

/** A preamble line like "Kontostand vom 31.03.2026:";"2.391,47 €": the balance on the day it names. */
export function labelledBalance(preamble: readonly string[][], label: RegExp, currency: string): StatementBalance | undefined {
  const row = preambleRow(preamble, label);
  return row && balanceOf(row[1] ?? "", ",", dateInLabel(row[0] ?? ""), { field: row[0] ?? "" }, currency);
}

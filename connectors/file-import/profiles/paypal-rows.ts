// PayPal's activity download, row by row: UTF-8 with BOM, ",", all quoted,
// columns found by name in English or German. Dates and decimals follow the
// account's country, not the language (bank-formats.md §1.5).
import { tokenizeCsv, trimTrailingEmpty } from "../csv-tokenize.ts";
import { parseDate } from "../dates.ts";
import { ImportError } from "../errors.ts";
import type { DateFormat, DecimalSeparator } from "../types.ts";
import { readMoney } from "./values.ts";

export type PaypalField =
  | "date" | "time" | "timeZone" | "name" | "type" | "status" | "currency" | "gross" | "fee" | "net"
  | "txId" | "refTxId" | "impact" | "balance" | "item" | "subject" | "note" | "fromEmail" | "toEmail";

const HEADERS: Record<"en" | "de", Record<PaypalField, string>> = {
  en: {
    date: "Date", time: "Time", timeZone: "TimeZone", name: "Name", type: "Type", status: "Status", currency: "Currency",
    gross: "Gross", fee: "Fee", net: "Net", txId: "Transaction ID", refTxId: "Reference Txn ID", impact: "Balance Impact",
    balance: "Balance", item: "Item Title", subject: "Subject", note: "Note", fromEmail: "From Email Address", toEmail: "To Email Address",
  },
  de: {
    date: "Datum", time: "Uhrzeit", timeZone: "Zeitzone", name: "Name", type: "Typ", status: "Status", currency: "Währung",
    gross: "Brutto", fee: "Gebühr", net: "Netto", txId: "Transaktionscode", refTxId: "Zugehöriger Transaktionscode",
    impact: "Auswirkung auf Guthaben", balance: "Guthaben", item: "Artikelbezeichnung", subject: "Betreff", note: "Hinweis",
    fromEmail: "Absender E-Mail-Adresse", toEmail: "Empfänger E-Mail-Adresse",
  },
};
// Every other column can be switched off in "Customize report fields".
const REQUIRED: PaypalField[] = ["date", "time", "timeZone", "name", "type", "status", "currency", "gross", "fee", "net", "txId", "refTxId"];

export interface PaypalRow {
  line: number;
  cells: string[];
  get(field: PaypalField): string;
  date: string;
  /** Net amount: what the row did to the PayPal balance. */
  net: string;
  currency: string;
  /** Running balance after the row, when the column is in the file. */
  balance: string | null;
}

export function paypalLanguage(headerCells: readonly string[]): "en" | "de" | null {
  const langs = ["de", "en"] as const;
  return langs.find((l) => REQUIRED.every((f) => headerCells.includes(HEADERS[l][f]))) ?? null;
}

export function readPaypalRows(text: string): PaypalRow[] {
  const rows = tokenizeCsv(text.replace(/^\uFEFF/, ""), ",").map((r) => ({ line: r.line, cells: trimTrailingEmpty(r.cells.map((c) => c.trim())) }));
  const at = rows.findIndex((r) => paypalLanguage(r.cells) !== null);
  const lang = at < 0 ? null : paypalLanguage(rows[at]!.cells);
  if (!lang) throw new ImportError("import.error.no_columns");
  const headers = rows[at]!.cells;
  const data = rows.slice(at + 1).filter((r) => r.cells.some((c) => c !== ""));
  const index = (f: PaypalField) => headers.indexOf(HEADERS[lang][f]);
  const value = (cells: string[], f: PaypalField) => (index(f) < 0 ? "" : (cells[index(f)] ?? ""));
  const { dateFormat, decimal } = lang === "de" ? { dateFormat: "DD.MM.YYYY" as const, decimal: "," as const } : sniffEnglish(data.map((r) => r.cells), value);

  return data.map(({ line, cells }) => {
    const fail = (f: PaypalField, key: "import.error.bad_date" | "import.error.bad_amount") => {
      throw new ImportError(key, { line, field: HEADERS[lang][f], value: value(cells, f) });
    };
    const date = parseDate(value(cells, "date"), dateFormat) ?? fail("date", "import.error.bad_date");
    const net = readMoney(value(cells, "net"), decimal)?.amount ?? fail("net", "import.error.bad_amount");
    const balanceText = value(cells, "balance");
    const balance = balanceText === "" ? null : (readMoney(balanceText, decimal)?.amount ?? fail("balance", "import.error.bad_amount"));
    return { line, cells, get: (f: PaypalField) => value(cells, f), date, net, currency: value(cells, "currency").toUpperCase(), balance };
  });
}

/** English headers come from US accounts ("1/31/2018", "-6.99") and European ones ("31/01/2018", "-6,99"). */
function sniffEnglish(rows: string[][], value: (cells: string[], f: PaypalField) => string): { dateFormat: DateFormat; decimal: DecimalSeparator } {
  const amounts = rows.flatMap((c) => [value(c, "gross"), value(c, "net")]);
  const decimal: DecimalSeparator = amounts.some((a) => /,\d{1,2}$/.test(a)) && !amounts.some((a) => /\.\d{1,2}$/.test(a)) ? "," : ".";
  const dates = rows.map((c) => value(c, "date"));
  if (dates.every((d) => parseDate(d, "YYYY-MM-DD"))) return { dateFormat: "YYYY-MM-DD", decimal };
  if (dates.every((d) => parseDate(d, "DD.MM.YYYY"))) return { dateFormat: "DD.MM.YYYY", decimal };
  const dayFirst = dates.some((d) => Number(d.split("/")[0]) > 12) || (decimal === "," && !dates.some((d) => Number(d.split("/")[1]) > 12));
  return { dateFormat: dayFirst ? "DD/MM/YYYY" : "MM/DD/YYYY", decimal };
}

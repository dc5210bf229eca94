// N26: UTF-8, ",", ISO dates, dot decimals, signed amounts. The current
// export (about 2020 on) and the legacy one in English and German.
import { readTable, hasHeader, startsWith, type TableColumns } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";

const LAYOUTS: { isHeader: (cells: readonly string[]) => boolean; columns: TableColumns }[] = [
  {
    isHeader: startsWith("Booking Date", "Value Date", "Partner Name", "Partner Iban"),
    columns: {
      date: "Booking Date",
      valueDate: "Value Date",
      payee: "Partner Name",
      iban: "Partner Iban",
      type: "Type",
      description: "Payment Reference",
      amount: "Amount (EUR)",
      originalAmount: "Original Amount",
      originalCurrency: "Original Currency",
    },
  },
  {
    isHeader: startsWith("Date", "Payee", "Account number", "Transaction type", "Payment reference"),
    columns: {
      date: "Date",
      payee: "Payee",
      iban: "Account number",
      type: "Transaction type",
      description: "Payment reference",
      category: "Category",
      amount: "Amount (EUR)",
      originalAmount: "Amount (Foreign Currency)",
      originalCurrency: "Type Foreign Currency",
    },
  },
  {
    isHeader: startsWith("Datum", "Empfänger", "Kontonummer", "Transaktionstyp", "Verwendungszweck"),
    columns: {
      date: "Datum",
      payee: "Empfänger",
      iban: "Kontonummer",
      type: "Transaktionstyp",
      description: "Verwendungszweck",
      category: "Kategorie",
      amount: "Betrag (EUR)",
      originalAmount: "Betrag (Fremdwährung)",
      originalCurrency: "Fremdwährung",
    },
  },
];

export const n26: BankCsvProfile = {
  id: "n26",
  bank: "N26",
  detect: (text) => LAYOUTS.some((l) => hasHeader(text, [","], l.isHeader)),
  parse(text, defaultCurrency) {
    const layout = LAYOUTS.find((l) => hasHeader(text, [","], l.isHeader)) ?? LAYOUTS[0]!;
    const read = readTable(text, { delimiter: ",", dateFormat: "YYYY-MM-DD", decimal: ".", currency: "EUR", ...layout }, defaultCurrency);
    // The legacy export repeats the EUR amount as "foreign" amount in EUR.
    const transactions = read.transactions.map((t) => (t.originalCurrency && t.originalCurrency !== t.currency ? t : { ...t, originalAmount: null, originalCurrency: null }));
    const space = (read.transactions[0]?.raw as { cells: string[] } | undefined)?.cells[6];
    const product = layout === LAYOUTS[0] ? space || "Main Account" : "Girokonto";
    return bankStatement("n26", { bank: "N26", product, currency: "EUR", kind: "CHECKING" }, transactions);
  },
};

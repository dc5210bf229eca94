// Deutsche Bank and Postbank (one platform): UTF-8 with BOM, ";", no quoting,
// seven preamble lines (account, IBAN, period, the balance before the period),
// one trailer line with the closing balance. Dates "D.M.YYYY". Booked rows only.
import { readTable, hasHeader, startsWith, type TableLayout } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { balanceOf, germanDate, ibanOrNull, preambleRow, readPeriod } from "./values.ts";

const isHeader = startsWith("Buchungstag", "Wert", "Umsatzart", "Begünstigter / Auftraggeber", "Verwendungszweck");

const layout: TableLayout = {
  delimiter: ";",
  isHeader,
  dateFormat: "DD.MM.YYYY",
  decimal: ",",
  columns: {
    date: "Buchungstag",
    valueDate: "Wert",
    // "Betrag" is signed; "Soll" and "Haben" repeat it and stand in where it is empty.
    amount: "Betrag",
    debit: "Soll",
    credit: "Haben",
    currency: "Währung",
    payee: "Begünstigter / Auftraggeber",
    iban: "IBAN / Kontonummer",
    description: "Verwendungszweck",
    type: "Umsatzart",
  },
  isTrailer: (cells) => cells[0] === "Kontostand",
};

export const deutscheBank: BankCsvProfile = {
  id: "deutsche-bank",
  bank: "Deutsche Bank",
  detect: (text) => hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const read = readTable(text, layout, defaultCurrency);
    // "Konto;Filial-/Kontonummer;IBAN;Währung" then the values.
    const labels = preambleRow(read.preamble, /^Konto$/) ?? [];
    const values = read.preamble[read.preamble.indexOf(labels) + 1] ?? [];
    const field = (name: string) => (labels.includes(name) ? (values[labels.indexOf(name)] ?? "") : "");
    const product = field("Konto");
    const iban = ibanOrNull(field("IBAN"));
    const currency = field("Währung") || read.transactions[0]?.currency || defaultCurrency;
    const period = readPeriod(read.preamble.find((cells) => readPeriod(cells[0] ?? "") !== null)?.[0] ?? "");
    // "Letzter Kontostand;;;;1.234,56;EUR": the balance the period starts from.
    const opening = preambleRow(read.preamble, /^Letzter Kontostand$/);
    // "Kontostand;2.1.2026;;;1.200,00;EUR": the balance on that day.
    const closing = read.trailer.find((cells) => cells[0] === "Kontostand");
    const balance = (cells: string[] | undefined, date: string | null, fieldName: string) =>
      cells && balanceOf(`${cells[4] ?? ""} ${cells[5] ?? ""}`.trim(), ",", date, { field: fieldName }, currency);
    return bankStatement(
      "deutsche-bank",
      {
        bank: /postbank/i.test(product) ? "Postbank" : "Deutsche Bank",
        product: product || "Girokonto",
        currency,
        kind: /spar|tagesgeld/i.test(product) ? "SAVINGS" : "CHECKING",
        ...(iban ? { iban } : {}),
        ...(field("Filial-/Kontonummer") ? { accountNumber: field("Filial-/Kontonummer") } : {}),
      },
      read.transactions,
      {
        openingBalance: balance(opening, period?.from ?? null, "Letzter Kontostand"),
        closingBalance: balance(closing, germanDate(closing?.[1] ?? "") ?? period?.to ?? null, "Kontostand"),
      },
    );
  },
};

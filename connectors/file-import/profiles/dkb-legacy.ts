// DKB's banking before 2023: ISO-8859-1, all quoted, every line ends with
// ";", a preamble of "Label:";"value"; lines. Girokonto and the old Visa.
import { readTable, hasHeader, startsWith, type TableLayout } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { balanceOf, dateInLabel, germanDate, ibanOrNull, preambleRow } from "./values.ts";

const isGiroHeader = startsWith("Buchungstag", "Wertstellung", "Buchungstext", "Auftraggeber / Begünstigter", "Verwendungszweck");
const isVisaHeader = startsWith("Umsatz abgerechnet und nicht im Saldo enthalten", "Wertstellung", "Belegdatum", "Beschreibung");

export const dkbLegacy: BankCsvProfile = {
  id: "dkb-legacy",
  bank: "DKB",
  detect: (text) => hasHeader(text, [";"], isGiroHeader),
  parse(text, defaultCurrency) {
    const layout: TableLayout = {
      delimiter: ";",
      isHeader: isGiroHeader,
      dateFormat: "DD.MM.YYYY",
      decimal: ",",
      currency: "EUR",
      columns: {
        date: "Buchungstag",
        valueDate: "Wertstellung",
        amount: "Betrag (EUR)",
        payee: "Auftraggeber / Begünstigter",
        iban: "Kontonummer",
        description: "Verwendungszweck",
        type: "Buchungstext",
      },
      // "Tagessaldo" rows only repeat the day's balance.
      skip: (row) => row.get("Verwendungszweck") === "Tagessaldo",
    };
    const read = readTable(text, layout, defaultCurrency);
    // "Kontonummer:";"DE00… / Girokonto";
    const [number = "", product = "Girokonto"] = (preambleRow(read.preamble, /^Kontonummer:/)?.[1] ?? "").split(" / ").map((s) => s.trim());
    const iban = ibanOrNull(number);
    const stated = preambleRow(read.preamble, /^Kontostand vom/);
    return bankStatement(
      "dkb-legacy",
      {
        bank: "DKB",
        product,
        currency: "EUR",
        kind: /tagesgeld|spar/i.test(product) ? "SAVINGS" : "CHECKING",
        ...(iban ? { iban } : number ? { accountNumber: number } : {}),
      },
      read.transactions,
      { closingBalance: stated && balanceOf(stated[1] ?? "", ",", dateInLabel(stated[0] ?? ""), { field: stated[0] ?? "" }, "EUR") },
    );
  },
};

export const dkbLegacyVisa: BankCsvProfile = {
  id: "dkb-legacy-visa",
  bank: "DKB",
  detect: (text) => hasHeader(text, [";"], isVisaHeader),
  parse(text, defaultCurrency) {
    const layout: TableLayout = {
      delimiter: ";",
      isHeader: isVisaHeader,
      dateFormat: "DD.MM.YYYY",
      decimal: ",",
      currency: "EUR",
      columns: {
        date: "Belegdatum",
        valueDate: "Wertstellung",
        amount: "Betrag (EUR)",
        payee: "Beschreibung",
        description: "Beschreibung",
        originalAmount: "Ursprünglicher Betrag",
      },
    };
    const read = readTable(text, layout, defaultCurrency);
    // "Kreditkarte:";"1234********5678"; or "1234********5678 Kreditkarte";
    const card = preambleRow(read.preamble, /^Kreditkarte:/)?.[1] ?? "";
    const masked = /\d{4}[*X•]{8}\d{4}/.exec(card)?.[0];
    const saldo = preambleRow(read.preamble, /^Saldo:/);
    const day = germanDate(preambleRow(read.preamble, /^Datum:/)?.[1] ?? "");
    // This one line writes a dot decimal ("1234.56 EUR"), unlike the rows.
    return bankStatement(
      "dkb-legacy-visa",
      { bank: "DKB", product: "Kreditkarte", currency: "EUR", kind: "CREDIT_CARD", ...(masked ? { cardNumber: masked } : {}) },
      read.transactions,
      { closingBalance: saldo && balanceOf(saldo[1] ?? "", ".", day, { field: "Saldo:" }, "EUR") },
    );
  },
};

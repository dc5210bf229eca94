// DKB's banking before 2023: ISO-8859-1, all quoted, every line ends with
// ";", a preamble of "Label:";"value"; lines. Girokonto and the old Visa.
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { accountIdentity, balanceOf, germanDate, labelledBalance, preambleRow, statedProduct } from "./values.ts";

export const dkbLegacy = tableProfile({
  id: "dkb-legacy",
  bank: "DKB",
  layout: {
    isHeader: startsWith("Buchungstag", "Wertstellung", "Buchungstext", "Auftraggeber / Begünstigter", "Verwendungszweck"),
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
  },
  describe(read, currency) {
    // "Kontonummer:";"DE00… / Girokonto";
    const [number = "", product] = (preambleRow(read.preamble, /^Kontonummer:/)?.[1] ?? "").split(" / ").map((s) => s.trim());
    return {
      account: { ...statedProduct(product), ...accountIdentity(number) },
      extras: { closingBalance: labelledBalance(read.preamble, /^Kontostand vom/, currency) },
    };
  },
});

export const dkbLegacyVisa = tableProfile({
  id: "dkb-legacy-visa",
  bank: "DKB",
  layout: {
    isHeader: startsWith("Umsatz abgerechnet und nicht im Saldo enthalten", "Wertstellung", "Belegdatum", "Beschreibung"),
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
  },
  describe(read, currency) {
    // "Kreditkarte:";"1234********5678"; or "1234********5678 Kreditkarte";
    const masked = /\d{4}[*X•]{8}\d{4}/.exec(preambleRow(read.preamble, /^Kreditkarte:/)?.[1] ?? "")?.[0];
    const saldo = preambleRow(read.preamble, /^Saldo:/);
    const day = germanDate(preambleRow(read.preamble, /^Datum:/)?.[1] ?? "");
    return {
      account: { product: "Kreditkarte", kind: "CREDIT_CARD", ...(masked ? { cardNumber: masked } : {}) },
      // This one line writes a dot decimal ("1234.56 EUR"), unlike the rows.
      extras: { closingBalance: saldo && balanceOf(saldo[1] ?? "", ".", day, { field: "Saldo:" }, currency) },
    };
  },
});

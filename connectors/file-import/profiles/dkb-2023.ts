// DKB's new banking export (since 2023), Girokonto/Tagesgeld and Visa:
// a four-line preamble naming the account and its balance, then the table.
// UTF-8 (with or without BOM), all quoted, ";" or for a while ",".
import type { NormalizedTransaction } from "../../types.ts";
import { readTable, hasHeader, startsWith, type TableLayout, type TableRow } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { balanceOf, dateInLabel, ibanOrNull, preambleRow } from "./values.ts";

const DELIMITERS = [";", ","] as const;
const isGiroHeader = startsWith("Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in");
const isVisaHeader = startsWith("Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp");

function delimiterOf(text: string, isHeader: (cells: readonly string[]) => boolean): ";" | "," {
  return DELIMITERS.find((d) => hasHeader(text, [d], isHeader)) ?? ";";
}

const pending = (row: TableRow) => row.get("Status") === "Vorgemerkt";

// The counterparty is the payer for money in and the payee for money out.
function payeeByDirection(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction {
  const incoming = row.get("Umsatztyp") === "Eingang" || (row.get("Umsatztyp") === "" && !tx.amount.startsWith("-"));
  return { ...tx, counterpartyName: row.get(incoming ? "Zahlungspflichtige*r" : "Zahlungsempfänger*in").replace(/\s+/g, " ") || null };
}

const giroLayout = (delimiter: ";" | ","): TableLayout => ({
  delimiter,
  isHeader: isGiroHeader,
  dateFormat: ["DD.MM.YY", "DD.MM.YYYY"],
  decimal: ",",
  currency: "EUR",
  columns: { date: "Buchungsdatum", valueDate: "Wertstellung", amount: ["Betrag (€)", "Betrag"], iban: "IBAN", description: "Verwendungszweck", type: "Umsatztyp" },
  isPending: pending,
  refine: payeeByDirection,
});

export const dkb2023: BankCsvProfile = {
  id: "dkb-2023",
  bank: "DKB",
  detect: (text) => hasHeader(text, DELIMITERS, isGiroHeader),
  parse(text, defaultCurrency) {
    const read = readTable(text, giroLayout(delimiterOf(text, isGiroHeader)), defaultCurrency);
    // First line: "Girokonto";"DE00…" (or "Tagesgeld", "DKB Festgeld").
    const [product = "Girokonto", number = ""] = read.preamble[0] ?? [];
    const iban = ibanOrNull(number);
    const stated = preambleRow(read.preamble, /^Kontostand vom/);
    const currency = read.transactions[0]?.currency ?? defaultCurrency;
    return bankStatement(
      "dkb-2023",
      {
        bank: "DKB",
        product,
        currency,
        kind: /tagesgeld|festgeld|spar/i.test(product) ? "SAVINGS" : "CHECKING",
        ...(iban ? { iban } : number ? { accountNumber: number } : {}),
      },
      read.transactions,
      { closingBalance: stated && balanceOf(stated[1] ?? "", ",", dateInLabel(stated[0] ?? ""), { field: stated[0] ?? "" }, currency) },
    );
  },
};

export const dkb2023Visa: BankCsvProfile = {
  id: "dkb-2023-visa",
  bank: "DKB",
  detect: (text) => hasHeader(text, DELIMITERS, isVisaHeader),
  parse(text, defaultCurrency) {
    const layout: TableLayout = {
      delimiter: delimiterOf(text, isVisaHeader),
      isHeader: isVisaHeader,
      dateFormat: ["DD.MM.YY", "DD.MM.YYYY"],
      decimal: ",",
      currency: "EUR",
      columns: {
        date: "Belegdatum",
        valueDate: "Wertstellung",
        amount: ["Betrag (€)", "Betrag"],
        payee: "Beschreibung",
        description: "Beschreibung",
        type: "Umsatztyp",
        originalAmount: "Fremdwährungsbetrag",
      },
      isPending: pending,
    };
    const read = readTable(text, layout, defaultCurrency);
    // "Karte";"Visa Kreditkarte";"1234 •••• •••• 5678" or "Karte";"Max-Visa 1234 •••• •••• 9876".
    const card = preambleRow(read.preamble, /^Karte$/) ?? [];
    const joined = card.slice(1).join(" ");
    const masked = /\d{4}(?:\s*[•*X]{4}){2}\s*\d{4}/.exec(joined)?.[0];
    const product = joined.replace(masked ?? "", "").trim() || "Visa Kreditkarte";
    const stated = preambleRow(read.preamble, /^Saldo vom/);
    return bankStatement(
      "dkb-2023-visa",
      { bank: "DKB", product, currency: "EUR", kind: "CREDIT_CARD", ...(masked ? { cardNumber: masked } : {}) },
      read.transactions,
      { closingBalance: stated && balanceOf(stated[1] ?? "", ",", dateInLabel(stated[0] ?? ""), { field: stated[0] ?? "" }, "EUR") },
    );
  },
};

// DKB's new banking export (since 2023), Girokonto/Tagesgeld and Visa:
// a four-line preamble naming the account and its balance, then the table.
// UTF-8 (with or without BOM), all quoted, ";" or for a while ",".
import type { NormalizedTransaction } from "../../types.ts";
import { startsWith, type TableRow } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { accountIdentity, labelledBalance, preambleRow, statedProduct } from "./values.ts";

const DELIMITERS = [";", ","] as const;
const pending = (row: TableRow) => row.get("Status") === "Vorgemerkt";

// The counterparty is the payer for money in and the payee for money out.
function payeeByDirection(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction {
  const incoming = row.get("Umsatztyp") === "Eingang" || (row.get("Umsatztyp") === "" && !tx.amount.startsWith("-"));
  return { ...tx, counterpartyName: row.get(incoming ? "Zahlungspflichtige*r" : "Zahlungsempfänger*in").replace(/\s+/g, " ") || null };
}

export const dkb2023 = tableProfile({
  id: "dkb-2023",
  bank: "DKB",
  delimiters: DELIMITERS,
  layout: {
    isHeader: startsWith("Buchungsdatum", "Wertstellung", "Status", "Zahlungspflichtige*r", "Zahlungsempfänger*in"),
    dateFormat: ["DD.MM.YY", "DD.MM.YYYY"],
    decimal: ",",
    currency: "EUR",
    columns: { date: "Buchungsdatum", valueDate: "Wertstellung", amount: ["Betrag (€)", "Betrag"], iban: "IBAN", description: "Verwendungszweck", type: "Umsatztyp" },
    isPending: pending,
    refine: payeeByDirection,
  },
  describe(read, currency) {
    // First line: "Girokonto";"DE00…" (or "Tagesgeld", "DKB Festgeld").
    const [product, number = ""] = read.preamble[0] ?? [];
    return {
      account: { ...statedProduct(product), ...accountIdentity(number) },
      extras: { closingBalance: labelledBalance(read.preamble, /^Kontostand vom/, currency) },
    };
  },
});

export const dkb2023Visa = tableProfile({
  id: "dkb-2023-visa",
  bank: "DKB",
  delimiters: DELIMITERS,
  layout: {
    isHeader: startsWith("Belegdatum", "Wertstellung", "Status", "Beschreibung", "Umsatztyp"),
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
  },
  describe(read, currency) {
    // "Karte";"Visa Kreditkarte";"1234 •••• •••• 5678" or "Karte";"Max-Visa 1234 •••• •••• 9876".
    const card = (preambleRow(read.preamble, /^Karte$/) ?? []).slice(1).join(" ");
    const masked = /\d{4}(?:\s*[•*X]{4}){2}\s*\d{4}/.exec(card)?.[0];
    return {
      account: { product: card.replace(masked ?? "", "").trim() || "Visa Kreditkarte", kind: "CREDIT_CARD", ...(masked ? { cardNumber: masked } : {}) },
      extras: { closingBalance: labelledBalance(read.preamble, /^Saldo vom/, currency) },
    };
  },
});

// Rabobank (§1.2): explicit "+" on credits, ISO dates, three purpose columns.
import { tableProfile } from "./table-csv.ts";

export const rabobankProfile = tableProfile({
  id: "rabobank",
  bank: "Rabobank",
  kind: "CHECKING",
  delimiter: ",",
  headers: [
    [
      "IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn", "Tegenrekening IBAN/BBAN",
      "Naam tegenpartij", "Naam uiteindelijke partij", "Naam initiërende partij", "BIC tegenpartij", "Code", "Batch ID",
      "Transactiereferentie", "Machtigingskenmerk", "Incassant ID", "Betalingskenmerk", "Omschrijving-1", "Omschrijving-2",
      "Omschrijving-3", "Reden retour", "Oorspr bedrag", "Oorspr munt", "Koers",
    ],
  ],
  decimal: ",",
  dates: ["YYYY-MM-DD"],
  columns: {
    id: "Volgnr",
    date: "Datum",
    valueDate: "Rentedatum",
    amount: "Bedrag",
    currency: "Munt",
    balance: "Saldo na trn",
    iban: "Tegenrekening IBAN/BBAN",
    payee: "Naam tegenpartij",
    type: "Code",
    description: ["Omschrijving-1", "Omschrijving-2", "Omschrijving-3"],
    originalAmount: "Oorspr bedrag",
    originalCurrency: "Oorspr munt",
  },
  account: ({ rows }) => {
    const own = rows[0]?.get("IBAN/BBAN");
    return own ? { iban: own } : {};
  },
});

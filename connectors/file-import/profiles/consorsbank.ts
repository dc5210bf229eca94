// Consorsbank: Windows-1252, ";", "DD.MM.YYYY", one signed "Betrag in EUR".
// Documented by a single source (bank-formats.md §1.1); pending handling unknown.
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";

export const consorsbank = tableProfile({
  id: "consorsbank",
  bank: "Consorsbank",
  layout: {
    isHeader: startsWith("Buchung", "Valuta", "Sender / Empfänger", "IBAN / Konto-Nr.", "BIC / BLZ"),
    dateFormat: "DD.MM.YYYY",
    decimal: ",",
    currency: "EUR",
    columns: {
      date: "Buchung",
      valueDate: "Valuta",
      payee: "Sender / Empfänger",
      iban: "IBAN / Konto-Nr.",
      type: "Buchungstext",
      description: "Verwendungszweck",
      category: "Kategorie",
      amount: "Betrag in EUR",
    },
  },
  // The export names no product, and a Girokonto and a Tagesgeld export alike: the account is "Consorsbank".
  describe: () => ({ account: {} }),
});

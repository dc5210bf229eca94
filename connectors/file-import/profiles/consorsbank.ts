// Consorsbank: Windows-1252, ";", "DD.MM.YYYY", one signed "Betrag in EUR".
// Documented by a single source (bank-formats.md §1.1); pending handling unknown.
import { readTable, hasHeader, startsWith } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";

const isHeader = startsWith("Buchung", "Valuta", "Sender / Empfänger", "IBAN / Konto-Nr.", "BIC / BLZ");

export const consorsbank: BankCsvProfile = {
  id: "consorsbank",
  bank: "Consorsbank",
  detect: (text) => hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const read = readTable(
      text,
      {
        delimiter: ";",
        isHeader,
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
      defaultCurrency,
    );
    return bankStatement("consorsbank", { bank: "Consorsbank", product: "Girokonto", currency: "EUR", kind: "CHECKING" }, read.transactions);
  },
};

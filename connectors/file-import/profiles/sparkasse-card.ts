// Sparkasse credit card export: ISO-8859-1, all quoted, header on line 1;
// the first column is the masked card number, amounts signed in the booking
// currency with the original amount and currency beside them.
import { readTable, hasHeader, startsWith } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";

const isHeader = startsWith("Umsatz getätigt von", "Belegdatum", "Buchungsdatum", "Originalbetrag", "Originalwährung");

export const sparkasseCard: BankCsvProfile = {
  id: "sparkasse-card",
  bank: "Sparkasse",
  detect: (text) => hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const read = readTable(
      text,
      {
        delimiter: ";",
        isHeader,
        dateFormat: ["DD.MM.YY", "DD.MM.YYYY"],
        decimal: ",",
        columns: {
          date: "Belegdatum",
          valueDate: "Buchungsdatum",
          amount: "Buchungsbetrag",
          currency: "Buchungswährung",
          payee: "Transaktionsbeschreibung",
          description: "Transaktionsbeschreibung",
          originalAmount: "Originalbetrag",
          originalCurrency: "Originalwährung",
        },
        refine: (tx) => (tx.originalCurrency ? tx : { ...tx, originalAmount: null }),
      },
      defaultCurrency,
    );
    const card = (read.transactions[0]?.raw as { cells: string[] } | undefined)?.cells[0] ?? "";
    return bankStatement(
      "sparkasse-card",
      {
        bank: "Sparkasse",
        product: "Kreditkarte",
        currency: read.transactions[0]?.currency ?? defaultCurrency,
        kind: "CREDIT_CARD",
        ...(/\d{4}.*\d{4}/.test(card) ? { cardNumber: card } : {}),
      },
      read.transactions,
    );
  },
};

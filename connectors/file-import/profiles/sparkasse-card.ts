// Sparkasse credit card export: ISO-8859-1, all quoted, header on line 1;
// the first column is the masked card number, amounts signed in the booking
// currency with the original amount and currency beside them.
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";

export const sparkasseCard = tableProfile({
  id: "sparkasse-card",
  bank: "Sparkasse",
  layout: {
    isHeader: startsWith("Umsatz getätigt von", "Belegdatum", "Buchungsdatum", "Originalbetrag", "Originalwährung"),
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
    // "0,00" with no currency means the purchase was in the booking currency.
    refine: (tx) => (tx.originalCurrency ? tx : { ...tx, originalAmount: null }),
  },
  describe(read) {
    const card = read.firstCells[0] ?? "";
    return { account: { product: "Kreditkarte", kind: "CREDIT_CARD", ...(/\d{4}.*\d{4}/.test(card) ? { cardNumber: card } : {}) } };
  },
});

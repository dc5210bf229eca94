// Volksbanken, Raiffeisenbanken, Sparda, PSD, GLS (Atruvia): UTF-8 with BOM,
// ";", no quoting, CRLF, header on line 1. Every row names the own account
// and the balance after it; SEPA fields trail the purpose ("EREF: …").
import { balancesFromRunning } from "./statement.ts";
import { sepaKeyAlternation } from "../../../src/format/sepa-fields.ts";
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { beforeSepaFields, ibanOrNull, statedProduct } from "./values.ts";

const SEPA_LABELS = new RegExp(`\\s(?:${sepaKeyAlternation()}):\\s`);

export const volksbank = tableProfile({
  id: "volksbank",
  bank: "Volksbank",
  layout: {
    isHeader: startsWith("Bezeichnung Auftragskonto", "IBAN Auftragskonto", "BIC Auftragskonto", "Bankname Auftragskonto", "Buchungstag"),
    dateFormat: "DD.MM.YYYY",
    decimal: ",",
    columns: {
      date: "Buchungstag",
      valueDate: "Valutadatum",
      payee: "Name Zahlungsbeteiligter",
      iban: "IBAN Zahlungsbeteiligter",
      type: "Buchungstext",
      description: "Verwendungszweck",
      amount: "Betrag",
      currency: "Waehrung",
      balanceAfter: "Saldo nach Buchung",
    },
    refine: (tx) => ({ ...tx, description: beforeSepaFields(tx.description, SEPA_LABELS) }),
  },
  describe(read, currency) {
    const [product, ownIban = "", , bankName = ""] = read.firstCells;
    const iban = ibanOrNull(ownIban);
    return {
      account: { bank: bankName || "Volksbank", ...statedProduct(product), ...(iban ? { iban } : {}) },
      extras: read.balancesAfter ? balancesFromRunning(read.transactions, read.balancesAfter, currency) : {},
    };
  },
});

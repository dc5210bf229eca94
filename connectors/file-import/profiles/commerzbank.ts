// Commerzbank: UTF-8 (current files with BOM), ";", no quoting, header on
// line 1. The counterparty and SEPA fields are run together in
// "Buchungstext"; card rows read "Kartenzahlung NAME//City <timestamp> …".
import type { NormalizedTransaction } from "../../types.ts";
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { beforeSepaFields, ibanOrNull } from "./values.ts";

const SEPA_LABELS = /\s(?:End-to-End-Ref\.|Mandatsref|Gläubiger-ID|Kundenreferenz):/;
const CARD_RE = /^Kartenzahlung\s+(.+?)(?:\/\/|\s\d{4}-\d{2}-\d{2}T|$)/;

function refine(tx: NormalizedTransaction): NormalizedTransaction {
  const card = tx.description ? CARD_RE.exec(tx.description)?.[1] : undefined;
  return {
    ...tx,
    counterpartyName: card?.replace(/\.?\s*\d{6,}$/, "").trim() || null,
    description: beforeSepaFields(tx.description, SEPA_LABELS),
  };
}

export const commerzbank = tableProfile({
  id: "commerzbank",
  bank: "Commerzbank",
  layout: {
    isHeader: startsWith("Buchungstag", "Wertstellung", "Umsatzart", "Buchungstext", "Betrag", "Währung"),
    dateFormat: "DD.MM.YYYY",
    decimal: ",",
    columns: { date: "Buchungstag", valueDate: "Wertstellung", amount: "Betrag", currency: "Währung", description: "Buchungstext", type: "Umsatzart", category: "Kategorie" },
    refine,
  },
  describe(read) {
    // The holder's own account: "IBAN Kontoinhaber" (current) or "IBAN Auftraggeberkonto" (2018).
    const own = read.firstCells.slice(6).map(ibanOrNull).find((iban) => iban !== null);
    return { account: { kind: "CHECKING", ...(own ? { iban: own } : {}) } };
  },
});

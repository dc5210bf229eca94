// Commerzbank: UTF-8 (current files with BOM), ";", no quoting, header on
// line 1. The counterparty and SEPA fields are run together in
// "Buchungstext"; card rows read "Kartenzahlung NAME//City <timestamp> …".
import type { NormalizedTransaction } from "../../types.ts";
import { readTable, hasHeader, startsWith } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { beforeSepaFields, ibanOrNull } from "./values.ts";

const isHeader = startsWith("Buchungstag", "Wertstellung", "Umsatzart", "Buchungstext", "Betrag", "Währung");
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

export const commerzbank: BankCsvProfile = {
  id: "commerzbank",
  bank: "Commerzbank",
  detect: (text) => hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const read = readTable(
      text,
      {
        delimiter: ";",
        isHeader,
        dateFormat: "DD.MM.YYYY",
        decimal: ",",
        columns: { date: "Buchungstag", valueDate: "Wertstellung", amount: "Betrag", currency: "Währung", description: "Buchungstext", type: "Umsatzart", category: "Kategorie" },
        refine,
      },
      defaultCurrency,
    );
    // The holder's own account: "IBAN Kontoinhaber" (current) or "IBAN Auftraggeberkonto" (2018).
    const first = read.transactions[0]?.raw as { cells: string[] } | undefined;
    const own = first?.cells.map(ibanOrNull).find((iban) => iban !== null) ?? null;
    return bankStatement(
      "commerzbank",
      { bank: "Commerzbank", currency: read.transactions[0]?.currency ?? defaultCurrency, kind: "CHECKING", ...(own ? { iban: own } : {}) },
      read.transactions,
    );
  },
};

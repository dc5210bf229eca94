// Volksbanken, Raiffeisenbanken, Sparda, PSD, GLS (Atruvia): UTF-8 with BOM,
// ";", no quoting, CRLF, header on line 1. Every row names the own account
// and the balance after it; SEPA fields trail the purpose ("EREF: …").
import { readTable, hasHeader, startsWith } from "./table.ts";
import { balancesFromRunning, bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { beforeSepaFields, ibanOrNull } from "./values.ts";

const isHeader = startsWith("Bezeichnung Auftragskonto", "IBAN Auftragskonto", "BIC Auftragskonto", "Bankname Auftragskonto", "Buchungstag");
const SEPA_LABELS = /\s(?:EREF|MREF|CRED|IBAN|BIC|ABWA|ABWE|SVWZ):\s/;

export const volksbank: BankCsvProfile = {
  id: "volksbank",
  bank: "Volksbank",
  detect: (text) => hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const read = readTable(
      text,
      {
        delimiter: ";",
        isHeader,
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
      defaultCurrency,
    );
    const cells = (read.transactions[0]?.raw as { cells: string[] } | undefined)?.cells ?? [];
    const [product = "Girokonto", ownIban = "", , bankName = ""] = cells;
    const iban = ibanOrNull(ownIban);
    const currency = read.transactions[0]?.currency ?? defaultCurrency;
    return bankStatement(
      "volksbank",
      {
        bank: bankName || "Volksbank",
        product,
        currency,
        kind: /spar|tagesgeld/i.test(product) ? "SAVINGS" : "CHECKING",
        ...(iban ? { iban } : {}),
      },
      read.transactions,
      read.balancesAfter ? balancesFromRunning(read.transactions, read.balancesAfter, currency) : {},
    );
  },
};

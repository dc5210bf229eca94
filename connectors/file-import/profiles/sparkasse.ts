// Sparkasse (Finanz Informatik) account exports: CSV-CAMT (V2 and V8 share
// the header) and CSV-MT940. ISO-8859-1 with an ASCII header on line 1, all
// quoted, "DD.MM.YY". Pending rows are included and say so in "Info".
import type { NormalizedTransaction } from "../../types.ts";
import { readTable, hasHeader, startsWith, type TableColumns, type TableRow } from "./table.ts";
import { bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { ibanOrNull } from "./values.ts";

const COMMON = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck"];
const isCamtHeader = startsWith(...COMMON, "Glaeubiger ID", "Mandatsreferenz");
const isMt940Header = startsWith(...COMMON, "Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ");

// MT940 runs the SEPA fields together ("EREF+…MREF+…CRED+…SVWZ+purpose"); the purpose is SVWZ.
const SVWZ_RE = /SVWZ\+\s*(.*?)\s*(?:\b(?:ABWA|ABWE|EREF|MREF|CRED|KREF)\+.*)?$/;

function withPurpose(tx: NormalizedTransaction): NormalizedTransaction {
  const purpose = tx.description ? SVWZ_RE.exec(tx.description)?.[1] : undefined;
  return purpose ? { ...tx, description: purpose } : tx;
}

function sparkasseProfile(id: string, isHeader: (cells: readonly string[]) => boolean, columns: Partial<TableColumns>): BankCsvProfile {
  return {
    id,
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
            date: "Buchungstag",
            valueDate: "Valutadatum",
            amount: "Betrag",
            currency: "Waehrung",
            payee: "Beguenstigter/Zahlungspflichtiger",
            description: "Verwendungszweck",
            type: "Buchungstext",
            ...columns,
          },
          isPending: (row: TableRow) => row.get("Info") === "Umsatz vorgemerkt",
          refine: withPurpose,
        },
        defaultCurrency,
      );
      const own = (read.transactions[0]?.raw as { cells: string[] } | undefined)?.cells[0] ?? "";
      const iban = ibanOrNull(own);
      return bankStatement(
        id,
        {
          bank: "Sparkasse",
          currency: read.transactions[0]?.currency ?? defaultCurrency,
          kind: "CHECKING",
          ...(iban ? { iban } : own ? { accountNumber: own } : {}),
        },
        read.transactions,
      );
    },
  };
}

export const sparkasseCamt = sparkasseProfile("sparkasse-camt", isCamtHeader, { iban: "Kontonummer/IBAN" });
// "Kontonummer" holds the counterparty's IBAN in real MT940-CSV files.
export const sparkasseMt940 = sparkasseProfile("sparkasse-mt940", isMt940Header, { iban: "Kontonummer" });

// Sparkasse (Finanz Informatik) account exports: CSV-CAMT (V2 and V8 share
// the header) and CSV-MT940. ISO-8859-1 with an ASCII header on line 1, all
// quoted, "DD.MM.YY". Pending rows are included and say so in "Info".
import type { NormalizedTransaction } from "../../types.ts";
import { sepaKeyAlternation } from "../../../src/format/sepa-fields.ts";
import { startsWith, type TableColumns } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { accountIdentity } from "./values.ts";

const COMMON = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck"];

// MT940 runs the SEPA fields together ("EREF+…MREF+…CRED+…SVWZ+purpose"); the purpose is SVWZ.
const SVWZ_RE = new RegExp(`SVWZ\\+\\s*(.*?)\\s*(?:\\b(?:${sepaKeyAlternation(["SVWZ"])})\\+.*)?$`);

function withPurpose(tx: NormalizedTransaction): NormalizedTransaction {
  const purpose = tx.description ? SVWZ_RE.exec(tx.description)?.[1] : undefined;
  return purpose ? { ...tx, description: purpose } : tx;
}

function sparkasseProfile(id: string, header: string[], columns: Partial<TableColumns>) {
  return tableProfile({
    id,
    bank: "Sparkasse",
    layout: {
      isHeader: startsWith(...COMMON, ...header),
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
      isPending: (row) => row.get("Info") === "Umsatz vorgemerkt",
      refine: withPurpose,
    },
    // Every row repeats the own account ("Auftragskonto"); a file may hold several.
    accountColumn: "Auftragskonto",
    describe: (read) => ({ account: { kind: "CHECKING", ...accountIdentity(read.firstCells[0] ?? "") } }),
  });
}

export const sparkasseCamt = sparkasseProfile("sparkasse-camt", ["Glaeubiger ID", "Mandatsreferenz"], { iban: "Kontonummer/IBAN" });
// "Kontonummer" holds the counterparty's IBAN in real MT940-CSV files.
export const sparkasseMt940 = sparkasseProfile("sparkasse-mt940", ["Beguenstigter/Zahlungspflichtiger", "Kontonummer", "BLZ"], { iban: "Kontonummer" });

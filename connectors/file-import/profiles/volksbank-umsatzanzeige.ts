// Volksbanken and Raiffeisenbanken before about 2020, the "Umsatzanzeige"
// (bank-formats.md §1.1): ISO-8859-15, ";", all quoted, a preamble naming
// BLZ and account, and 13 columns whose last one, headed by a single space
// (GLS: "Soll/Haben"), holds the S/H flag of the unsigned "Umsatz". The
// purpose spans several lines: the Vorgang first, then 27-character chunks
// that join without spaces. "Anfangssaldo" and "Endsaldo" rows close the file.
import type { NormalizedTransaction } from "../../types.ts";
import { negate } from "../../../src/format/decimal.ts";
import { sepaKeyAlternation } from "../../../src/format/sepa-fields.ts";
import { ImportError } from "../errors.ts";
import type { StatementBalance } from "../types.ts";
import { startsWith, type TableRead, type TableRow } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { germanDate, preambleRow, readMoney } from "./values.ts";

/** The flag column: "Soll/Haben" at GLS, else headed " " (trimmed to ""). */
const FLAG = ["Soll/Haben", ""];
const PURPOSE = "Vorgang/Verwendungszweck";
const BALANCE_ROW = /^(Anfangssaldo|Endsaldo)$/;
const SVWZ_RE = new RegExp(`\\bSVWZ:\\s*(.*?)(?:\\s+(?:${sepaKeyAlternation(["SVWZ"])}):\\s|$)`);

function signed(amount: string, flag: string, line: number | null): string {
  if (flag === "S") return amount.startsWith("-") ? amount : negate(amount);
  if (flag === "H") return amount;
  throw new ImportError("import.error.bad_field", { line, field: "S/H", value: flag });
}

/** Vorgang on the first line, the purpose in chunks below it; SEPA purposes keep only their SVWZ. */
function splitPurpose(text: string): { type: string | null; purpose: string | null } {
  const [first = "", ...chunks] = text.split("\n");
  const joined = chunks.join("").trim();
  const purpose = SVWZ_RE.exec(joined)?.[1] ?? joined;
  return { type: first.trim() || null, purpose: purpose.replace(/\s+/g, " ") || null };
}

function refine(tx: NormalizedTransaction, row: TableRow): NormalizedTransaction {
  const flag = row.get(FLAG);
  const out = flag === "S";
  const { type, purpose } = splitPurpose(row.get(PURPOSE));
  // The counterparty sits in the receiver column for money out, the orderer column for money in.
  const [near, far] = out ? ["Empfänger/Zahlungspflichtiger", "Auftraggeber/Zahlungsempfänger"] : ["Auftraggeber/Zahlungsempfänger", "Empfänger/Zahlungspflichtiger"];
  return {
    ...tx,
    amount: signed(tx.amount, flag, row.line),
    counterpartyName: (row.get(near) || row.get(far)).replace(/\s+/g, " ") || null,
    transactionType: type,
    description: purpose,
  };
}

/** "Anfangssaldo" / "Endsaldo" rows below the table: the day, the amount and its flag. */
function trailerBalance(read: TableRead, label: string, currency: string): StatementBalance | undefined {
  const row = read.trailer.find((cells) => cells.some((c) => c === label));
  if (!row) return undefined;
  const amountAt = read.headers.indexOf("Umsatz");
  const flagAt = read.headers.findIndex((h) => FLAG.includes(h));
  const money = readMoney(row[amountAt] ?? "", ",");
  const date = germanDate(row[0] ?? "");
  if (!money || !date) throw new ImportError("import.error.bad_field", { field: label, value: row.join(";") });
  return { amount: signed(money.amount, row[flagAt] ?? "", null), currency: money.currency ?? currency, date };
}

export const volksbankUmsatzanzeige = tableProfile({
  id: "volksbank-umsatzanzeige",
  bank: "Volksbank",
  layout: {
    isHeader: startsWith("Buchungstag", "Valuta", "Auftraggeber/Zahlungsempfänger", "Empfänger/Zahlungspflichtiger"),
    dateFormat: "DD.MM.YYYY",
    decimal: ",",
    columns: { date: "Buchungstag", valueDate: "Valuta", amount: "Umsatz", currency: "Währung", iban: "IBAN" },
    // The label sits under "Vorgang/Verwendungszweck" or "Kundenreferenz", depending on the bank.
    isTrailer: (cells) => cells.some((c) => BALANCE_ROW.test(c)),
    refine,
  },
  describe(read, currency) {
    const blz = preambleRow(read.preamble, /^BLZ:$/)?.[1] ?? "";
    const account = preambleRow(read.preamble, /^Konto:$/)?.[1] ?? "";
    const bankName = read.preamble[0]?.[0] ?? "";
    return {
      account: {
        bank: /bank|raiffeisen|sparda|psd|gls/i.test(bankName) ? bankName : "Volksbank",
        // The Umsatzanzeige names the account by number only: no product is made up for it.
        kind: "CHECKING",
        ...(account ? { accountNumber: blz ? `${blz}/${account}` : account } : {}),
      },
      extras: { openingBalance: trailerBalance(read, "Anfangssaldo", currency), closingBalance: trailerBalance(read, "Endsaldo", currency) },
    };
  },
});

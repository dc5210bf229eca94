// ABN AMRO's TXT export (§1.2): no header, eight tab-separated fields. The
// description is either a card text ("BEA ... 05.03.24/12.00 Jumbo Utrecht,PAS123")
// or SEPA slash fields ("/TRTP/.../IBAN/.../NAME/.../REMI/...").
import { tableProfile } from "./table-csv.ts";

const NAMES = ["Rekeningnummer", "Muntsoort", "Transactiedatum", "Beginsaldo", "Eindsaldo", "Rentedatum", "Transactiebedrag", "Omschrijving"];
const SLASH_KEYS = /\/(TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF)\//g;

export const abnAmroProfile = tableProfile({
  id: "abn-amro",
  bank: "ABN AMRO",
  kind: "CHECKING",
  delimiter: "\t",
  headerless: {
    names: NAMES,
    matches: (c) => c.length === 8 && /^\d{6,10}$/.test(c[0]!) && /^[A-Z]{3}$/.test(c[1]!) && /^\d{8}$/.test(c[2]!) && /^\d{8}$/.test(c[5]!),
  },
  decimal: ",",
  dates: ["YYYYMMDD"],
  columns: {
    date: "Transactiedatum",
    valueDate: "Rentedatum",
    currency: "Muntsoort",
    amount: "Transactiebedrag",
    description: ["Omschrijving"],
    balance: "Eindsaldo",
  },
  refine: (tx, row) => {
    // The card text's double spaces mark where the name starts, so read it unflattened.
    const text = row.get("Omschrijving");
    const slash = slashFields(text);
    if (slash) {
      return [{ ...tx, counterpartyName: slash.NAME ?? null, counterpartyIban: slash.IBAN ?? null, description: slash.REMI ?? tx.description, transactionType: slash.TRTP ?? null }];
    }
    const card = /^BEA\b.*?\d{2}\.\d{2}\.\d{2}\/\d{2}[.:]\d{2}\s+(.+?),PAS\d+/.exec(text) ?? /^BEA,[^,]*?\s{2,}(.+?),PAS\d+/.exec(text);
    return [{ ...tx, counterpartyName: card?.[1]?.trim() ?? null, transactionType: card ? "BEA" : null }];
  },
  account: ({ rows }) => ({ accountNumber: rows[0]?.get("Rekeningnummer") }),
});

function slashFields(text: string): Record<string, string> | null {
  const marks = [...text.matchAll(SLASH_KEYS)];
  if (marks.length === 0 || !text.startsWith("/")) return null;
  const out: Record<string, string> = {};
  marks.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    out[m[1]!] = text.slice(start, end).replace(/\/$/, "").trim();
  });
  return out;
}

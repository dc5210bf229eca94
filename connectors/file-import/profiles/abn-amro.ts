// ABN AMRO's TXT export (§1.2): no header, eight tab-separated fields. The
// description is either a card text ("BEA ... 05.03.24/12.00 Jumbo Utrecht,PAS123"; "GEA" for a cash machine)
// or SEPA slash fields ("/TRTP/.../IBAN/.../NAME/.../REMI/...").
import { readCardText, readSlashFields } from "../abn-amro-text.ts";
import { tableProfile } from "./table-csv.ts";

const NAMES = ["Rekeningnummer", "Muntsoort", "Transactiedatum", "Beginsaldo", "Eindsaldo", "Rentedatum", "Transactiebedrag", "Omschrijving"];

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
    const slash = readSlashFields(text);
    if (slash) {
      return [{ ...tx, counterpartyName: slash.NAME ?? null, counterpartyIban: slash.IBAN ?? null, description: slash.REMI ?? tx.description, transactionType: slash.TRTP ?? null }];
    }
    const card = readCardText(text);
    // A cash machine's place is no counterparty: the code says the money came out of a machine.
    if (card?.code === "GEA") return [{ ...tx, counterpartyName: null, transactionType: "GEA" }];
    const name = card?.name ?? null;
    return [{ ...tx, counterpartyName: name, transactionType: name ? "BEA" : null }];
  },
  account: ({ rows }) => ({ accountNumber: rows[0]?.get("Rekeningnummer") }),
});

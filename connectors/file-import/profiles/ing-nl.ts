// ING Netherlands (§1.2): unsigned amounts with "Af"/"Bij" for the
// direction, YYYYMMDD dates, the own IBAN on every row.
import { tableProfile, type TableProfileSpec } from "./table-csv.ts";

const FIRST = ["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)"];

function ing(id: string, delimiter: "," | ";", headers: TableProfileSpec["headers"]): TableProfileSpec {
  return {
    id,
    bank: "ING",
    kind: "CHECKING",
    delimiter,
    headers,
    decimal: ",",
    dates: ["YYYYMMDD"],
    currency: "EUR",
    columns: {
      date: "Datum",
      payee: "Naam / Omschrijving",
      iban: "Tegenrekening",
      type: /^Mutatie[sS]oort$/,
      amount: "Bedrag (EUR)",
      direction: { column: "Af Bij", out: ["Af"] },
      description: ["Mededelingen"],
      balance: "Saldo na mutatie",
    },
    account: ({ rows }) => {
      const own = rows.find((r) => r.get("Rekening") !== "")?.get("Rekening");
      return own ? { iban: own } : {};
    },
  };
}

export const ingNlProfile = tableProfile(
  ing("ing-nl", ";", [[...FIRST, "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag"]]),
);
export const ingNlOldProfile = tableProfile(ing("ing-nl-2018", ",", [[...FIRST, "MutatieSoort", "Mededelingen"]]));

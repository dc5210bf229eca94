// bunq (§1.2): fully quoted, comma-decimal amounts, ISO dates, in four
// headers over the years: Dutch and English with commas, later English with
// semicolons and an interest date.
import { tableProfile, type TableColumns, type TableProfileSpec } from "./table-csv.ts";

const EN: TableColumns = {
  date: /^(?:Date|Datum)$/,
  valueDate: "Interest Date",
  amount: /^(?:Amount|Bedrag)$/,
  iban: /^(?:Counterparty|Tegenrekening)$/,
  payee: /^(?:Name|Naam)$/,
  description: [/^(?:Description|Omschrijving)$/],
};

function bunq(id: string, delimiter: "," | ";", headers: TableProfileSpec["headers"]): TableProfileSpec {
  return {
    id,
    bank: "bunq",
    kind: "CHECKING",
    delimiter,
    headers,
    decimal: ",",
    dates: ["YYYY-MM-DD"],
    currency: "EUR",
    columns: EN,
    account: ({ rows }) => {
      const own = rows.find((r) => r.get(/^(?:Account|Rekening)$/) !== "")?.get(/^(?:Account|Rekening)$/).replace(/\s/g, "");
      return own ? { iban: own } : {};
    },
  };
}

export const bunqCommaProfile = tableProfile(
  bunq("bunq-2019", ",", [
    ["Datum", "Bedrag", "Rekening", "Tegenrekening", "Naam", "Omschrijving"],
    ["Date", "Amount", "Account", "Counterparty", "Name", "Description"],
  ]),
);
export const bunqProfile = tableProfile(
  bunq("bunq", ";", [
    ["Date", "Interest Date", "Amount", "Counterparty", "Name", "Description"],
    ["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description"],
  ]),
);

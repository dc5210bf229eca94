// Starling (§1.3): the account currency is in the amount column's header.
import { tableProfile } from "./table-csv.ts";

const AMOUNT = /^Amount \(([A-Z]{3})\)$/;
const COLUMNS = ["Date", "Counter Party", "Reference", "Type", AMOUNT, /^Balance \([A-Z]{3}\)$/, "Spending Category"];

export const starlingProfile = tableProfile({
  id: "starling",
  bank: "Starling",
  kind: "CHECKING",
  delimiter: ",",
  headers: [COLUMNS, [...COLUMNS, "Notes"]],
  decimal: ".",
  dates: ["DD/MM/YYYY"],
  currency: (header) => header.map((h) => AMOUNT.exec(h)?.[1]).find(Boolean),
  columns: {
    date: "Date",
    payee: "Counter Party",
    description: ["Reference"],
    type: "Type",
    amount: AMOUNT,
    balance: /^Balance \([A-Z]{3}\)$/,
    category: "Spending Category",
  },
});

// Citi card (§1.4): "Debit" holds purchases as positive numbers and "Credit"
// payments as negative ones, both from the card's side; pending rows say so.
import { tableProfile } from "./table-csv.ts";

const COLUMNS = ["Status", "Date", "Description", "Debit", "Credit"];

export const citiProfile = tableProfile({
  id: "citi",
  bank: "Citi",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [COLUMNS, [...COLUMNS, "Member Name"]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: {
    date: "Date",
    description: ["Description"],
    split: { debit: "Debit", credit: "Credit", mode: "card" },
    status: { column: "Status", pending: ["PENDING"], skip: [] },
  },
});

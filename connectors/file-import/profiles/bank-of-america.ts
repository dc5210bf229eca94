// Bank of America (§1.4). Checking: a summary block, then the table, whose
// first row is a "Beginning balance" line and no transaction. Card: payee
// and reference columns, purchases negative.
import { tableProfile } from "./table-csv.ts";

const BEGINNING = /^Beginning balance as of /;

export const bofaCheckingProfile = tableProfile({
  id: "bofa-checking",
  bank: "Bank of America",
  kind: "CHECKING",
  delimiter: ",",
  preamble: /^Description,,Summary Amt\./m,
  headers: [["Date", "Description", "Amount", "Running Bal."]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: { date: "Date", description: ["Description"], amount: "Amount", balance: "Running Bal." },
  skipRow: (row) => BEGINNING.test(row.get("Description")) && row.get("Amount") === "",
});

export const bofaCardProfile = tableProfile({
  id: "bofa-card",
  bank: "Bank of America",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [["Posted Date", "Reference Number", "Payee", "Address", "Amount"]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: { date: "Posted Date", id: "Reference Number", payee: "Payee", description: ["Payee"], amount: "Amount" },
});

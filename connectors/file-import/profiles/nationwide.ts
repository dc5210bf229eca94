// Nationwide (§1.3): an account block above the table, "03 Jun 2026" dates,
// and unsigned "£1,234.56" amounts split into paid out and paid in.
import { tableProfile } from "./table-csv.ts";

export const nationwideProfile = tableProfile({
  id: "nationwide",
  bank: "Nationwide",
  kind: "CHECKING",
  delimiter: ",",
  preamble: /^"?Account Name:"?,/m,
  headers: [["Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"]],
  decimal: ".",
  dates: ["DD Mon YYYY"],
  currency: "GBP",
  columns: {
    date: "Date",
    type: "Transaction type",
    description: ["Description"],
    split: { debit: "Paid out", credit: "Paid in", mode: "magnitudes" },
    balance: "Balance",
  },
  account: ({ preamble }) => {
    // "FlexAccount ****12345": the product and the number as the bank masks it.
    const name = preamble.find((cells) => cells[0] === "Account Name:")?.[1] ?? "";
    const m = /^(.*?)\s*(\*+\d+)$/.exec(name);
    return m ? { product: m[1] || undefined, accountNumber: m[2] } : {};
  },
});

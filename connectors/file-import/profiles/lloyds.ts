// Lloyds, Halifax and Bank of Scotland share one export (§1.3): unsigned
// debit and credit columns, sort code and account number on every row.
import { tableProfile } from "./table-csv.ts";

export const lloydsProfile = tableProfile({
  id: "lloyds",
  bank: "Lloyds/Halifax",
  kind: "CHECKING",
  delimiter: ",",
  headers: [["Transaction Date", "Transaction Type", "Sort Code", "Account Number", "Transaction Description", "Debit Amount", "Credit Amount", "Balance"]],
  decimal: ".",
  dates: ["DD/MM/YYYY"],
  currency: "GBP",
  columns: {
    date: "Transaction Date",
    type: "Transaction Type",
    description: ["Transaction Description"],
    split: { debit: "Debit Amount", credit: "Credit Amount", mode: "magnitudes" },
    balance: "Balance",
  },
  account: ({ rows }) => {
    const row = rows[0];
    const sortCode = row?.get("Sort Code").replace(/^'/, "") ?? "";
    const number = row?.get("Account Number") ?? "";
    return number ? { accountNumber: [sortCode, number].filter(Boolean).join(" ") } : {};
  },
});

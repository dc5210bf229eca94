// Monzo (§1.3): signed GBP amounts, the merchant's own currency beside them,
// Monzo's category, and a running balance in the 20-column form.
import { tableProfile } from "./table-csv.ts";

const COLUMNS = [
  "Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount", "Currency", "Local amount", "Local currency",
  "Notes and #tags", "Address", "Receipt", "Description", "Category split", "Money Out", "Money In",
];

export const monzoProfile = tableProfile({
  id: "monzo",
  bank: "Monzo",
  kind: "CHECKING",
  delimiter: ",",
  headers: [[...COLUMNS, "Balance", "Balance currency"], COLUMNS],
  decimal: ".",
  dates: ["DD/MM/YYYY"],
  columns: {
    id: "Transaction ID",
    date: "Date",
    type: "Type",
    payee: "Name",
    category: "Category",
    // "Money Out" is negative in real files and positive in some others: the sign comes from Amount.
    amount: "Amount",
    currency: "Currency",
    originalAmount: "Local amount",
    originalCurrency: "Local currency",
    // The notes follow the bank's text: Monzo writes "Standing order" there for a standing order typed "Faster payment".
    description: ["Description", "Notes and #tags"],
    balance: "Balance",
  },
});

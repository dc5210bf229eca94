// Chase (§1.4). Checking: signed amounts, rows end with an extra comma, and a
// pending row has no balance yet. Card: purchases already negative ("Sale"),
// payments positive ("Payment"), Chase's category on every row.
import { tableProfile } from "./table-csv.ts";

export const chaseCheckingProfile = tableProfile({
  id: "chase-checking",
  bank: "Chase",
  kind: "CHECKING",
  delimiter: ",",
  headers: [["Details", "Posting Date", "Description", "Amount", "Type", "Balance", "Check or Slip #"]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: { date: "Posting Date", description: ["Description"], amount: "Amount", type: "Type", balance: "Balance" },
  refine: (tx, row) => [row.get("Balance") === "" ? { ...tx, status: "pending" } : tx],
});

export const chaseCardProfile = tableProfile({
  id: "chase-card",
  bank: "Chase",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: {
    date: "Transaction Date",
    valueDate: "Post Date",
    description: ["Description", "Memo"],
    category: "Category",
    type: "Type",
    amount: "Amount",
  },
});

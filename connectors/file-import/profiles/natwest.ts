// NatWest, RBS and Ulster Bank (§1.3): descriptions start with an
// apostrophe (Excel protection) and hold " , "-separated parts.
import { tableProfile } from "./table-csv.ts";

export const natwestProfile = tableProfile({
  id: "natwest",
  bank: "NatWest",
  kind: "CHECKING",
  delimiter: ",",
  headers: [["Date", "Type", "Description", "Value", "Balance", "Account Name", "Account Number"]],
  decimal: ".",
  dates: ["DD/MM/YYYY", "DD Mon YYYY"],
  currency: "GBP",
  columns: { date: "Date", type: "Type", description: ["Description"], amount: "Value", balance: "Balance" },
  refine: (tx) => [{ ...tx, description: tx.description?.replace(/^'/, "") ?? null }],
  account: ({ rows }) => {
    const row = rows[0];
    const number = row?.get("Account Number").replace(/^'/, "") ?? "";
    return { product: row?.get("Account Name").replace(/^'/, "") || undefined, ...(number ? { accountNumber: number } : {}) };
  },
});

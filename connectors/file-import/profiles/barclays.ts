// Barclays current account (§1.3): the memo is padded text ending in a
// three-letter code; the account column holds sort code and number.
import { tableProfile } from "./table-csv.ts";

export const barclaysProfile = tableProfile({
  id: "barclays",
  bank: "Barclays",
  kind: "CHECKING",
  delimiter: ",",
  headers: [["Number", "Date", "Account", "Amount", "Subcategory", "Memo"]],
  decimal: ".",
  dates: ["DD/MM/YYYY"],
  currency: "GBP",
  columns: { id: "Number", date: "Date", amount: "Amount", type: "Subcategory", description: ["Memo"] },
  account: ({ rows }) => {
    const account = rows.find((r) => r.get("Account") !== "")?.get("Account");
    return account ? { accountNumber: account.replace(/\s+/g, " ") } : {};
  },
});

// Lloyds, Halifax and Bank of Scotland share one export (§1.3): unsigned
// debit and credit columns, sort code and account number on every row.
import { tableProfile } from "./table-csv.ts";

// The three banks share the export; the sort code's first two digits tell them
// apart (Lloyds 30- and 77-, Halifax 11-, Bank of Scotland 12- and 80-).
const BANK_BY_SORT_CODE: Record<string, string> = { "30": "Lloyds", "77": "Lloyds", "11": "Halifax", "12": "Bank of Scotland", "80": "Bank of Scotland" };

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
    const bank = BANK_BY_SORT_CODE[sortCode.slice(0, 2)];
    return { ...(bank ? { bank } : {}), ...(number ? { accountNumber: [sortCode, number].filter(Boolean).join(" ") } : {}) };
  },
});

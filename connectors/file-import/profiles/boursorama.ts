// Boursorama / BoursoBank (§1.2): space-grouped comma amounts, the balance
// with a dot, ISO dates in newer files and DD/MM/YYYY in older ones, and
// columns that older files lack.
import { tableProfile } from "./table-csv.ts";

const HEAD = ["dateOp", "dateVal", "label", "category", "categoryParent"];
const TAIL = ["accountNum", "accountLabel", "accountbalance"];

export const boursoramaProfile = tableProfile({
  id: "boursorama",
  bank: "Boursorama",
  kind: "CHECKING",
  delimiter: ";",
  headers: [
    [...HEAD, "supplierFound", "amount", "comment", ...TAIL],
    [...HEAD, "amount", "comment", ...TAIL],
    [...HEAD, "supplierFound", "amount", ...TAIL],
    [...HEAD, "amount", ...TAIL],
  ],
  decimal: ",",
  balanceDecimal: ".",
  dates: ["YYYY-MM-DD", "DD/MM/YYYY"],
  currency: "EUR",
  columns: {
    date: "dateOp",
    valueDate: "dateVal",
    description: ["label", "comment"],
    category: "category",
    payee: "supplierFound",
    amount: "amount",
    balance: "accountbalance",
  },
  account: ({ rows }) => ({ accountNumber: rows[0]?.get("accountNum") || undefined, product: rows[0]?.get("accountLabel") || undefined }),
});

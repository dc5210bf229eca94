// Discover card (§1.4): purchases are positive, so every amount turns round.
import { tableProfile } from "./table-csv.ts";

export const discoverProfile = tableProfile({
  id: "discover",
  bank: "Discover",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [["Trans. Date", "Post Date", "Description", "Amount", "Category"]],
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: { date: "Trans. Date", valueDate: "Post Date", description: ["Description"], amount: "Amount", purchasesPositive: true, category: "Category" },
});

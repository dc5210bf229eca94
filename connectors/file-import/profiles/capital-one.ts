// Capital One credit card (§1.4): ISO dates, unsigned Debit/Credit columns.
import { maskCardNumber } from "../card-mask.ts";
import { tableProfile } from "./table-csv.ts";

export const capitalOneProfile = tableProfile({
  id: "capital-one",
  bank: "Capital One",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [["Transaction Date", "Posted Date", "Card No.", "Description", "Category", "Debit", "Credit"]],
  decimal: ".",
  dates: ["YYYY-MM-DD"],
  currency: "USD",
  columns: {
    date: "Transaction Date",
    valueDate: "Posted Date",
    description: ["Description"],
    category: "Category",
    split: { debit: "Debit", credit: "Credit", mode: "magnitudes" },
  },
  account: ({ rows }) => {
    const card = maskCardNumber(rows.find((r) => r.get("Card No.") !== "")?.get("Card No.") ?? "");
    return card ? { cardNumber: card } : {};
  },
});

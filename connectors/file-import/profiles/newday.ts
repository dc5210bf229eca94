// NewDay's card exports (John Lewis Partnership Card and the other NewDay
// cards, §1.3): UTF-8 with BOM, "Date Processed,Description,Amount,", dates
// like "12-Dec-2019", spend positive with "£" and quoted thousands. Pending
// rows write "Pending" where the date goes; they are dated by the latest day
// in the file (the export names no date of its own) and the preview says so.
// Descriptions are fixed-width: merchant, town and country in columns.
// The header ends in a comma: a fourth, unnamed column that payments and
// refunds fill with "CR", their amount written "+ £1,100.00" (bank2ynab's
// fixture); older files sign them "-£500.00" instead. Both are money in.
import { tableProfile } from "./table-csv.ts";

export const newdayProfile = tableProfile({
  id: "newday",
  bank: "NewDay",
  kind: "CREDIT_CARD",
  delimiter: ",",
  headers: [["Date Processed", "Description", "Amount"]],
  decimal: ".",
  dates: ["DD Mon YYYY"],
  currency: "GBP",
  columns: {
    date: "Date Processed",
    undatedPending: ["Pending"],
    amount: "Amount",
    purchasesPositive: true,
    creditMarks: { column: "", values: ["CR"] },
    description: ["Description"],
  },
  refine: (tx, row) => {
    const [merchant = "", ...place] = row.get("Description").split(/\s{2,}/);
    return [place.length > 0 && merchant ? { ...tx, counterpartyName: merchant } : tx];
  },
});

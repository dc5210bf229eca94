// NewDay's card exports (John Lewis Partnership Card and the other NewDay
// cards, §1.3): UTF-8 with BOM, "Date Processed,Description,Amount,", dates
// like "12-Dec-2019", spend positive with "£" and quoted thousands. Pending
// rows write "Pending" where the date goes; they are dated by the latest day
// in the file (the export names no date of its own) and the preview says so.
// Descriptions are fixed-width: merchant, town and country in columns.
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
  columns: { date: "Date Processed", undatedPending: ["Pending"], amount: "Amount", purchasesPositive: true, description: ["Description"] },
  refine: (tx, row) => {
    const [merchant = "", ...place] = row.get("Description").split(/\s{2,}/);
    return [place.length > 0 && merchant ? { ...tx, counterpartyName: merchant } : tx];
  },
});

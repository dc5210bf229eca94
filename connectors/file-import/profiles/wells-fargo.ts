// Wells Fargo checking (§1.4): no header, five quoted columns, the third a
// literal "*". Dates may lack zero padding.
import { tableProfile } from "./table-csv.ts";
import { readTableDate } from "./table-dates.ts";

export const wellsFargoProfile = tableProfile({
  id: "wells-fargo",
  bank: "Wells Fargo",
  kind: "CHECKING",
  delimiter: ",",
  headerless: {
    names: ["Date", "Amount", "Status", "Check Number", "Description"],
    matches: (cells) =>
      cells.length === 5 && cells[2] === "*" && readTableDate(cells[0]!, "MM/DD/YYYY") !== null && /^-?\d+\.\d{2}$/.test(cells[1]!),
  },
  decimal: ".",
  dates: ["MM/DD/YYYY"],
  currency: "USD",
  columns: { date: "Date", amount: "Amount", description: ["Description"] },
});

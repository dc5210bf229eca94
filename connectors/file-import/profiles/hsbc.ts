// HSBC UK (§1.3): no header, three columns "DD/MM/YYYY,Description,Amount",
// signed amounts with comma thousands (quoted then), descriptions padded and
// led by HSBC's payment codes: ")))" contactless, VIS, DD, SO, BP, CR, ATM.
// Three columns of date, text and amount are what many banks write, so the
// codes decide: a file whose descriptions mostly lack them is no HSBC file
// and goes to the generic reader, which asks.
import { tableProfile } from "./table-csv.ts";

const DATE_RE = /^\d{2}\/\d{2}\/\d{4}$/;
// Whether "£" is written is unsettled (bank-formats.md open question 4); both are read.
const AMOUNT_RE = /^-?£?-?\d{1,3}(?:,\d{3})*\.\d{2}$/;
const CODE_RE = /^(\)\)\)|VIS|DD|SO|BP|CR|ATM)(?:\s+|$)/;

const isRow = (cells: readonly string[]) => cells.length === 3 && DATE_RE.test(cells[0]!) && AMOUNT_RE.test(cells[2]!);

export const hsbcProfile = tableProfile({
  id: "hsbc",
  bank: "HSBC",
  kind: "CHECKING",
  delimiter: ",",
  headerless: {
    names: ["Date", "Description", "Amount"],
    matches: isRow,
    confirm: (rows) => rows.every(isRow) && rows.filter((r) => CODE_RE.test(r[1]!)).length * 2 >= rows.length,
  },
  decimal: ".",
  dates: ["DD/MM/YYYY"],
  currency: "GBP",
  columns: { date: "Date", amount: "Amount", description: ["Description"] },
  refine: (tx, row) => {
    const m = CODE_RE.exec(row.get("Description"));
    if (!m) return [tx];
    const rest = row.get("Description").slice(m[0].length).replace(/\s+/g, " ").trim();
    return [{ ...tx, transactionType: m[1]!, counterpartyName: rest || null }];
  },
});

// Six months of one UK person's money across a Monzo current account, an
// American Express card and a Barclays account used for savings, written as
// the banks' own exports (../shared/bank-formats.md §1.3: Monzo 20-column
// export, Amex UK full export with charges positive and the payment negative,
// Barclays "Number,Date,Account,Amount,Subcategory,Memo" with its suffix
// codes). The same logical events yield the expected answers.
//
// Held out: written from the format reference, no parser or rule was tuned on it.

import { between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "monzo" | "amex" | "barclays";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD
  pence: number; // integer minor units, negative = money out of the person's pocket
  merchant: string | null;
  category: string;
  transfer: boolean;
}

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const gbp = (pence: number) => `${pence < 0 ? "-" : ""}${Math.floor(Math.abs(pence) / 100)}.${pad(Math.abs(pence) % 100)}`;
const MONTH = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];


export const MONTHS = [
  { y: 2026, m: 6 },
  { y: 2026, m: 7 },
  { y: 2026, m: 8 },
  { y: 2026, m: 9 },
  { y: 2026, m: 10 },
  { y: 2026, m: 11 },
];
export const LAST_DAY = "2026-11-27";

interface Row {
  event: Event;
  cells: string[];
}

export function buildRows(): { monzo: Row[]; amex: Row[]; barclays: Row[] } {
  const r = prng(4411);
  const monzo: Row[] = [];
  const amex: Row[] = [];
  const barclays: Row[] = [];
  let txn = 0;
  const monzoRow = (date: string, type: string, name: string, category: string, pence: number, description: string, ev: Omit<Event, "acct" | "date" | "pence">) => {
    txn += 1;
    const id = `tx_0000${String(txn).padStart(18, "A")}`;
    monzo.push({
      event: { acct: "monzo", date, pence, ...ev },
      cells: [id, dmy(date), `${pad(8 + (txn % 10))}:${pad(txn % 60)}:00`, type, name, "", category, gbp(pence), "GBP", gbp(pence), "GBP", "", "", "", description, "", pence < 0 ? gbp(pence) : "", pence > 0 ? gbp(pence) : "", "", "GBP"],
    });
  };
  let ref = 0;
  const amexRow = (date: string, description: string, pence: number, category: string, ev: Omit<Event, "acct" | "date" | "pence">) => {
    ref += 1;
    // Amex writes charges positive and payments negative: the person's view is the opposite sign.
    amex.push({
      event: { acct: "amex", date, pence, ...ev },
      cells: [dmy(date), description, "MR A SURNAME", "-71002", gbp(-pence), `"${description.split("  ")[0]}"`, `"${description}"`, "", "LONDON", "", "UNITED KINGDOM", `'3202${String(ref).padStart(11, "0")}'`, category],
    });
  };
  let amexOwed = 0;
  for (const { y, m } of MONTHS) {
    const day = (d: number) => iso(y, m, d);
    const past = (date: string) => date <= LAST_DAY;
    // Monzo: salary, rent, Tesco, TfL, Amex direct debit, savings to Barclays.
    monzoRow(day(1), "Faster payment", "Harbour Lettings", "Bills", -135_000, "RENT FLAT 2", { merchant: "Harbour Lettings", category: "rent", transfer: false });
    for (const d of [4, 16]) {
      const pence = -between(r, 1_800, 6_500);
      monzoRow(day(d), "Card payment", "Tesco", "Groceries", pence, `TESCO STORES ${3000 + d}       LONDON        GBR`, { merchant: "Tesco", category: "groceries", transfer: false });
    }
    const tfl = -between(r, 2_000, 4_000);
    monzoRow(day(10), "Card payment", "TfL Travel Charge", "Transport", tfl, "TFL TRAVEL CH           TFL.GOV.UK/CP GBR", { merchant: "TfL", category: "transport", transfer: false });
    monzoRow(day(3), "Faster payment", "A SURNAME", "Transfers", -30_000, "SAVINGS", { merchant: null, category: "savings", transfer: true });
    barclays.push({
      event: { acct: "barclays", date: day(3), pence: 30_000, merchant: null, category: "savings", transfer: true },
      cells: ["", dmy(day(3)), "20-00-00 12345678", gbp(30_000), "Counter Credit", "A SURNAME SAVINGS        BGC"],
    });
    if (amexOwed > 0) {
      monzoRow(day(7), "Direct Debit", "American Express", "Bills", -amexOwed, "AMERICAN EXPRESS", { merchant: null, category: "transfers", transfer: true });
      amexRow(day(7), "PAYMENT RECEIVED - THANK YOU", amexOwed, "", { merchant: null, category: "transfers", transfer: true });
    }
    const salaryDay = day(25);
    if (past(salaryDay)) monzoRow(salaryDay, "Bacs (Direct Credit)", "HEXWOOD SYSTEMS LTD", "Income", 310_000, "HEXWOOD SYSTEMS LTD SALARY", { merchant: "Hexwood Systems", category: "salary", transfer: false });
    // Amex: Sainsbury's, Pret, Amazon, Deliveroo.
    let owed = 0;
    const charge = (d: number, description: string, lo: number, hi: number, merchant: string, category: string, amexCategory: string) => {
      const date = day(d);
      if (!past(date)) return;
      const pence = -between(r, lo, hi);
      owed += -pence;
      amexRow(date, description, pence, amexCategory, { merchant, category, transfer: false });
    };
    charge(6, "SAINSBURYS S/MKT        LONDON", 2_500, 8_000, "Sainsbury's", "groceries", "General Purchases-Groceries");
    charge(13, "PRET A MANGER          LONDON", 450, 1_200, "Pret A Manger", "restaurants", "Entertainment-Restaurants");
    charge(18, `AMAZON.CO.UK*${MONTH[m - 1]}${pad(m)}AB1 AMAZON.CO.UK`, 1_000, 6_000, "Amazon", "shopping", "General Purchases-Online Purchases");
    charge(22, "DELIVEROO              LONDON", 1_500, 3_500, "Deliveroo", "restaurants", "Entertainment-Restaurants");
    amexOwed = owed;
  }
  const byDateDesc = (a: Row, b: Row) => (a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0);
  return { monzo: monzo.sort(byDateDesc), amex: amex.sort(byDateDesc), barclays: barclays.sort(byDateDesc) };
}

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) && !/^".*"$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");

export function monzoCsv(rows: Row[]): Buffer {
  const header = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In,Balance,Balance currency";
  return Buffer.from([header, ...rows.map((r) => csvLine(r.cells))].join("\n") + "\n", "utf8");
}

export function amexCsv(rows: Row[]): Buffer {
  const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category";
  return Buffer.from([header, ...rows.map((r) => r.cells.join(","))].join("\r\n") + "\r\n", "utf8");
}

export function barclaysCsv(rows: Row[]): Buffer {
  return Buffer.from(["Number,Date,Account,Amount,Subcategory,Memo", ...rows.map((r) => r.cells.join(","))].join("\n") + "\n", "utf8");
}

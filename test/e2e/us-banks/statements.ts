// Five months of one US person's money: Chase checking, a Chase credit card
// and a Citi card, written as the banks' own exports
// (../shared/bank-formats.md §1.4: Chase checking with its trailing comma and
// no balance on pending rows, Chase card with purchases negative, payments
// positive and returns, Citi with Status, Debit positive and Credit negative).
// Both cards are paid from checking. Held out: no rule was tuned on it.

import { between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "checking" | "chaseCard" | "citi";

export interface Event {
  acct: Acct;
  date: string;
  cents: number; // negative = money out of the person's pocket
  merchant: string | null;
  category: string;
  transfer: boolean;
  pending?: boolean;
}

const mdy = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
const usd = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;


export const LAST_DAY = "2026-11-27";
const MONTHS = [7, 8, 9, 10, 11].map((m) => ({ y: 2026, m }));

export interface Files {
  checking: { event: Event; line: string }[];
  chaseCard: { event: Event; line: string }[];
  citi: { event: Event; line: string }[];
}

export function buildFiles(): Files {
  const r = prng(1776);
  const files: Files = { checking: [], chaseCard: [], citi: [] };
  let balance = 420_000;
  const checking = (date: string, description: string, cents: number, type: string, ev: Omit<Event, "acct" | "date" | "cents">, pending = false) => {
    balance += cents;
    files.checking.push({
      event: { acct: "checking", date, cents, ...ev, ...(pending ? { pending } : {}) },
      line: `${cents < 0 ? "DEBIT" : "CREDIT"},${mdy(date)},"${description}",${usd(cents)},${type},${pending ? "" : usd(balance)},,`,
    });
  };
  const card = (date: string, description: string, cents: number, category: string, type: string, ev: Omit<Event, "acct" | "date" | "cents">) =>
    files.chaseCard.push({
      event: { acct: "chaseCard", date, cents, ...ev },
      line: `${mdy(date)},${mdy(date)},${description},${category},${type},${usd(cents)},`,
    });
  const citi = (date: string, description: string, cents: number, ev: Omit<Event, "acct" | "date" | "cents">, pending = false) =>
    files.citi.push({
      event: { acct: "citi", date, cents, ...ev, ...(pending ? { pending } : {}) },
      // Citi: a purchase is a positive Debit, a payment a negative Credit.
      line: `${pending ? "Pending" : "Cleared"},${mdy(date)},"${description}",${cents < 0 ? usd(-cents) : ""},${cents > 0 ? usd(-cents) : ""}`,
    });

  let chaseOwed = 0;
  let citiOwed = 0;
  for (const { y, m } of MONTHS) {
    const day = (d: number) => iso(y, m, d);
    const past = (date: string) => date <= LAST_DAY;
    checking(day(1), `ZELLE PAYMENT TO OAKWOOD APARTMENTS JPM99A${m}B`, -180_000, "QUICKPAY_DEBIT", { merchant: "Oakwood Apartments", category: "rent", transfer: false });
    const power = -between(r, 6_000, 11_000);
    checking(day(6), `ORIG CO NAME:CON ED OF NY      CO ENTRY DESCR:CECONY    SEC:WEB IND ID:0000${m}`, power, "ACH_DEBIT", { merchant: "Con Edison", category: "utilities", transfer: false });
    if (chaseOwed > 0) {
      checking(day(8), `Payment to Chase card ending in 5678 ${mdy(day(8)).slice(0, 5)}`, -chaseOwed, "LOAN_PMT", { merchant: null, category: "transfers", transfer: true });
      card(day(8), "Payment Thank You-Mobile", chaseOwed, "", "Payment", { merchant: null, category: "transfers", transfer: true });
    }
    if (citiOwed > 0) {
      checking(day(9), "CITI AUTOPAY     PAYMENT    PPD ID: 2020000001", -citiOwed, "ACH_DEBIT", { merchant: null, category: "transfers", transfer: true });
      citi(day(9), "AUTOPAY 000000000012345RAUTOPAY AUTO-PMT", citiOwed, { merchant: null, category: "transfers", transfer: true });
    }
    for (const d of [15, 30]) {
      const pay = day(Math.min(d, m === 2 ? 28 : 30));
      if (past(pay)) checking(pay, "ACME CORP PAYROLL PPD ID: 1234", 265_000, "ACH_CREDIT", { merchant: "ACME Corp", category: "salary", transfer: false });
    }
    const tj = day(12);
    if (past(tj)) checking(tj, "TRADER JOE'S #552 BROOKLYN NY", -between(r, 3_000, 9_000), "DEBIT_CARD", { merchant: "Trader Joe's", category: "groceries", transfer: false });
    // Chase card: coffee, Amazon (one return), Whole Foods.
    let chase = 0;
    const sale = (d: number, description: string, lo: number, hi: number, merchant: string, category: string, chaseCategory: string) => {
      const date = day(d);
      if (!past(date)) return;
      const cents = -between(r, lo, hi);
      chase += -cents;
      card(date, description, cents, chaseCategory, "Sale", { merchant, category, transfer: false });
    };
    sale(3, "SQ *BLUE BOTTLE COFFEE 0123", 450, 900, "Blue Bottle Coffee", "restaurants", "Food & Drink");
    sale(11, "AMAZON MKTPL*BD4XZ9GI" + m, 1_500, 9_000, "Amazon", "shopping", "Shopping");
    sale(19, "WHOLEFDS BRK 10234", 4_000, 12_000, "Whole Foods", "groceries", "Groceries");
    if (m === 9 && past(day(21))) {
      card(day(21), "AMAZON MKTPL*RETURN0099", 1_299, "Shopping", "Return", { merchant: "Amazon", category: "shopping", transfer: false });
      chase -= 1_299;
    }
    chaseOwed = chase;
    // Citi: gas and a restaurant; the newest one still pending.
    let citiMonth = 0;
    const gas = day(14);
    if (past(gas)) {
      const cents = -between(r, 3_500, 6_500);
      citiMonth += -cents;
      citi(gas, "SHELL OIL 57444444444 BROOKLYN NY", cents, { merchant: "Shell", category: "fuel", transfer: false });
    }
    const dinner = day(26);
    if (past(dinner)) {
      const cents = -between(r, 4_000, 9_000);
      const pending = m === 11;
      if (!pending) citiMonth += -cents;
      citi(dinner, "LUCALI BROOKLYN NY", cents, { merchant: "Lucali", category: "restaurants", transfer: false }, pending);
    }
    citiOwed = citiMonth;
  }
  const newestFirst = <T extends { event: Event }>(xs: T[]) => xs.sort((a, b) => (a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0));
  newestFirst(files.checking);
  newestFirst(files.chaseCard);
  newestFirst(files.citi);
  return files;
}

const utf8 = (lines: string[]) => Buffer.from(lines.join("\n") + "\n", "utf8");
export const checkingCsv = (f: Files) => utf8(["Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #", ...f.checking.map((x) => x.line)]);
export const chaseCardCsv = (f: Files) => utf8(["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", ...f.chaseCard.map((x) => x.line)]);
export const citiCsv = (f: Files) => utf8(["Status,Date,Description,Debit,Credit", ...f.citi.map((x) => x.line)]);

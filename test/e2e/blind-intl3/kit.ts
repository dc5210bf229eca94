// Shared pieces for the blind-intl3 statements: a seeded random source, dates,
// the logical event every file row is written from, and sums over events.
// Amounts are integer minor units (pence, cents) everywhere; no float money.

export interface Ev {
  acct: string;
  date: string; // YYYY-MM-DD, the booking date (pending rows: the purchase date)
  cents: number; // signed from the person's side: money out is negative
  merchant: string | null; // what the person calls it ("Tesco")
  category: string; // this test's own category key
  /** Between the person's own accounts, or a card bill paid from checking: never spending, never income. */
  transfer?: boolean;
  cash?: boolean; // an ATM withdrawal: not spending
  income?: boolean; // salary, payroll, interest
  refund?: boolean; // money back from a merchant: reduces that merchant's spending
  pending?: boolean;
  text: string; // the description as the bank prints it
  type?: string; // the bank's type code, where the format has one
  id?: string; // the bank's transaction id, where the format has one
  counterparty?: string; // the other side's IBAN, where the format has one
  name?: string; // the other side's name, where the format has a column for it
}

/** mulberry32: a small deterministic generator, so every run writes the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** An integer in [lo, hi]. */
export const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
export const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");

export const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** Direct debits and standing orders fall on the next working day. */
export const nextWeekday = (date: string) => (dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date);
/** Pay comes early: a payday on a weekend is paid the Friday before. */
export const prevWeekday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const MONTHS = Array.from({ length: 13 }, (_, i) => ({ y: 2025 + Math.floor((10 + i) / 12), m: ((10 + i) % 12) + 1 })); // 2025-11 … 2026-11
export const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1,234.56" from integer minor units, unsigned. */
export function plain(cents: number, thousands = true): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  return `${thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int}.${pad(abs % 100)}`;
}
/** How Kontor writes money in English: "£1,234.56", "$1,234.56", "€1,234.56" (sign dropped: the tests compare magnitudes). */
export const money = (symbol: string) => (cents: number) => `${symbol}${plain(cents)}`;

export const sum = (rows: Ev[]) => rows.reduce((a, e) => a + e.cents, 0);
export const within = (rows: Ev[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
export const isSpend = (e: Ev) => !e.transfer && !e.cash && !e.income;
/** Spending as a positive figure: purchases less refunds, never transfers, the card bill, cash or income. */
export const spent = (rows: Ev[]) => -sum(rows.filter(isSpend));
export const newestFirst = (rows: Ev[]) => [...rows].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
export const oldestFirst = (rows: Ev[]) => [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

// Shared pieces of the three people's statements: the logical event every
// file row is written from, a seeded random source, the calendar of the
// thirteen months (November 2025 to November 2026) and the expected-figure
// arithmetic, all in integer minor units.

export interface Event {
  acct: string;
  date: string; // YYYY-MM-DD, the date the bank shows for the row
  cents: number; // integer minor units of the account's currency, negative = money out
  merchant: string | null; // what the person calls it ("Flat White Co")
  category: string; // what the person would file it under ("groceries")
  transfer?: boolean; // between the person's own accounts, or a card bill settled
  cash?: boolean; // an ATM withdrawal: not spending (bank-formats.md §4.2, MCC 6011)
  refund?: boolean; // money back from a shop: lowers spending, is not income
  raw: Record<string, string>; // the bank-specific texts of the row
}

export const LAST_BOOKED = "2026-11-27";

/** Mulberry32: the same statements on every run. */
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
/** Banks book on weekdays: Saturday and Sunday move to Monday. */
export const weekday = (date: string) => (dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date);
/** Pay comes early: a payday on a weekend is paid on the Friday before. */
export const payday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** November 2025 to November 2026. */
export function months(): { y: number; m: number; i: number }[] {
  return Array.from({ length: 13 }, (_, i) => ({ y: 2025 + Math.floor((10 + i) / 12), m: ((10 + i) % 12) + 1, i }));
}

export const MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
export const ddmmyyyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
export const mmddyyyy = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;

/** "-12.50", "3412.58": signed, dot decimal, no thousands separator. */
export function dot(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${pad(abs % 100)}`;
}
/** "1,234.56" (unsigned) with thousands commas. */
export function commas(cents: number): string {
  const abs = Math.abs(cents);
  return `${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${pad(abs % 100)}`;
}
/** A bank text of a row; a missing one is a bug in the statement writer. */
export function get(raw: Record<string, string>, key: string): string {
  const v = raw[key];
  if (v === undefined) throw new Error(`row has no ${key}`);
  return v;
}
/** Quotes a CSV field only where it must be. */
export const csv = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Rows in the order a bank lists them: by date, stable within a day. */
export const byDate = (rows: Event[]) => [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** Makes the absolute total of `rows` divisible by `n` by adding cents to the last one, so an average is exact. */
export function makeDivisible(rows: Event[], n: number): void {
  const sum = -rows.reduce((a, e) => a + e.cents, 0);
  const add = (n - (sum % n)) % n;
  const last = rows.at(-1);
  if (!last) throw new Error("no rows to make divisible");
  last.cents -= add;
}

// Expected figures, from the events alone.
export const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
export const inMonth = (rows: Event[], ym: string) => rows.filter((e) => e.date.startsWith(ym));
export const inRange = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
/** Money spent: out-going rows that are neither own transfers nor cash, less refunds. */
export const spending = (rows: Event[]) => -total(rows.filter((e) => !e.transfer && !e.cash && (e.cents < 0 || e.refund)));
/** Money earned: in-coming rows that are neither own transfers nor refunds. */
export const income = (rows: Event[]) => total(rows.filter((e) => e.cents > 0 && !e.transfer && !e.refund));

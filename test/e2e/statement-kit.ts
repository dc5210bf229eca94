// What the generators of the e2e bank statements share: a seeded random
// source (the same file on every run) and date pieces.

/** A small deterministic generator (mulberry32): the file must be the same on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from lo to hi, both included. */
export const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pad = (n: number) => String(n).padStart(2, "0");
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The ISO date `days` after (or before) `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
export const dow = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** Banks book on working days: a Saturday or Sunday moves to the Monday. */
export const weekday = (date: string) => (dow(date) === 6 ? addDays(date, 2) : dow(date) === 0 ? addDays(date, 1) : date);

/** "€1,234.56" as the English chat writes euro amounts, from integer cents. */
export function eur(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `€${int}.${String(abs % 100).padStart(2, "0")}`;
}

/** German IBAN with real check digits (ISO 13616 mod 97) from a bank code and an account number. */
export function germanIban(blz: string, account: string): string {
  const bban = blz + account.padStart(10, "0");
  let rest = 0;
  for (const d of `${bban}131400`) rest = (rest * 10 + Number(d)) % 97;
  return `DE${String(98 - rest).padStart(2, "0")}${bban}`;
}

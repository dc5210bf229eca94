// Expected figures for the expat's questions, from integer cents only, and
// the ways an English reply may write them ("€1,234.56", "£12.40", "$48.25",
// "1,234.56 EUR").
import { CURRENCY, type Currency, type Event } from "./events.ts";

/** The fixed test rates, both directions exact, so a converted total is exact too. */
export const FX_RATES: Record<string, string> = {
  "GBP>EUR": "1.25", "EUR>GBP": "0.8", "USD>EUR": "0.8", "EUR>USD": "1.25", "GBP>USD": "1.5625", "USD>GBP": "0.64",
};
const TO_EUR_PERCENT: Record<Currency, bigint> = { EUR: 100n, GBP: 125n, USD: 80n };

export type Parts = Record<Currency, number>;
export type Figure = [cents: number, currency: Currency];
/** Each option is a set of figures that must all appear; any one option is enough. */
export type Options = Figure[][];

export const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);

export function byCurrency(rows: Event[], sign = -1): Parts {
  const parts: Parts = { EUR: 0, GBP: 0, USD: 0 };
  for (const e of rows) parts[CURRENCY[e.acct]] += sign * e.cents;
  return parts;
}

/** Converted to EUR at the fixed rates and rounded once at the end (half-up or half-even: both are honest). */
export function inEur(parts: Parts): number[] {
  const hundredths = (Object.keys(parts) as Currency[]).reduce((a, c) => a + BigInt(parts[c]) * TO_EUR_PERCENT[c], 0n);
  const neg = hundredths < 0n;
  const abs = neg ? -hundredths : hundredths;
  const floor = abs / 100n;
  const rest = abs % 100n;
  const candidates = rest > 50n ? [floor + 1n] : rest < 50n ? [floor] : [floor, floor + 1n];
  return candidates.map((c) => Number(neg ? -c : c));
}

/** An honest cross-currency answer: one EUR total, converted and rounded once, or each currency's own figure. */
export function crossCurrency(parts: Parts): Options {
  const used = (Object.keys(parts) as Currency[]).filter((c) => parts[c] !== 0);
  const converted = inEur(parts).map((c): Figure[] => [[c, "EUR"]]);
  if (used.length === 1 && used[0] === "EUR") return converted;
  return [...converted, used.map((c): Figure => [parts[c], c])];
}

const SYMBOL: Record<Currency, string> = { EUR: "€", GBP: "£", USD: "$" };
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Matches the absolute amount in its currency, with or without thousands commas, symbol or code on either side. */
export function moneyRe(cents: number, currency: Currency): RegExp {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const num = `${int.replace(/,/g, ",?")}\\.${String(abs % 100).padStart(2, "0")}(?!\\d)`;
  const sym = esc(SYMBOL[currency]);
  const code = currency === "USD" ? "(?:USD|US\\$)" : currency;
  return new RegExp(`(?:${sym}|${code}) ?[-−]?${num}|(?<![\\d.,])${num} ?(?:${sym}|${code})`);
}

export const shows = (reply: string, [cents, currency]: Figure) => moneyRe(cents, currency).test(reply);
export const showsOneOf = (reply: string, options: Options) => options.some((all) => all.every((f) => shows(reply, f)));
export const describeOptions = (options: Options) =>
  options.map((all) => all.map(([c, cur]) => `${SYMBOL[cur]}${(Math.abs(c) / 100).toFixed(2)}`).join(" + ")).join("  |  ");

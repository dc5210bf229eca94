// A file that states no currency, from a card sold in several countries under
// one layout (Amex's full CSV is the same in the UK and in Germany): the
// currency is inferred from where the purchases were made, else taken from the
// person's own, and the preview says which and lets the person change it.
import { COUNTRIES, type Country } from "../../src/analytics/countries.ts";
import type { ParsedStatement, StatementPart } from "./types.ts";

export interface CurrencyGuess {
  currency: string;
  /** "addresses": most rows name a country of this currency; "yours": nothing in the file tells; "chosen": the person picked it. */
  reason: "addresses" | "yours" | "chosen";
  /** ISO code of the country the addresses name (reason "addresses"). */
  country?: string;
  /** Currencies the person is offered instead (the layout's home currency, their own). */
  others: string[];
}

function countryNamed(cell: string): Country | undefined {
  const name = cell.trim().toLowerCase();
  if (name === "") return undefined;
  return COUNTRIES.find((c) => c.code.toLowerCase() === name || c.alpha3.toLowerCase() === name || c.names.some((n) => name === n || name.startsWith(`${n} `)));
}

/**
 * The currency of the country column: the currency most rows naming a known
 * country were bought in, when those rows are more than half of the ones naming
 * any country (a holiday abroad does not outvote home), not counting online shops'
 * billing countries (Luxembourg, Ireland) beside others. `home`, the layout's own
 * currency, also wins a tie at exactly half: a UK card's Amazon.co.uk rows name
 * Luxembourg, where Amazon EU bills from.
 */
// Where online shops bill European cards from (Amazon EU, Apple, Google, Meta): such a row says little about the card.
const BILLING_HUB = /^(?:luxembourg|luxemburg|lux|lu|ireland|irland|irlande|irl|ie)$/i;

export function currencyOfCountries(cells: readonly string[], home?: string): { currency: string; country: string } | null {
  const given = cells.filter((c) => c.trim() !== "");
  const elsewhere = given.filter((c) => !BILLING_HUB.test(c.trim()));
  // Online shops' billing countries count only when the file names no other country.
  const named = elsewhere.some((c) => countryNamed(c)) ? elsewhere : given;
  const byCurrency = new Map<string, Map<string, number>>();
  for (const cell of named) {
    const country = countryNamed(cell);
    if (!country) continue;
    const counts = byCurrency.get(country.currency) ?? new Map<string, number>();
    counts.set(country.code, (counts.get(country.code) ?? 0) + 1);
    byCurrency.set(country.currency, counts);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const best = [...byCurrency.entries()].sort((a, b) => total(b[1]) - total(a[1]) || Number(b[0] === home) - Number(a[0] === home))[0];
  if (!best) return null;
  const half = total(best[1]) * 2 === named.length;
  if (total(best[1]) * 2 < named.length || (half && best[0] !== home)) return null;
  const country = [...best[1].entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { currency: best[0], country };
}

/** The guess for a file: evidence from the addresses, else the person's currency; the other one offered. */
export function guessCurrency(countryCells: readonly string[], layoutCurrency: string, personCurrency: string): CurrencyGuess {
  const found = currencyOfCountries(countryCells, layoutCurrency);
  const currency = found?.currency ?? personCurrency;
  const others = [...new Set([layoutCurrency, personCurrency])].filter((c) => c !== currency);
  return found ? { currency, reason: "addresses", country: found.country, others } : { currency, reason: "yours", others };
}

function restate(part: StatementPart, from: string, to: string): StatementPart {
  if (part.account.currency !== from) return part;
  const balance = <B extends { currency: string }>(b: B | undefined) => (b && b.currency === from ? { ...b, currency: to } : b);
  const opening = balance(part.openingBalance);
  const closing = balance(part.closingBalance);
  return {
    ...part,
    account: { ...part.account, currency: to },
    transactions: part.transactions.map((t) => (t.currency === from ? { ...t, currency: to } : t)),
    ...(opening ? { openingBalance: opening } : {}),
    ...(closing ? { closingBalance: closing } : {}),
  };
}

/**
 * The statement read in the currency the person picked in the preview. Only a
 * currency the guess offered is taken: a file that states its currency keeps it.
 */
export function withFileCurrency(s: ParsedStatement, currency: string): ParsedStatement {
  const guess = s.currencyGuess;
  if (!guess || !guess.others.includes(currency)) return s;
  const from = guess.currency;
  const main = restate(s, from, currency);
  const others = [from, ...guess.others.filter((c) => c !== currency)];
  return { ...s, ...main, otherAccounts: s.otherAccounts.map((p) => restate(p, from, currency)), currencyGuess: { currency, reason: "chosen", others } };
}

// The rows of a country, or of anywhere abroad (countries.ts), as SQL over tx.
// A row is there when its card text names the country or it was bought in that
// country's own currency. Abroad is a purchase in a currency other than the
// account's, or a text naming a country whose money is not the account's (a
// euro account cannot tell Austria from home by its codes; its currency can).
import { ABROAD, COUNTRIES, countryOf, countryTextPattern } from "./countries.ts";
import type { Params } from "./sql-parts.ts";

/** The bank's own texts; `merchant` is Kontor's display name and names no place. */
const textMatches = (pattern: string) => `(regexp_matches(coalesce(description, ''), ${pattern}) OR regexp_matches(coalesce(counterparty, ''), ${pattern}))`;

export function countryCondition(country: string, params: Params): string {
  if (country === ABROAD) {
    const byCurrency = [...new Set(COUNTRIES.map((c) => c.currency))].map((cur) => {
      const there = COUNTRIES.filter((c) => c.currency === cur);
      const pattern = params.add(countryTextPattern(there, { names: false }), "VARCHAR");
      return `(currency <> ${params.add(cur, "VARCHAR")} AND ${textMatches(pattern)})`;
    });
    return `((original_currency IS NOT NULL AND original_currency <> currency) OR ${byCurrency.join(" OR ")})`;
  }
  const c = countryOf(country);
  if (!c) return "FALSE";
  const text = textMatches(params.add(countryTextPattern([c]), "VARCHAR"));
  return c.currency === "EUR" ? text : `(${text} OR original_currency = ${params.add(c.currency, "VARCHAR")})`;
}

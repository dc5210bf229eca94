// Currencies as people say them: the code ("gbp"), the name ("pounds",
// "Dollar", "livres") or the symbol ("£"). Read on folded text. Used where a
// currency narrows the question: the pocket of a bank ("revolut gbp"), the
// rows in that currency ("spent in dollars"), the two sides of an exchange
// ("converted euros to pounds").
import type { Scanner } from "./scanner.ts";

const NAMES: readonly (readonly [string, readonly string[]])[] = [
  // Longer names first: "canadian dollars" is no US dollar.
  ["CAD", ["cad", "canadian dollars?", "c\\$"]],
  ["AUD", ["aud", "australian dollars?", "a\\$"]],
  ["CHF", ["chf", "swiss francs?", "francs? suisses?", "schweizer franken", "franken"]],
  ["EUR", ["eur", "euros?", "€"]],
  ["GBP", ["gbp", "pounds?(?: sterling)?", "sterling", "quid", "pfund", "livres?(?: sterling)?", "£"]],
  ["USD", ["usd", "us dollars?", "dollars?", "bucks", "\\$"]],
  ["JPY", ["jpy", "yen"]],
  ["PLN", ["pln", "zlotys?", "zloty"]],
  ["SEK", ["sek"]],
  ["NOK", ["nok"]],
  ["DKK", ["dkk"]],
  ["CZK", ["czk"]],
  ["HUF", ["huf"]],
];

/** One alternation over every spelling, each captured under its code's group name. */
const ANY = NAMES.map(([code, said]) => `(?<${code}>${said.map((s) => s.replace(/ /g, "\\s+")).join("|")})`).join("|");
// A symbol stands alone; a word must not run on into another ("euros" yes, "eurowings" no).
const BOUNDED = `(?<![\\p{L}\\p{N}])(?:${ANY})(?![\\p{L}\\p{N}])`;

export interface CurrencyHit {
  code: string;
  start: number;
  end: number;
}

function codeOf(m: RegExpExecArray): string | undefined {
  return Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
}

/** Every currency named in the text, in order. */
export function findCurrencies(text: string): CurrencyHit[] {
  const out: CurrencyHit[] = [];
  for (const m of text.matchAll(new RegExp(BOUNDED, "gu"))) {
    const code = codeOf(m);
    if (code) out.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The currency a span of text names as a whole ("pounds", "£"), or undefined. */
export function currencyOf(text: string): string | undefined {
  const m = new RegExp(`^\\s*${BOUNDED}\\s*$`, "u").exec(text);
  return m ? codeOf(m) : undefined;
}

/** A regex source that matches one currency as a whole word, for readers that build phrases around it. */
export const CURRENCY_SOURCE = BOUNDED;

// "in dollars", "auf Pfund", "en livres"; "my dollar spending", "USD expenses".
const IN_CURRENCY = new RegExp(`(?<![\\p{L}\\p{N}])(?:in|im|auf|en)\\s+(?:(?:the|my|der|die)\\s+)?(${BOUNDED})`, "u");
// Read in the whole question: the measure word after the currency may already be taken.
const FLOW_AFTER = /^\s+(?:spending|spend|spent|expenses|purchases|payments|income|ausgaben|einnahmen|transactions|umsatze)\b/;

/**
 * The currency the question keeps to ("how much did I spend in dollars"),
 * consumed; undefined when it names none that way. A currency beside an
 * amount ("over $50") was read with the amount before this runs.
 */
export function takeCurrencyFilter(scan: Scanner): string | undefined {
  const m = IN_CURRENCY.exec(scan.remaining);
  const code = m?.[1] ? currencyOf(m[1]) : undefined;
  if (m && code) {
    scan.consume(m.index, m.index + m[0].length);
    return code;
  }
  const before = findCurrencies(scan.remaining).find((h) => FLOW_AFTER.test(scan.folded.text.slice(h.end)));
  if (!before) return undefined;
  scan.consume(before.start, before.end);
  return before.code;
}

/** A currency named anywhere in what is left of the question, when it names exactly one. */
export function soleCurrency(scan: Scanner): CurrencyHit | undefined {
  const hits = findCurrencies(scan.remaining);
  return hits.length > 0 && hits.every((h) => h.code === hits[0]!.code) ? hits[0] : undefined;
}

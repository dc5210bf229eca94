// "how much euro did I convert to pounds", "EUR to GBP exchanges", "wie viel
// Euro habe ich in Pfund gewechselt": money changed between the person's own
// balances (the topic currency_exchange), from one currency into another. The
// verb alone says nothing ("how did my spending change"): a currency must be
// named beside it. A currency after "to", "into", "for" or "in" is the one
// changed into; another one named is the one changed from, and so is a
// lone currency with no such word ("how many dollars did I exchange").
// "Change" and "swap" mean other things too, so they need both currencies.
import { CURRENCY_SOURCE, currencyOf, findCurrencies } from "./currencies.ts";
import type { Scanner } from "./scanner.ts";

const TRIGGER =
  /(?<![\p{L}\p{N}])(?:convert(?:ed|ing|s)?|exchang(?:e|ed|es|ing)|chang(?:e|ed|ing)|swap(?:ped|s)?|conversions?|fx|umgetauscht|getauscht|gewechselt|umgewechselt|umgerechnet|umtausch|geldwechsel|wahrungsumtausch|converti|convertis|change)(?![\p{L}\p{N}])/u;
const INTO = new RegExp(`(?<![\\p{L}\\p{N}])(?:to|into|for|in|nach|zu|en)\\s+(?:(?:the|my|der|die|des)\\s+)?(${CURRENCY_SOURCE})`, "u");

export interface ExchangeAsked {
  /** Where the words were, for the order of subjects. */
  start: number;
  word: string;
  from?: string;
  to?: string;
}

/** The exchange the question asks about, its words consumed; undefined when it asks about none. */
export function takeExchange(scan: Scanner): ExchangeAsked | undefined {
  const verb = TRIGGER.exec(scan.remaining);
  if (!verb) return undefined;
  const into = INTO.exec(scan.remaining);
  const to = into?.[1] ? currencyOf(into[1]) : undefined;
  const others = findCurrencies(scan.remaining).filter((h) => !into || h.start < into.index || h.start >= into.index + into[0].length);
  const from = others.find((h) => h.code !== to);
  if (!to && !from) return undefined;
  // "change" and "swap" say other things too ("how did my spending change in dollars"): only from one named currency into another.
  if (/^(?:chang|swap)/.test(verb[0]) && !(to && from)) return undefined;
  const word = scan.originalSlice(verb.index, verb.index + verb[0].length);
  scan.consume(verb.index, verb.index + verb[0].length);
  if (into && to) scan.consume(into.index, into.index + into[0].length);
  for (const h of others) scan.consume(h.start, h.end);
  return { start: verb.index, word, ...(from ? { from: from.code } : {}), ...(to ? { to } : {}) };
}

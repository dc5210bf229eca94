// Finds where the money was spent (../countries.ts): "in der Schweiz", "in
// France", "en Espagne", "abroad", "im Ausland". A country needs its
// preposition, so "Air France" or "Swiss" stay merchants. A holiday named
// beside a place ("im Urlaub in der Schweiz") is that place's rows, not the
// Travel category, so its words go with the country.
import { ABROAD, COUNTRIES } from "../countries.ts";
import { escapeRegExp, fold } from "./fold.ts";
import type { Scanner } from "./scanner.ts";

const IN = String.raw`(?:in|im|en|au|aux|nach|to|a|à)\s+(?:(?:der|den|dem|die|the|l'|la|le|les|het|de)\s*)?`;
const COUNTRY_RES = COUNTRIES.map((c) => ({
  code: c.code,
  // "us" is a word: the country only as "the US".
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${IN}(?:${[...new Set(c.names.map(fold))].map((n) => escapeRegExp(n).replace(/ /g, "[\\s-]+")).join("|")})${c.code === "US" ? "|(?:in|to)\\s+the\\s+u\\.?s\\.?" : ""})(?![\\p{L}\\p{N}])`, "u"),
}));
const ABROAD_RE = /(?<![\p{L}\p{N}])(?:abroad|overseas|(?:im\s+|ins\s+)?ausland|(?:a\s+)?l'etranger|(?:in\s+het\s+)?buitenland|(?:en\s+el\s+)?extranjero)(?![\p{L}\p{N}])/u;
const HOLIDAY_RE = /(?<![\p{L}\p{N}])(?:(?:im|in|on|during|my|meinem|auf|der|dem|pendant|en|les|mes|op|tijdens)\s+)*(?:urlaub|urlaubsreise|holiday|holidays|vacation|trip|reise|ferien|vacances|vakantie|voyage)(?![\p{L}\p{N}])/u;

/** The country (ISO code) or "abroad" the question names, consumed with a holiday word beside it. */
export function takeCountry(scan: Scanner): string | undefined {
  let found: string | undefined;
  if (scan.take(ABROAD_RE)) found = ABROAD;
  else {
    for (const { code, re } of COUNTRY_RES) {
      if (scan.take(re)) {
        found = code;
        break;
      }
    }
  }
  if (found) scan.take(HOLIDAY_RE);
  return found;
}

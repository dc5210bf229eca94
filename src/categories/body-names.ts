// Bodies whose printed name is not the name people use for them: a national body's office joined to its town
// ("DFAS-CLEVELAND" is DFAS) and a Catholic church foundation, the legal body of a parish ("Pfarrei St. Nikolaus").
import { foldText } from "./normalize.ts";
import { KNOWN_CITIES } from "./places.ts";
import { namesKind } from "./heuristics.ts";

// "DFAS-CLEVELAND", "DFAS-INDIANAPOLIS": a national body's initials joined to the town of the office that paid (the Defense
// Finance and Accounting Service's Cleveland office); the payer is the body. Only a known city after initials of three to
// five capitals, so a town's double name or a shop joined to its kind ("Adler-Apotheke") is untouched, and
// a word of a kind of business before a city is its name's ("TAXI-BERLIN").
const OFFICE_TOWN = /^(\p{Lu}{3,5})-(\p{Lu}[\p{Lu}\s]*?)(?=\s|$)/u;

/** "DFAS-CLEVELAND …" → "DFAS …"; other texts unchanged. */
export function withoutOfficeTown(s: string): string {
  return s.replace(OFFICE_TOWN, (m: string, body: string, town: string) => (KNOWN_CITIES.has(foldText(town)) && !namesKind(body) ? body : m));
}

// "Kath. Kirchenstiftung St. Nikolaus": a Catholic church foundation is the legal body of its parish, which people name
// ("Pfarrei St. Nikolaus"), as the parish's own texts do; its town after the saint is its seat.
const CHURCH_FOUNDATION = /^(?:Kath\.?|Katholische|KATH\.?|KATHOLISCHE)\s+(?:Kirchenstiftung|KIRCHENSTIFTUNG)\s+(St\.?\s*\p{Lu}[\p{L}-]+)(?:\s.*)?$/u;

/** "Kath. Kirchenstiftung St. Nikolaus Bad Reichenhall" → "Pfarrei St. Nikolaus"; other texts unchanged. */
export function withParishOfFoundation(s: string): string {
  return s.replace(CHURCH_FOUNDATION, (_m, saint: string) => (s === s.toUpperCase() ? `PFARREI ${saint}` : `Pfarrei ${saint}`));
}

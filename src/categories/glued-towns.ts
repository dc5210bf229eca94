// Towns a card terminal ran into the shop's name at the field's end ("FISH BARLONDON   GBR", "BLITZBLANKMuenchen"):
// split off before the name is trimmed (descriptor.ts), so the town is read as a town.
import { CITIES, KNOWN_CITIES } from "./places.ts";
import { foldText } from "./normalize.ts";

// Towns that are also words ending shop names in German, English or French (see trimSegment).
export const WORD_TOWNS: ReadonlySet<string> = new Set(["essen", "bath", "reading", "nice", "halle", "hagen"]);

// A city the terminal ran into the name at the field's end: "FISH BARLONDON   GBR", "PHARMACY INCNEW YORK   CA".
// Cities that are also common word endings (Delikat-essen, Markt-halle) are not split off: the towns that are words,
// and more that end words.
const GLUE_EXCEPT = new Set([...WORD_TOWNS, "hamm", "celle", "siegen", "porto", "palma", "bonn", "york", "ulm", "kiel", "jena", "furth", "bern", "linz", "graz", "cork"]);
const GLUE_MIN_AT = 18;
// The town in mixed case goes first: "BARBERSHOP JUNGBUSCHMANNHEIMMuenchen" runs the shop's own town into its name
// and the terminal's column after it, and the one in capitals shows only once the other is gone.
export function unglueCity(raw: string): string {
  return unglueCapitalTown(unglueMixedCaseTown(carWashBeforeTown(raw)));
}

// "RAYLEIGH WEIR HAND CAR WLEEDS": a car wash the field cut after its first letters, the terminal's town run into them.
function carWashBeforeTown(raw: string): string {
  return raw.replace(/\b(CAR\s+)(W|WA|WAS)([A-Z]{4,})(?=\s{2,}|\s*$)/, (m: string, car: string, _w: string, town: string) => (KNOWN_CITIES.has(town.toLowerCase()) ? `${car}WASH ${town}` : m));
}

function unglueCapitalTown(raw: string): string {
  const tokens = [...raw.matchAll(/[A-Z][A-Z']+/g)];
  for (let t = 0; t < tokens.length; t += 1) {
    const tok = tokens[t]!;
    const word = tok[0];
    // A whole town is not a name with a town run into it ("MANCHESTER" is not "MAN" + "CHESTER").
    if (CITIES.has(word.toLowerCase())) continue;
    const at = tok.index;
    const next = tokens[t + 1];
    for (let p = 1; p <= word.length - 2; p += 1) {
      if (at + p < GLUE_MIN_AT) continue;
      const tail = word.slice(p).toLowerCase();
      const two = next && next.index === at + word.length + 1 ? `${tail} ${next[0].toLowerCase()}` : null;
      const single = (p >= 2 || tail.length >= 6) && tail.length >= 4 && KNOWN_CITIES.has(tail) && !GLUE_EXCEPT.has(tail);
      const end = two && KNOWN_CITIES.has(two) ? next!.index + next![0].length : single ? at + word.length : -1;
      if (end < 0) continue;
      const after = raw.slice(end);
      if (!/^(?:\s{2,}|\s*$|\s+[A-Z]{2,3}\s*$)/.test(after)) continue;
      return `${raw.slice(0, at + p)} ${raw.slice(at + p)}`;
    }
  }
  return raw;
}

function unglueMixedCaseTown(raw: string): string {
  // "BLITZBLANKMuenchen", "Konditorei WeberMuenchen      DE": a terminal's padded field whose town is written in mixed
  // case; at the text's very end only after a name in capitals ("ProPotsdam" is one name written in camel case).
  // After a name in capitals the town in mixed case is the terminal's own column, where the card was used, not a part of
  // the name ("SCHWIMMSCHULE WELLENREITERMuenchen": a school's town is otherwise its name's).
  const split = (m: string, name: string, town: string) =>
    KNOWN_CITIES.has(foldText(town)) ? (/\p{Lu}$/u.test(name) ? name : `${name} ${town}`) : m;
  return raw
    .replace(/(\p{L})(\p{Lu}\p{Ll}{3,})(?=\s{2,})/gu, split)
    .replace(/(\p{Lu}{2})(\p{Lu}\p{Ll}{3,})(?=\s*$)/gu, split)
    // "MAPLE PACKAGE STORE 2SAN JOSE   NY": the store's number run into the town after it.
    .replace(/(?<=\s\d{1,4})([A-Z]{3,}(?: [A-Z]{3,})?)(?=\s{2,})/g, (m: string) => (KNOWN_CITIES.has(foldText(m)) ? ` ${m}` : m));
}

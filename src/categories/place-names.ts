// A place goes by several names in bank text: card terminals print the local name without its letters
// ("KOBENHAVN" for København), a short form ("KBH"), and people ask by the English exonym ("Copenhagen").
// A search for any of them is a search for all of them.
import { foldText } from "./normalize.ts";

/** Each line one place, every name folded to lower case; spellings without diacritics are listed where banks print them. */
const PLACES: readonly (readonly string[])[] = [
  ["copenhagen", "københavn", "kobenhavn", "koebenhavn", "kbh", "kopenhagen"],
  ["munich", "münchen", "muenchen", "munchen"],
  ["vienna", "wien"],
  ["prague", "praha", "prag"],
  ["lisbon", "lisboa", "lissabon"],
  ["cologne", "köln", "koeln", "koln"],
  ["nuremberg", "nürnberg", "nuernberg", "nurnberg"],
  ["rome", "roma"],
  ["milan", "milano", "mailand"],
  ["florence", "firenze", "florenz"],
  ["venice", "venezia", "venedig"],
  ["naples", "napoli", "neapel"],
  ["turin", "torino"],
  ["warsaw", "warszawa", "warschau"],
  ["krakow", "kraków", "krakau"],
  ["brussels", "bruxelles", "brussel", "brüssel"],
  ["antwerp", "antwerpen", "anvers"],
  ["the hague", "den haag", "s-gravenhage"],
  ["geneva", "genève", "geneve", "genf"],
  ["zurich", "zürich", "zuerich"],
  ["athens", "athina", "athen"],
  ["seville", "sevilla"],
  ["gothenburg", "göteborg", "goteborg", "goeteborg"],
  ["moscow", "moskva", "moskau"],
  ["bucharest", "bucurești", "bucuresti", "bukarest"],
  ["belgrade", "beograd", "belgrad"],
  ["budapest"],
];

const BY_NAME: ReadonlyMap<string, readonly string[]> = new Map(PLACES.flatMap((names) => names.map((n) => [n, names] as const)));

// Danish and Norwegian terminals print ø and å spelled out as often as bare ("TOENDER", "KRUSAA" beside "TONDER", "KRUSA").
const NORDIC_SPELLED_OUT: Readonly<Record<string, string>> = { ø: "oe", Ø: "Oe", å: "aa", Å: "Aa" };

/** Danish and Norwegian letters spelled out as terminals print them ("Tønder" → "Toender", "Kruså" → "Krusaa"). */
export function spellNordicOut(text: string): string {
  return text.replace(/[øØåÅ]/g, (c) => NORDIC_SPELLED_OUT[c]!);
}

/** A name as terminals print it without its letters, hyphens and spaces kept ("Plzeň" → "plzen", "Tønder" → "tonder", "toender"). */
function printedPlain(name: string): string[] {
  const plain = (text: string) => text.replace(/\p{L}+/gu, (word) => foldText(word));
  return [plain(name), plain(spellNordicOut(name))];
}

/** The name asked for first, then the place's other names, then each printed without its letters; a word that is no known place has only the last beside it. */
export function placeNames(name: string): string[] {
  const names = [name, ...(BY_NAME.get(name.toLowerCase()) ?? [])];
  return [...new Set([...names, ...names.flatMap(printedPlain)].filter((n, i) => i === 0 || n !== name.toLowerCase()))];
}

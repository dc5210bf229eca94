// A place goes by several names in bank text: card terminals print the local name without its letters
// ("KOBENHAVN" for København), a short form ("KBH"), and people ask by the English exonym ("Copenhagen").
// A search for any of them is a search for all of them.

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

/** The name asked for first, then the place's other names; a word that is no known place stays alone. */
export function placeNames(name: string): string[] {
  const others = BY_NAME.get(name.toLowerCase()) ?? [];
  return [name, ...others.filter((n) => n !== name.toLowerCase())];
}

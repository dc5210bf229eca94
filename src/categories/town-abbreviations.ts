// French card terminals shorten their city to the letters locals write it with: "PRIMEURS LEYBARDIE BDX" (Bordeaux),
// "LAVAGE AUTO ODYSSEUM MTP" (Montpellier), "… TLSE" (Toulouse). Last in the field, after a name of two words or more, the
// letters are where the card was used, as a town written out there is, not part of the name.
const CITY_LETTERS = /(?<=\p{L}{3,}\s+\p{L}{3,})\s+(?:BDX|MTP|TLSE)$/u;

/** The name without a French city's short letters at its end ("PRIMEURS LEYBARDIE BDX" → "PRIMEURS LEYBARDIE"). */
export function withoutCityLetters(s: string): string {
  return s.replace(CITY_LETTERS, "");
}

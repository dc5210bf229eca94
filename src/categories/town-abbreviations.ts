// French card terminals shorten their city to the letters locals write it with: "PRIMEURS LEYBARDIE BDX" (Bordeaux),
// "LAVAGE AUTO ODYSSEUM MTP" (Montpellier), "… TLSE" (Toulouse). Last in the field, after a name of two words or more, the
// letters are where the card was used, as a town written out there is, not part of the name. German and British
// terminals do the same with the letters a town goes by locally: its number plate's (WHV Wilhelmshaven, FFM
// Frankfurt am Main; not BHV, a Paris store's name) or its own short form (EHST Eisenhüttenstadt, MBRO Middlesbrough, HPOOL
// Hartlepool, BHAM Birmingham), a British terminal's store number after them.
const CITY_LETTERS = /(?<=\p{L}{3,}\s+\p{L}{3,})\s+(?:BDX|MTP|TLSE|WHV|FFM|EHST|MBRO|HPOOL|BHAM)\.?(?=(?:\s+\d{2,8})?$)/u;

/** The name without a city's short letters at its end ("PRIMEURS LEYBARDIE BDX" → "PRIMEURS LEYBARDIE"). */
export function withoutCityLetters(s: string): string {
  return s.replace(CITY_LETTERS, "");
}

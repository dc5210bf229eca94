// Where money was spent: "in der Schweiz", "in France", "abroad". Banks keep no
// country column; a card row carries it in its text ("SBB CFF FFS/BASEL/CH",
// "LUZERN CH", "CHE") and a foreign one its original currency (CHF, GBP).
// One table, read by the parser (the names), compile.ts (the filter) and the
// reading ("in Switzerland"). A town's country is not known here.
import { escapeRegExp } from "./parse/fold.ts";

export interface Country {
  /** ISO 3166 alpha-2, as card texts print it. */
  code: string;
  alpha3: string;
  /** Its currency; one of its own (not the euro) says by itself where a row was bought. */
  currency: string;
  en: string;
  de: string;
  /** How questions and bank texts name it, lower case, in English, German, French, Dutch, Spanish, Italian. */
  names: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { code: "CH", alpha3: "CHE", currency: "CHF", en: "Switzerland", de: "der Schweiz", names: ["switzerland", "schweiz", "suisse", "zwitserland", "suiza", "svizzera"] },
  { code: "GB", alpha3: "GBR", currency: "GBP", en: "the UK", de: "Großbritannien", names: ["united kingdom", "uk", "great britain", "britain", "england", "scotland", "wales", "großbritannien", "grossbritannien", "vereinigtes königreich", "royaume-uni", "angleterre", "engeland", "verenigd koninkrijk", "reino unido", "inglaterra"] },
  { code: "US", alpha3: "USA", currency: "USD", en: "the US", de: "den USA", names: ["united states", "usa", "america", "amerika", "vereinigte staaten", "états-unis", "etats-unis", "verenigde staten", "estados unidos"] },
  { code: "FR", alpha3: "FRA", currency: "EUR", en: "France", de: "Frankreich", names: ["france", "frankreich", "frankrijk", "francia"] },
  { code: "ES", alpha3: "ESP", currency: "EUR", en: "Spain", de: "Spanien", names: ["spain", "spanien", "espagne", "spanje", "españa", "espana", "spagna"] },
  { code: "IT", alpha3: "ITA", currency: "EUR", en: "Italy", de: "Italien", names: ["italy", "italien", "italie", "italië", "italie", "italia"] },
  { code: "AT", alpha3: "AUT", currency: "EUR", en: "Austria", de: "Österreich", names: ["austria", "österreich", "oesterreich", "autriche", "oostenrijk"] },
  { code: "NL", alpha3: "NLD", currency: "EUR", en: "the Netherlands", de: "den Niederlanden", names: ["netherlands", "holland", "niederlande", "niederlanden", "pays-bas", "nederland", "países bajos"] },
  { code: "BE", alpha3: "BEL", currency: "EUR", en: "Belgium", de: "Belgien", names: ["belgium", "belgien", "belgique", "belgië", "belgie", "bélgica"] },
  { code: "DE", alpha3: "DEU", currency: "EUR", en: "Germany", de: "Deutschland", names: ["germany", "deutschland", "allemagne", "duitsland", "alemania", "germania"] },
  { code: "PT", alpha3: "PRT", currency: "EUR", en: "Portugal", de: "Portugal", names: ["portugal", "portogallo"] },
  { code: "GR", alpha3: "GRC", currency: "EUR", en: "Greece", de: "Griechenland", names: ["greece", "griechenland", "grèce", "griekenland", "grecia"] },
  { code: "IE", alpha3: "IRL", currency: "EUR", en: "Ireland", de: "Irland", names: ["ireland", "irland", "irlande", "ierland", "irlanda"] },
  { code: "HR", alpha3: "HRV", currency: "EUR", en: "Croatia", de: "Kroatien", names: ["croatia", "kroatien", "croatie", "kroatië", "croacia"] },
  { code: "DK", alpha3: "DNK", currency: "DKK", en: "Denmark", de: "Dänemark", names: ["denmark", "dänemark", "daenemark", "danemark", "denemarken", "dinamarca"] },
  { code: "SE", alpha3: "SWE", currency: "SEK", en: "Sweden", de: "Schweden", names: ["sweden", "schweden", "suède", "zweden", "suecia"] },
  { code: "NO", alpha3: "NOR", currency: "NOK", en: "Norway", de: "Norwegen", names: ["norway", "norwegen", "norvège", "noorwegen", "noruega"] },
  { code: "PL", alpha3: "POL", currency: "PLN", en: "Poland", de: "Polen", names: ["poland", "polen", "pologne", "polonia"] },
  { code: "CZ", alpha3: "CZE", currency: "CZK", en: "Czechia", de: "Tschechien", names: ["czechia", "czech republic", "tschechien", "tchéquie", "tsjechië", "chequia"] },
  { code: "HU", alpha3: "HUN", currency: "HUF", en: "Hungary", de: "Ungarn", names: ["hungary", "ungarn", "hongrie", "hongarije", "hungría"] },
  { code: "TR", alpha3: "TUR", currency: "TRY", en: "Türkiye", de: "der Türkei", names: ["turkey", "türkiye", "türkei", "tuerkei", "turquie", "turkije", "turquía"] },
  { code: "JP", alpha3: "JPN", currency: "JPY", en: "Japan", de: "Japan", names: ["japan", "japon", "japón"] },
  { code: "CA", alpha3: "CAN", currency: "CAD", en: "Canada", de: "Kanada", names: ["canada", "kanada", "canadá"] },
  { code: "AU", alpha3: "AUS", currency: "AUD", en: "Australia", de: "Australien", names: ["australia", "australien", "australie", "australië"] },
  { code: "TH", alpha3: "THA", currency: "THB", en: "Thailand", de: "Thailand", names: ["thailand", "thaïlande", "tailandia"] },
];

export const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as [string, ...string[]];
/** A question about money spent outside one's own country, whichever it was. */
export const ABROAD = "abroad";

export function countryOf(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}


/**
 * An RE2 pattern for a row's text naming one of these countries: the code after
 * a slash or backslash ("/CH", "\CH"), the code ending the text ("LUZERN CH"),
 * the three-letter code as a word ("CHE"), all in capitals as card texts print
 * them, or the country's name in any case.
 */
export function countryTextPattern(countries: readonly Country[], opts: { names: boolean } = { names: true }): string {
  const end = "(?:[^[:alnum:]]|$)";
  const codes = countries.map((c) => c.code).join("|");
  const alpha3 = countries.map((c) => c.alpha3).join("|");
  // A two-letter name ("uk", "us") is left to the codes: "us" is a word.
  const names = countries.flatMap((c) => c.names.filter((n) => n.length > 3)).map((n) => escapeRegExp(n).replace(/ /g, "[\\s-]+")).join("|");
  const byName = opts.names ? `|(?i:(?:^|[^[:alpha:]])(?:${names})(?:[^[:alpha:]]|$))` : "";
  return `[/\\\\](?:${codes})${end}|\\s(?:${codes})\\s*$|(?:^|[^[:alnum:]])(?:${alpha3})${end}${byName}`;
}

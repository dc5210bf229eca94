// The shops and services of households on a tight budget, enumerated by trade rather than from statements: remainder
// and clearance shops (Sonderposten, Restposten, déstockage, solderie, koopjeshal), one-euro, pound and
// dollar shops, second-hand halls and clothes rooms (snuffelhal, Kleiderladen, Kleiderkammer), pawnbrokers (pandhuis,
// pandjeshuis, a "PAWN" sign; the German and English shops' words are student-trades.ts's), social grocers
// (Sozialmarkt, sociale kruidenier, community pantry), corner and convenience stores as terminals shorten them ("CONV
// STORE", "CORNER STR"), community centres (Bürgerzentrum, Stadtteilhaus, Nachbarschaftshaus, centre social, community
// centre), food aid given and public libraries (a library's card, fines and printing) — in German, English, French and
// Dutch. Whole folded words, as shop-kinds.ts matches them.
//
// Policy, as the category policies (test/corpus/writing-a-pool.md) file these trades: clearance, one-euro, pound and dollar shops, second-hand shops and a
// pawnbroker's counter (buying or redeeming over the counter, MCC 5933) are shopping; a social grocer is groceries;
// community centres are entertainment, as village halls already are; a library's dues, fines and prints are
// education, as "Bücherei" and "bibliotheek" already are. A pledge loan run by transfer (Crédit Municipal) is a debt
// moved, not a purchase, and is not read here.
//
// Left out because a word alone has another meaning: "posten" (a post, an item on a bill), "pantry" alone (a café's
// name, heuristics.ts), "library" alone (a bar's or a hotel's), "dollar" and "pound" alone (amounts and currencies),
// "budget" alone (a car hire's, an airline's), "Bürgerhaus" (folded, a burger restaurant's name too; rural-trades.ts),
// "Stadtteilladen" (a neighbourhood office as often as a shop), "SB-Waschcenter" (a self-service car wash's as often as
// a laundrette's).

/** Read before the restaurants', the fees' and the stores' words: a centre's, a library's or a pantry's own kind. */
export const BUDGET_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // A public library's card or prints, before the restaurants' "pub" and the shops' "print"; not a university library's
  // fines (fees, student-trades.ts).
  ["education", [
    "(public|pub|county|city|municipal|community|branch|regional) library", "(?<!university )library (prints?|printing|cards?)",
  ]],
  ["entertainment", [
    "burgerzentrum", "stadtteilhaus", "stadtteilzentrum", "nachbarschaftshaus", "nachbarschaftszentrum", "gemeinschaftshaus", "dorfgemeinschaftshaus",
    "community (centre|center|hall)", "buurthuis", "buurtcentrum", "wijkcentrum", "dorpshuis", "centres? sociale?s? (du|de|des|d)", "maison de quartier",
  ]],
  ["groceries", [
    "sozialmarkt", "sozialladen", "tafelladen", "sociale kruidenier", "sociale supermarkt", "epiceries? (solidaires?|sociales?)",
    "(community|social) (pantry|supermarket|grocer|grocery)",
    "(corner|conv|convenience) (store|stores|str|shop|mart)",
  ]],
  // Food aid given (Lebensmittelhilfe, voedselhulp, aide alimentaire) is a gift, before the grocer's "Lebensmittel…".
  ["donations", ["lebensmittelhilfe", "voedselhulp", "aide alimentaire", "food aid"]],
  // A pawnbroker by its trade's word alone ("CASH KING PAWN #12"), or the Dutch one's, before the market's or the
  // jeweller's word it may stand by (student-trades.ts lists the German and the English shops' words).
  ["shopping", ["pandhuis", "pandjeshuis", "pawn(?! (shops?|brokers?)( |$))"]],
];

/**
 * A town library's dues, fines and prints, read with the booking words before a bank's fees ("Stadtbibliothek …
 * Gebühren", "BIBLIOTHEEK … CONTRIBUTIE"). A university library's are fees (student-trades.ts): it is free to students.
 */
export const LIBRARY_DUES: readonly string[] = [
  "((?!universitats|hochschul)[a-z]*bibliothek|stadtbucherei|bibliotheek|bibliotheque|mediatheque|(?<!university )library)( [a-z]+){0,3} (gebuhr|gebuhren|entgelt|fees?|fines?|charges?|contributie|cotisation)",
];

/** Read after every other content word (shop-kinds.ts): a clearance shop, a one-euro shop, a second-hand hall or a pawnbroker. */
export const BUDGET_TRADE_WORDS: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["shopping", [
    "sonderposten[a-z]*", "restposten[a-z]*", "postenmarkt", "1 euro laden", "ein euro laden", "euroladen",
    "destockage", "soldeur", "koopjeshal", "koopjesmarkt", "koopjeshoek",
    "dollar plus", "dollar max", "dollar zone", "dollar discount", "dollar city", "dollar world", "99 cents only",
    "snuffelhal", "snuffelmarkt", "kleiderladen", "kleiderkammer",
  ]],
  // A greengrocer's compounds ("GEMUESEHANDEL", "Gemüsebazar"), a bazaar's word glued to the food it sells.
  ["groceries", ["gemusebazar", "gemusestand", "obstbazar"]],
  // A parmo is Teesside's breaded cutlet, sold by its takeaways ("PARMO HOUSE").
  ["restaurants", ["parmo", "parmos"]],
];

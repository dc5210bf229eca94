// Words that shape the answer rather than filter it: comparison, grouping,
// ranking and chart. All patterns run on folded text (no umlauts, lower case).
import type { GroupBy } from "../query-spec.ts";
import { FRENCH_BREAKDOWN, FRENCH_GROUPS } from "./french-lexicon.ts";

const VS_EN = String.raw`\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|vs\.?|versus|than|against|relative\s+to)\s+(?:in\s+)?(?:the\s+)?`;
const VS_DE = String.raw`\b(?:im\s+vergleich\s+(?:zum|zur|zu|mit\s+dem|mit\s+der)|verglichen\s+mit\s+(?:dem|der)?|vs\.?|versus|gegenuber\s+(?:dem|der)?|als\s+(?:im|in\s+der|am)|als|zum)\s*`;

/**
 * `names`: the words after "vs" name a period of their own ("vs last month" is September in October), which
 * is the previous period only when the question's own period is the running one (parse-question.ts).
 */
export const COMPARE_PATTERNS: { compare: "same_period_last_year" | "previous_period"; re: RegExp; names?: "month" | "week" | "year" }[] = [
  { compare: "previous_period", names: "month", re: new RegExp(`(?:${VS_EN}last|${VS_DE}(?:letzte[nm]?|vorige[nm]?))\\s+(?:month|monat)\\b`) },
  { compare: "previous_period", names: "week", re: new RegExp(`(?:${VS_EN}last|${VS_DE}letzte[n]?)\\s+(?:week|woche)\\b`) },
  { compare: "same_period_last_year", names: "year", re: new RegExp(`(?:${VS_EN}last|${VS_DE}(?:letzte[nms]?|vergangene[nms]?))\\s+(?:year|yr|jahr)\\b`) },
  { compare: "same_period_last_year", re: new RegExp(`${VS_EN}(?:same\\s+(?:period|time|month|week)\\s+)?(?:of\\s+|in\\s+)?(?:last|the\\s+previous|previous|prior)\\s+(?:year|yr)\\b`) },
  { compare: "same_period_last_year", re: /\b(?:the\s+)?same\s+(?:period|time|month)\s+(?:of\s+|in\s+)?last\s+(?:year|yr)\b/ },
  { compare: "same_period_last_year", re: /\byear[\s-]+over[\s-]+year\b|\byoy\b/ },
  {
    compare: "same_period_last_year",
    re: new RegExp(`${VS_DE}(?:vorjahr(?:es)?(?:zeitraum|monat)?|letzte[nms]?\\s+jahr|vergangene[nms]?\\s+jahr|gleichen\\s+zeitraum\\s+(?:des\\s+)?(?:vorjahres|letzten\\s+jahres))\\b`),
  },
  { compare: "same_period_last_year", re: /\bvorjahres(?:vergleich|zeitraum|monat)\b/ },
  { compare: "previous_period", re: new RegExp(`${VS_EN}(?:last|previous|prior|preceding)\\s+(?:month|week|period|quarter|one)\\b`) },
  { compare: "previous_period", re: new RegExp(`${VS_EN}(?:month|week|quarter|period)\\s+before\\b`) },
  { compare: "previous_period", re: /\b(?:month[\s-]+over[\s-]+month|week[\s-]+over[\s-]+week)\b/ },
  {
    compare: "previous_period",
    re: new RegExp(`${VS_DE}(?:vormonat|vorwoche|vorquartal|vorperiode|vorzeitraum|vorherigen\\s+(?:monat|zeitraum|woche)|letzte[nm]?\\s+monat|vorige[nm]?\\s+monat|letzte[n]?\\s+woche)\\b`),
  },
];

export const CHART_PATTERNS: { chart: "none" | "line" | "doughnut" | "stacked_bar" | "bar" | "generic"; re: RegExp }[] = [
  { chart: "none", re: /\b(?:without|no|ohne|kein(?:e|en)?)\s+(?:a\s+)?(?:chart|graph|diagramm|grafik|graphic|bild|picture|plot)\b/ },
  { chart: "none", re: /\b(?:(?:text|numbers?)\s+only|just\s+(?:the\s+)?(?:numbers?|text)|nur\s+(?:als\s+)?(?:text|zahlen|die\s+zahl))\b/ },
  { chart: "stacked_bar", re: /\b(?:as\s+an?\s+|als\s+)?(?:stacked\s+(?:bar\s+)?(?:chart|graph|bars)|gestapelte[ns]?\s+(?:balken|saulen)(?:diagramm)?)\b/ },
  { chart: "line", re: /\b(?:as\s+an?\s+|als\s+)?(?:line\s+(?:chart|graph)|liniendiagramm|verlaufsdiagramm|kurve)\b/ },
  { chart: "doughnut", re: /\b(?:as\s+an?\s+|als\s+)?(?:pie(?:\s+chart)?|doughnut(?:\s+chart)?|donut(?:\s+chart)?|tortendiagramm|kuchendiagramm|kreisdiagramm|ringdiagramm)\b/ },
  { chart: "bar", re: /\b(?:as\s+an?\s+|als\s+)?(?:bar\s+(?:chart|graph)|balkendiagramm|saulendiagramm)\b/ },
  { chart: "generic", re: /\b(?:as\s+an?\s+|in\s+an?\s+|with\s+an?\s+|als\s+|mit\s+|im\s+)?(?:chart|graph|diagramm|grafik|plot|visuali[sz]ation|visualisierung)\b/ },
  { chart: "generic", re: /\b(?:plot|chart|draw|zeichne|visualisiere)\b/ },
];

const BY_EN = String.raw`(?:by|per|for\s+each|each|every|across|a|grouped\s+by|split\s+by|broken\s+down\s+by)\s+`;
const BY_DE = String.raw`(?:nach|pro|je|fur\s+jede[nsr]?|gruppiert\s+nach|aufgeteilt\s+nach|aufgeschlusselt\s+nach|getrennt\s+nach)\s+`;

/** Explicit groupings, most specific first. */
export const GROUP_PATTERNS: { groupBy: GroupBy; re: RegExp }[] = [
  { groupBy: "category", re: new RegExp(`\\b(?:${BY_EN}categor(?:y|ies)|${BY_DE}kategorien?)\\b|\\bkategorienweise\\b`) },
  {
    groupBy: "merchant",
    re: new RegExp(`\\b(?:${BY_EN}(?:merchants?|shops?|stores?|payees?|recipients?|vendors?|counterpart(?:y|ies))|${BY_DE}(?:handlern?|geschaften?|empfangern?|laden|shops?|zahlungsempfangern?))\\b`),
  },
  { groupBy: "account", re: new RegExp(`\\b(?:${BY_EN}accounts?|${BY_DE}kont(?:o|en|os))\\b|\\bkontoweise\\b`) },
  { groupBy: "month", re: new RegExp(`\\b(?:${BY_EN}month|month\\s+by\\s+month|monthly|(?:pro|je|im)\\s+monat|monatlich\\w*|nach\\s+monat(?:en)?|monatsweise|im\\s+monatsverlauf)\\b`) },
  { groupBy: "week", re: new RegExp(`\\b(?:${BY_EN}week|week\\s+by\\s+week|weekly|(?:pro|je)\\s+woche|wochentlich\\w*|nach\\s+wochen?|wochenweise)\\b`) },
  { groupBy: "day", re: new RegExp(`\\b(?:${BY_EN}day|day\\s+by\\s+day|daily|(?:pro|je)\\s+tag|taglich\\w*|nach\\s+tag(?:en)?)\\b`) },
  // "annual fee", "jährliche Gebühr": the fee a card charges once a year (a topic), not a split by year.
  {
    groupBy: "year",
    re: new RegExp(
      `\\b(?:${BY_EN}(?:year|yr)|year\\s+by\\s+year|yearly|annually|annual|(?:pro|je)\\s+jahr|jahrlich\\w*|nach\\s+jahr(?:en)?|im\\s+jahr)\\b(?!\\s+(?:card\\s+|karten)?(?:fees?|charges?|membership|gebuhr\\w*|entgelt\\w*|beitrag\\w*))`,
    ),
  },
  ...FRENCH_GROUPS,
];

/** "breakdown" without saying of what: by category. */
export const GENERIC_BREAKDOWN = new RegExp(
  String.raw`\b(?:breakdown|broken\s+down|split\s+up|aufschlusselung|aufgeschlusselt|aufgeteilt|aufteilung|where\s+(?:does|did)\s+(?:all\s+)?my\s+money\s+go|wohin\s+(?:geht|ging|fliesst|floss)\s+mein\s+geld)\b|${FRENCH_BREAKDOWN.source}`,
);

const BIG = String.raw`(?:biggest|largest|highest|most\s+expensive|priciest|costliest|top|grosste[nrs]?|hochste[nrs]?|teuerste[nrs]?|gross(?:en|te)n?)`;
const SMALL = String.raw`(?:smallest|lowest|cheapest|kleinste[nrs]?|niedrigste[nrs]?|billigste[nrs]?|gunstigste[nrs]?)`;
const N = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|ein|eine|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwanzig)`;

/** Ranking phrases; the number group is optional. */
export const RANK_PATTERNS: { re: RegExp; ascending: boolean }[] = [
  { re: new RegExp(`\\btop[\\s-]*${N}?\\b`), ascending: false },
  { re: new RegExp(`\\b(?:the\\s+|die\\s+|meine\\s+|my\\s+)?${N}\\s+${BIG}\\b`), ascending: false },
  { re: new RegExp(`\\b(?:the\\s+|die\\s+|meine\\s+|my\\s+)?${N}\\s+${SMALL}\\b`), ascending: true },
  { re: new RegExp(`\\b(?:the\\s+|die\\s+|meine\\s+|my\\s+)?${BIG}(?:\\s+${N}\\b)?`), ascending: false },
  { re: new RegExp(`\\b(?:the\\s+|die\\s+|meine\\s+|my\\s+)?${SMALL}(?:\\s+${N}\\b)?`), ascending: true },
  { re: /\b(?:the\s+)?most\b(?!\s+expensive)|\bam\s+meisten\b|\bam\s+meistens\b/, ascending: false },
];

/**
 * "biggest expenses", "größte Ausgaben", "my biggest expense": the payments
 * themselves, listed like "biggest purchases" (a ranking of shops is asked as
 * such: "top merchants", "bei welchen Händlern am meisten"). Read before the
 * measure words take "expenses"/"Ausgaben" away. "teuerster Kauf", "biggest
 * buy": those words are verbs too, so they count only right after the adjective;
 * a run, trip, order or ride may have the shop's name between ("biggest costco run").
 */
export const BIG_EXPENSES = new RegExp(
  `\\b(?:${N}\\s+)?${BIG}(?:\\s+${N})?\\s+(?:expenses?|ausgaben?|cost|kauf|buys?)\\b` +
    // "biggest costco run", "largest amazon order", "teuerste Uber-Fahrt": one trip, order or ride, a shop's name between.
    `|\\b${BIG}(?:\\s+[\\w'&.-]+){0,2}?\\s+(?:runs?|trips?|orders?|rides?|hauls?|\\w*fahrt(?:en)?|einkaufstour)\\b`,
);

/**
 * Purchases, as opposed to payments or transactions: "biggest purchases", "größte Einkäufe", "teuerster Kauf",
 * "largest orders", "plus gros achats", "grootste aankopen". Ranked, they leave out rent, bills and taxes.
 */
export const PURCHASE_NOUN = /\b(?:purchases?|buys?|einkauf|einkaufe|kaufe?|anschaffung(?:en)?|orders?|bestellung(?:en)?|achats?|aankopen|aankoop)\b/;

/** What a ranking ranks. Single transactions are listed, not grouped. */
export const RANK_SUBJECTS: { groupBy: "none" | "merchant" | "category"; re: RegExp }[] = [
  {
    groupBy: "none",
    // Singular and plural alike: "größter Einkauf", "largest transaction" is the top row of the same list.
    // Not "kauf" nor "buy": also verbs ("wo kauf ich am meisten ein"), they count only beside the adjective (BIG_EXPENSES).
    re: /\b(?:single|individual|einzel\w*|transactions?|purchases?|payments?|bookings?|buchung(?:en)?|transaktion(?:en)?|zahlung(?:en)?|abbuchung(?:en)?|einkauf|einkaufe|kaufe|anschaffung(?:en)?|bestellung(?:en)?|posten|items?|betrage?)\b/,
  },
  { groupBy: "merchant", re: /\b(?:merchants?|shops?|stores?|payees?|recipients?|vendors?|handlern?|geschaften?|empfangern?|laden)\b/ },
  { groupBy: "category", re: /\b(?:categor(?:y|ies)|kategorien?)\b/ },
];

/** "what did I spend the most on", "wofür": the answer is a category, not a shop. */
export const ASKS_FOR_WHAT = /\bwofur\b|\bfur\s+was\b|\bon\s+what\b|\bwhat\b[^?]*\bon\b|\bwhich\s+categor|\bwelche[rnms]?\s+kategorie/;

// French words for the question parser: what to measure, "in total", "on
// average per month", "vs", and the words that carry no name. The extractors
// read them beside their English and German ones; French periods live in
// period-french.ts, French category words in categories/synonyms-fr.ts. All
// patterns run on folded text (lower case, no accents, "’" as "'").
import type { Measure } from "../query-spec.ts";

const COUNTABLE = String.raw`(?:fois|transactions?|operations?|paiements?|achats?|commandes?|prelevements?|virements?|depenses)`;

export const FRENCH_MEASURES: { measure: Measure; res: RegExp[] }[] = [
  {
    measure: "count",
    res: [new RegExp(String.raw`\bcombien\s+(?:de\s+|d')${COUNTABLE}\b`), new RegExp(String.raw`\b(?:le\s+)?nombre\s+(?:de\s+|d')${COUNTABLE}\b`)],
  },
  { measure: "average", res: [/\b(?:en\s+)?moyenne\b/] },
  {
    measure: "balance",
    res: [
      /\bsoldes?\b/,
      // "combien j'ai sur mon livret", "combien reste-t-il sur mon compte": what an account holds.
      /\bcombien\s+(?:d'argent\s+)?(?:j'ai|ai-je|il\s+(?:me\s+)?reste|reste-t-il)\s+(?:encore\s+)?(?:sur|dans)\s+(?=(?:mon|ma|mes|le|la)\b)/,
    ],
  },
  { measure: "net", res: [/\b(?:economise|economises|economisee|mis\s+de\s+cote)\b/] },
  {
    measure: "income",
    // "autres revenus" is the category "other income", read by the category matcher.
    res: [/(?<!autres?\s+)\brevenus?\b/, /\b(?:gagne|gagnes|touche|encaisse|recu|recus|rentrees?\s+d'argent)\b/],
  },
  {
    measure: "spending",
    res: [
      /(?<!autres\s+)\bdepens(?:e|es|ee|ees|er|ez|ons)\b/,
      /\b(?:paye|payes|payee|payees|paie|paies|paient|payer|payons|payez|coute|coutes|coutent)\b/,
      /\bsorties?\s+d'argent\b/,
    ],
  },
];

/** Single measure words for the typo pass ("dépences"). */
export const FRENCH_MEASURE_WORDS: Record<string, Measure> = { depenses: "spending", revenus: "income", moyenne: "average" };

/** "combien", "qu'est-ce que j'ai (dépensé)": a question about money once a period is named. */
export const FRENCH_HOW_MUCH = /\bcombien\b|\bqu'est-ce\s+que\s+j'ai\b/;

/**
 * "en tout", "au total", "depuis le début", and a bare "total" closing the
 * question ("boulangerie total"): every transaction there is. Only asked when
 * no period was named, like the English "in total".
 */
export const FRENCH_ALL_TIME =
  /\b(?:en\s+tout|au\s+total|depuis\s+(?:le\s+debut|toujours|que\s+j'ai\s+commence)|jusqu'(?:a\s+)?(?:present|maintenant|aujourd'hui)|a\s+ce\s+jour)\b|\b(?:total|totale?s?)(?=\s*[?.!]*\s*$)/;

/** "en moyenne par mois", "par mois en moyenne", "moyenne mensuelle": an average over months. */
export const FRENCH_PER_MONTH =
  /\b(?:(?:en\s+)?moyenne\s+(?:par|chaque)\s+mois|par\s+mois\s+en\s+moyenne|(?:en\s+)?moyenne\s+mensuelle|mensuellement\s+en\s+moyenne|en\s+moyenne\s+mensuellement)\b/;

/**
 * "par mois", "par an": how much a month or a year, i.e. on average ("combien je dépense par mois"). Not
 * "mois par mois", which is a series (FRENCH_GROUPS).
 */
export const FRENCH_PER_UNIT = /(?<!\b(?:mois|an|annee)\s+)\bpar\s+(mois|an|annee)\b(?!\s+par\b)/;

/** The rows themselves, as a French question names them: "toutes les transactions", "affiche mes achats". */
export const FRENCH_LIST_NOUN = String.raw`transactions?|operations?|paiements?|achats?|commandes?|prelevements?|virements?`;
/** Verbs that ask to see rows: "montre-moi", "affiche", "donne-moi la liste", "liste". */
export const FRENCH_LIST_VERB = String.raw`montre(?:[\s-]+moi)?|montrer|affiche(?:[\s-]+moi)?|afficher|donne(?:[\s-]+moi)?|liste(?:[\s-]+moi)?|lister|voir`;
/** "toutes", "tous": the whole list (not "tout", which is "en tout", all time). */
export const FRENCH_ALL = String.raw`toute?s|tous|chaque`;

const BY_FR = String.raw`(?:par|selon|groupee?s?\s+par|ventilee?s?\s+par|repartie?s?\s+par|classee?s?\s+par)\s+`;
/** "par catégorie", "par commerçant", "mois par mois": groupings in French (a bare "par mois" is FRENCH_PER_UNIT). */
export const FRENCH_GROUPS: { groupBy: "category" | "merchant" | "account" | "month" | "week" | "day" | "year"; re: RegExp }[] = [
  { groupBy: "category", re: new RegExp(String.raw`\b${BY_FR}categories?\b`) },
  { groupBy: "merchant", re: new RegExp(String.raw`\b${BY_FR}(?:commercants?|marchands?|magasins?|enseignes?|boutiques?|beneficiaires?|fournisseurs?)\b`) },
  { groupBy: "account", re: new RegExp(String.raw`\b${BY_FR}comptes?\b`) },
  { groupBy: "month", re: /\b(?:mois\s+par\s+mois|chaque\s+mois|mensuellement)\b/ },
  { groupBy: "week", re: /\b(?:semaine\s+par\s+semaine|par\s+semaine|chaque\s+semaine)\b/ },
  { groupBy: "day", re: /\b(?:jour\s+par\s+jour|par\s+jour|chaque\s+jour)\b/ },
  { groupBy: "year", re: /\b(?:annee\s+par\s+annee|chaque\s+annee)\b/ },
];

/** "répartition", "ventilation", "où va mon argent": a breakdown without saying of what, by category. */
export const FRENCH_BREAKDOWN = /\b(?:repartition|ventilation|ou\s+(?:va|part|passe)\s+mon\s+argent)\b/;

/** "contre", "par rapport à", "comparé à": between two sides of a comparison. */
export const FRENCH_VERSUS = /\b(?:contre|par\s+rapport\s+(?:a|au|aux)|compare\s+(?:a|au|aux|avec)|face\s+(?:a|au))(?=\s|$)/;

/**
 * Words that carry no name ("chez" is a preposition, not the start of "Chez
 * Janou"). Ordinary English words ("son", "ton", "plus") are left out: they
 * start brand names people ask about.
 */
export const FRENCH_STOPWORDS = `
je j' j'ai j'en m'en mes mon ma me m' moi nous nos notre vous vos votre tu te toi il elle ils elles on y
le la les l' un une des du de d' au aux en et ou a dans pour par sur sous avec sans chez entre vers depuis jusqu'a
ce cet cette ces qui que qu' quoi quel quelle quels quelles combien comment ou est sont ai as avons avez ont
suis es etait ete fait faire dit montre montre-moi affiche donne donne-moi liste dis dis-moi svp merci bonjour salut
total totale totaux totales montant somme argent tout tous toute toutes environ seulement juste encore deja aussi tres
mois annee an semaine jour dernier derniere derniers dernieres ici voici voila c'est qu'est-ce est-ce ne pas
`;

/** Words only a French question has; English and German share none of them. */
const FRENCH_CUES = /\b(?:je|j'\w+|mes|mon|ma|du|en|au|aux|chez|combien|cette|ces|pour|par|dans|depuis|quel(?:le)?s?|mois|annee|dernier|derniere|l'\w+|d'\w+|qu'\w+)\b/;

/** True when the question reads as French: a word like "courses" then means its French sense. */
export const looksFrench = (folded: string): boolean => FRENCH_CUES.test(folded);

// French time phrases that do not fit the English and German word order:
// "le mois dernier", "ce mois-ci", "cette année", "l'année dernière",
// "septembre dernier", "les 3 derniers mois". Months ("en septembre") and
// ranges ("de janvier à juin") go through the shared rules in periods.ts with
// the French words in period-lexicon.ts. All patterns run on folded text
// (lower case, no accents, "’" as "'").
import { addDays, addMonths, clampToToday, monthRange, parseIso, quarterRange, weekRange, yearRange, type DateRange } from "./dates.ts";
import { MONTH, MONTH_WORDS } from "./period-lexicon.ts";

export type FrenchRule = { re: RegExp; range: (g: string[], today: string) => DateRange | undefined };

/** "en", "pour", "pendant" … with or without an article: "pour le mois dernier", "sur l'année". */
const IN = String.raw`(?:\b(?:en|pour|pendant|durant|sur|de|du|au\s+cours\s+d[eu])\s+)?`;
/** "dernier", "dernière", "passé", "précédent". */
const LAST = String.raw`(?:derniere?|passee?|precedente?)`;

const COUNT_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, huit: 8, dix: 10, douze: 12 };
const COUNT = `(\\d{1,3}|${Object.keys(COUNT_WORDS).join("|")})`;

const lastMonth = (today: string): DateRange => {
  const t = parseIso(addMonths(today, -1));
  return monthRange(t.y, t.m);
};

export const FRENCH_RULES: FrenchRule[] = [
  {
    // "octobre de l'année dernière", "mars de cette année": that month of that year.
    re: new RegExp(`${IN}\\b${MONTH}\\s+(?:de\\s+)?(?:(l'annee\\s+${LAST}|l'an\\s+(?:dernier|passe))|cette\\s+annee)\\b`),
    range: (g, today) => {
      const m = MONTH_WORDS[g[1] ?? ""];
      if (!m) return undefined;
      return clampToToday(monthRange(parseIso(today).y - (g[2] ? 1 : 0), m), today);
    },
  },
  {
    // "les 3 derniers mois", "ces deux dernières semaines", "sur les 12 derniers mois"
    re: new RegExp(`${IN}\\b(?:les|ces|des)?\\s*${COUNT}\\s+derni(?:er|ere)s\\s+(jours|semaines|mois|ans|annees)\\b`),
    range: (g, today) => {
      const n = /^\d+$/.test(g[1] ?? "") ? Number(g[1]) : COUNT_WORDS[g[1] ?? ""];
      if (!n) return undefined;
      const unit = g[2] ?? "";
      if (unit === "jours") return { from: addDays(today, 1 - n), to: today };
      if (unit === "semaines") return { from: addDays(today, 1 - 7 * n), to: today };
      // Whole calendar months, this one included, as "the last 3 months" reads in periods.ts.
      if (unit === "mois") return { from: `${addMonths(today, 1 - n).slice(0, 8)}01`, to: today };
      return { from: addDays(addMonths(today, -12 * n), 1), to: today };
    },
  },
  { re: new RegExp(`${IN}\\b(?:le\\s+|du\\s+)?mois\\s+${LAST}\\b`), range: (_g, today) => lastMonth(today) },
  {
    re: new RegExp(`(?:${IN}\\b(?:ce\\s+mois(?:[\\s-]?ci)?|le\\s+mois\\s+en\\s+cours)|\\bdepuis\\s+le\\s+debut\\s+du\\s+mois)(?![\\p{L}])`, "u"),
    range: (_g, today) => clampToToday(monthRange(parseIso(today).y, parseIso(today).m), today),
  },
  {
    re: new RegExp(`${IN}\\b(?:l'annee\\s+${LAST}|l'an\\s+(?:dernier|passe)|annee\\s+${LAST})\\b`),
    range: (_g, today) => yearRange(parseIso(today).y - 1),
  },
  {
    re: new RegExp(`(?:${IN}\\b(?:cette\\s+annee|l'annee\\s+en\\s+cours|cet\\s+an)|\\bdepuis\\s+(?:le\\s+)?debut\\s+(?:de\\s+l'annee|d'annee)|\\bdepuis\\s+le\\s+1er\\s+janvier)\\b`),
    range: (_g, today) => clampToToday(yearRange(parseIso(today).y), today),
  },
  {
    re: new RegExp(`${IN}\\b(?:le\\s+)?trimestre\\s+${LAST}\\b`),
    range: (_g, today) => {
      const t = parseIso(today);
      const q = Math.ceil(t.m / 3);
      return q === 1 ? quarterRange(t.y - 1, 4) : quarterRange(t.y, q - 1);
    },
  },
  {
    re: new RegExp(`${IN}\\bce\\s+trimestre\\b`),
    range: (_g, today) => clampToToday(quarterRange(parseIso(today).y, Math.ceil(parseIso(today).m / 3)), today),
  },
  { re: new RegExp(`${IN}\\b(?:la\\s+)?semaine\\s+${LAST}\\b`), range: (_g, today) => weekRange(addDays(today, -7)) },
  { re: new RegExp(`${IN}\\bcette\\s+semaine\\b`), range: (_g, today) => clampToToday(weekRange(today), today) },
  { re: /\bavant[\s-]hier\b/, range: (_g, today) => ({ from: addDays(today, -2), to: addDays(today, -2) }) },
  { re: /\bhier\b/, range: (_g, today) => ({ from: addDays(today, -1), to: addDays(today, -1) }) },
  // "jusqu'à aujourd'hui" is no day but everything up to now (shapes.ts).
  { re: /(?<!jusqu'(?:a\s+)?)\baujourd'hui\b/, range: (_g, today) => ({ from: today, to: today }) },
  {
    // "septembre dernier": the most recent September before this month, as "last September".
    re: new RegExp(`${IN}\\b(?:le\\s+mois\\s+d'|le\\s+mois\\s+de\\s+)?${MONTH}\\s+(?:dernier|passe)\\b`),
    range: (g, today) => {
      const m = MONTH_WORDS[g[1] ?? ""];
      if (!m) return undefined;
      const t = parseIso(today);
      return clampToToday(monthRange(m < t.m ? t.y : t.y - 1, m), today);
    },
  },
];

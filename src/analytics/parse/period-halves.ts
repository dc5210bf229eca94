// Half years as periods: "im ersten Halbjahr", "zweite Jahreshälfte 2025",
// "first half of last year", "H1", "1. HJ", "premier semestre", "eerste
// helft". January–June and July–December. Without a year a half is the most
// recent one that has begun, as a quarter is (periods.ts resolveQuarter): in
// November both halves are this year's, in March "the second half" is last
// year's. "Letztes Halbjahr" is the calendar half before this one, as "letztes
// Quartal" is the quarter before; "im letzten halben Jahr" is the last six
// months up to today. All patterns run on folded text.
import { addMonths, clampToToday, parseIso, toIso, type DateRange } from "./dates.ts";
import { LAST, MONTH_WORDS, THIS, YEAR, YEAR_WORD } from "./period-lexicon.ts";

export type HalfRule = { re: RegExp; range: (g: string[], today: string) => DateRange | undefined };

const IN = String.raw`(?:\b(?:in|im|for|during|over|uber|fur|within|innerhalb|en|au|pour|pendant|durant|sur|van)\s+)?(?:\b(?:the|der|den|dem|das|des|le|la|het|de)\s+)?`;

const FIRST = String.raw`first|1st|erste[nmrs]?|premier|1er|eerste`;
const SECOND = String.raw`second|2nd|zweite[nmrs]?|seconde?|deuxieme|2e|2eme|tweede`;
const ORDINAL = `(${FIRST}|${SECOND})`;
const ordinal = (word: string) => (new RegExp(`^(?:${FIRST})$`).test(word) ? 1 : 2);

/** "Halbjahr", "Jahreshälfte", "half (of the year)", "half-year", "semestre", "halfjaar", "helft". */
const HALF = String.raw`(?:halbjahr(?:es)?|jahreshalfte|halfte(?:\s+des\s+jahres)?|half(?:[\s-]+year|\s+of\s+the\s+year)?|semestre|halfjaar|helft(?:\s+van\s+het\s+jaar)?)`;
/** "the first half of October", "die erste Hälfte des Monats": halves of something else. */
const MONTHS = Object.keys(MONTH_WORDS).join("|");
const NOT_OF_YEAR = String.raw`(?!\s+(?:of\s+|des\s+|de\s+|van\s+)?(?:the\s+|this\s+|last\s+|dieses\s+|letzten\s+)?(?:month|monats?|week|woche|mois|maand|${MONTHS})\b)`;

/** Which year a half belongs to: "2025", "last year", "letzten Jahres", "this year"; one group each. */
const OF_YEAR = String.raw`(?:\s*[/-]?\s*(?:of\s+|des\s+(?:jahres\s+)?|im\s+jahr\s+|de\s+|van\s+)?(?:${YEAR}|(last\s+${YEAR_WORD}|the\s+previous\s+${YEAR_WORD}|letzte[ns]?\s+jahr(?:es)?|vergangene[ns]?\s+jahr(?:es)?|vorjahr(?:es)?|l'annee\s+derniere|vorig\s+jaar)|(this\s+${YEAR_WORD}|diese[sn]?\s+jahr(?:es)?|cette\s+annee|dit\s+jaar)))?`;

function halfRange(y: number, h: number): DateRange {
  return h === 1 ? { from: toIso({ y, m: 1, d: 1 }), to: toIso({ y, m: 6, d: 30 }) } : { from: toIso({ y, m: 7, d: 1 }), to: toIso({ y, m: 12, d: 31 }) };
}

/** Half `h` of the named year, else the most recent one that has begun; a half still running ends today. */
export function resolveHalf(h: number, today: string, year?: { number?: string; last?: string; current?: string }): DateRange {
  const t = parseIso(today);
  const current = t.m <= 6 ? 1 : 2;
  const y = year?.number ? Number(year.number) : year?.last ? t.y - 1 : year?.current ? t.y : h <= current ? t.y : t.y - 1;
  return clampToToday(halfRange(y, h), today);
}

const yearOf = (g: string[], at: number) => ({ number: g[at], last: g[at + 1], current: g[at + 2] });

export const HALF_RULES: HalfRule[] = [
  {
    // "im ersten Halbjahr", "second half of 2025", "erste Jahreshälfte letzten Jahres", "premier semestre"
    re: new RegExp(`${IN}\\b${ORDINAL}\\s+${HALF}\\b${NOT_OF_YEAR}${OF_YEAR}`),
    range: (g, today) => resolveHalf(ordinal(g[1] ?? ""), today, yearOf(g, 2)),
  },
  {
    // "1. Halbjahr 2025", "2. HJ"
    re: new RegExp(`${IN}\\b([12])\\.\\s*(?:halbjahr(?:es)?|jahreshalfte|hj)\\b${OF_YEAR}`),
    range: (g, today) => resolveHalf(Number(g[1]), today, yearOf(g, 2)),
  },
  {
    // "H1 2025", "H2/2026", "HJ1 2025"
    re: new RegExp(`\\b(?:h|hj\\s*)([12])\\s*[/-]?\\s*${YEAR}`),
    range: (g, today) => resolveHalf(Number(g[1]), today, { number: g[2] }),
  },
  {
    // "in H1", "im HJ 2 letzten Jahres"; a bare "H2" only after a preposition or at the end ("H2 Mobility" is a brand).
    re: new RegExp(`\\b(?:in|im|for|during|over|uber|fur)\\s+(?:the\\s+|der\\s+|dem\\s+)?(?:h|hj\\s*)([12])\\b${OF_YEAR}`),
    range: (g, today) => resolveHalf(Number(g[1]), today, yearOf(g, 2)),
  },
  {
    re: /\b(?:h|hj\s*)([12])(?=\s*[?.!]?\s*$)/,
    range: (g, today) => resolveHalf(Number(g[1]), today),
  },
  {
    // "im letzten halben Jahr", "the past half year": the last six months, this one (so far) included, as "the last 6 months".
    re: new RegExp(`${IN}\\b${LAST}\\s+(?:halbe[nms]?\\s+jahr(?:es)?|half[\\s-]+(?:a\\s+)?${YEAR_WORD})\\b`),
    range: (_g, today) => ({ from: `${addMonths(today, -5).slice(0, 8)}01`, to: today }),
  },
  {
    // "letztes Halbjahr", "die letzte Jahreshälfte": the calendar half before this one.
    re: new RegExp(`${IN}\\b${LAST}\\s+(?:halbjahr(?:es)?|jahreshalfte)\\b`),
    range: (_g, today) => {
      const t = parseIso(today);
      return t.m <= 6 ? halfRange(t.y - 1, 2) : halfRange(t.y, 1);
    },
  },
  {
    re: new RegExp(`${IN}\\b${THIS}\\s+(?:halbjahr(?:es)?|half[\\s-]+year|half|jahreshalfte)\\b`),
    range: (_g, today) => resolveHalf(parseIso(today).m <= 6 ? 1 : 2, today),
  },
];

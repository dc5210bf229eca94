// Turns the time words of a question into an inclusive date range, relative to
// the caller's "today" only (never the system clock). Calendar units that are
// still running (this month, Q4 of this year, "im November" in November) end
// today, because there is no data after today and comparisons stay fair.
import {
  addDays,
  addMonths,
  clampToToday,
  monthRange,
  parseIso,
  quarterRange,
  weekRange,
  yearRange,
  type DateRange,
} from "./dates.ts";
import { takeExplicitDates } from "./period-dates.ts";
import { COUNT, LAST, MONTH, MONTH_WORDS, THIS, UNIT, YEAR, YEAR_WORD, countValue, unitOf } from "./period-lexicon.ts";
import { FRENCH_RULES } from "./period-french.ts";
import { SEASON_RULES } from "./period-seasons.ts";
import { HOLIDAY_RULES } from "./period-holidays.ts";
import { HALF_RULES } from "./period-halves.ts";
import type { Scanner } from "./scanner.ts";
import { fixMonthTypos, type KeepWords } from "./period-typos.ts";

/** The most recent month `m` that has started by today, or month `m` of `year`. */
export function resolveMonth(m: number, today: string, year?: number): DateRange {
  const t = parseIso(today);
  const y = year ?? (m <= t.m ? t.y : t.y - 1);
  return clampToToday(monthRange(y, m), today);
}

export function resolveQuarter(q: number, today: string, year?: number): DateRange {
  const t = parseIso(today);
  const current = Math.ceil(t.m / 3);
  const y = year ?? (q <= current ? t.y : t.y - 1);
  return clampToToday(quarterRange(y, q), today);
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1, "1st": 1, erste: 1, ersten: 1, erstes: 1,
  second: 2, "2nd": 2, zweite: 2, zweiten: 2, zweites: 2,
  third: 3, "3rd": 3, dritte: 3, dritten: 3, drittes: 3,
  fourth: 4, "4th": 4, vierte: 4, vierten: 4, viertes: 4, last: 4, letzte: 4, letzten: 4,
};

/** "vorletzte", as typed too ("vorletze"). */
const BEFORE_LAST = String.raw`(?:vorletzte[nmrs]?|vorletze[nmrs]?)`;
const IN = String.raw`(?:\b(?:in|im|for|during|of|fur|uber|over|within|innerhalb|en|pour|pendant|durant|sur)\s+|\b(?:au|le)\s+mois\s+d(?:e\s+|'))?(?:\b(?:the|den|der|dem|des|le|la|les|du|de)\s+)?`;
const YEAR_AGO = String.raw`(?:of\s+)?(?:last\s+${YEAR_WORD}|the\s+previous\s+${YEAR_WORD}|letzte[ns]?\s+jahr(?:es)?|vergangene[ns]?\s+jahr(?:es)?|des\s+vorjahres|vorjahres|im\s+vorjahr)`;
const YEAR_NOW = String.raw`(?:of\s+)?(?:this\s+${YEAR_WORD}|diese[sn]?\s+jahr(?:es)?)`;

type Rule = { re: RegExp; range: (g: string[], today: string) => DateRange | undefined };

/** A bare "may"/"mar"/"jan"/"mars" is a word before it is a month; require a preposition or a year with it. */
const plausibleMonth = (whole: string, word: string) =>
  !["may", "mar", "mars", "jan", "jun", "jul", "aug", "sep", "dec"].includes(word) ||
  /\b(in|im|since|seit|of|for|during|from|von|vom|bis|to|until|last|letzten|en|pour|pendant|durant|depuis|de|du)\b|\d/.test(whole);

const month = (word: string | undefined) => MONTH_WORDS[word ?? ""] ?? 0;

const RULES: Rule[] = [
  {
    re: new RegExp(`${IN}${LAST}\\s+${COUNT}\\s+${UNIT}`),
    range: (g, today) => {
      const n = countValue(g[1] ?? "");
      const unit = unitOf(g[2] ?? "");
      if (!n || !unit) return undefined;
      if (unit === "day") return { from: addDays(today, 1 - n), to: today };
      if (unit === "week") return { from: addDays(today, 1 - 7 * n), to: today };
      // "The last 12 months" are whole calendar months, this one (so far) included: a chart of them has 12 bars.
      if (unit === "month") return { from: `${addMonths(today, 1 - n).slice(0, 8)}01`, to: today };
      return { from: addDays(addMonths(today, -12 * n), 1), to: today };
    },
  },
  {
    re: new RegExp(`${IN}\\bq([1-4])(?:\\s*[/-]?\\s*${YEAR})?`),
    range: (g, today) => resolveQuarter(Number(g[1]), today, g[2] ? Number(g[2]) : undefined),
  },
  {
    re: new RegExp(`${IN}\\b([1-4])\\.?\\s*(?:quartal|quarter)(?:\\s+(?:of\\s+)?${YEAR})?`),
    range: (g, today) => resolveQuarter(Number(g[1]), today, g[2] ? Number(g[2]) : undefined),
  },
  {
    re: new RegExp(`${IN}\\b(first|1st|second|2nd|third|3rd|fourth|4th|erste[nms]?|zweite[nms]?|dritte[nms]?|vierte[nms]?)\\s+(?:quartal|quarter)(?:\\s+(?:of\\s+)?${YEAR})?`),
    range: (g, today) => resolveQuarter(ORDINAL_QUARTER[g[1] ?? ""] ?? 1, today, g[2] ? Number(g[2]) : undefined),
  },
  {
    re: new RegExp(`${IN}\\b(?:${LAST}\\s+(?:quarter|quartal)|vorquartal)\\b`),
    range: (_g, today) => {
      const t = parseIso(today);
      const q = Math.ceil(t.m / 3);
      return q === 1 ? quarterRange(t.y - 1, 4) : quarterRange(t.y, q - 1);
    },
  },
  {
    re: new RegExp(`${IN}\\b${THIS}\\s+(?:quarter|quartal)\\b`),
    range: (_g, today) => resolveQuarter(Math.ceil(parseIso(today).m / 3), today),
  },
  {
    // "from January to March 2026", "von Januar bis März", "de janvier à juin"
    re: new RegExp(`\\b(?:(from|von|between|zwischen|de|du|entre)\\s+|d')?${MONTH}(?:\\s+${YEAR})?\\s*(-|to|till|until|through|bis|and|und|a|au|jusqu'a|jusqu'en|et)\\s*${MONTH}(?:\\s+${YEAR})?`),
    range: (g, today) => {
      const [, prefix, m1w, y1, conn, m2w, y2] = g;
      if (/^(and|und|et)$/.test(conn ?? "") && !/^(between|zwischen|entre)$/.test(prefix ?? "")) return undefined;
      const m1 = month(m1w);
      const m2 = month(m2w);
      const year2 = y2 ? Number(y2) : undefined;
      const year1 = y1 ? Number(y1) : year2 !== undefined ? (m1 <= m2 ? year2 : year2 - 1) : undefined;
      const start = resolveMonth(m1, today, year1);
      const sy = Number(start.from.slice(0, 4));
      const end = monthRange(year2 ?? (m2 >= m1 ? sy : sy + 1), m2);
      return clampToToday({ from: start.from, to: end.to }, today);
    },
  },
  {
    re: new RegExp(`${IN}\\b${MONTH}\\s+${YEAR_AGO}`),
    range: (g, today) => resolveMonth(month(g[1]), today, parseIso(today).y - 1),
  },
  {
    re: new RegExp(`${IN}\\b${MONTH}\\s+${YEAR_NOW}`),
    range: (g, today) => resolveMonth(month(g[1]), today, parseIso(today).y),
  },
  {
    re: new RegExp(`\\b(?:since|seit|ab|depuis)\\s+(?:anfang\\s+|beginning\\s+of\\s+|start\\s+of\\s+|(?:le\\s+)?debut\\s+(?:de\\s+|d'))?${MONTH}(?:\\s+${YEAR})?`),
    range: (g, today) => {
      const start = resolveMonth(month(g[1]), today, g[2] ? Number(g[2]) : undefined);
      return { from: start.from, to: start.from <= today ? today : start.to };
    },
  },
  {
    re: new RegExp(`\\b(?:since|seit|ab|depuis)\\s+(?:anfang\\s+|beginning\\s+of\\s+|start\\s+of\\s+|(?:le\\s+)?debut\\s+)?${YEAR}`),
    range: (g, today) => {
      const from = yearRange(Number(g[1])).from;
      return { from, to: from <= today ? today : yearRange(Number(g[1])).to };
    },
  },
  {
    // "last October" is the one before the current month even in October.
    re: new RegExp(`${IN}\\b(?:last|letzten|vergangenen|vorigen)\\s+${MONTH}(?!\\s*\\d)`),
    range: (g, today) => {
      const m = month(g[1]);
      const t = parseIso(today);
      return resolveMonth(m, today, m < t.m ? t.y : t.y - 1);
    },
  },
  {
    re: new RegExp(`${IN}\\b${MONTH}(?:\\s*,?\\s*${YEAR})?`),
    range: (g, today) => {
      if (!plausibleMonth(g[0] ?? "", g[1] ?? "")) return undefined;
      return resolveMonth(month(g[1]), today, g[2] ? Number(g[2]) : undefined);
    },
  },
  {
    re: new RegExp(`${IN}\\b(1[0-2]|0?[1-9])[/.]${YEAR}`),
    range: (g, today) => resolveMonth(Number(g[1]), today, Number(g[2])),
  },
  {
    // "since last month": from the start of that unit up to today.
    re: new RegExp(`\\b(?:since|seit)\\s+(?:dem\\s+|der\\s+|the\\s+)?(?:${LAST}\\s+(week|woche|month|mnth|mth|monat|year|yr|jahr)|(vorwoche|vormonat|vorjahr))\\b`),
    range: (g, today) => {
      const unit = (g[1] || g[2] || "").replace(/^vor/, "");
      const from =
        unit.startsWith("w") ? weekRange(addDays(today, -7)).from : unit.startsWith("m") ? addMonths(today, -1).slice(0, 8) + "01" : `${parseIso(today).y - 1}-01-01`;
      return { from, to: today };
    },
  },
  {
    // ISO calendar week: "week 45", "KW 45 2025"
    re: new RegExp(`${IN}\\b(?:calendar\\s+week|week|kw|kalenderwoche)\\s*(\\d{1,2})\\b(?:\\s*[/]?\\s*${YEAR})?`),
    range: (g, today) => {
      const n = Number(g[1]);
      if (n < 1 || n > 53) return undefined;
      const start = (y: number) => addDays(weekRange(`${y}-01-04`).from, 7 * (n - 1));
      const ty = parseIso(today).y;
      const y = g[2] ? Number(g[2]) : start(ty) <= today ? ty : ty - 1;
      return clampToToday({ from: start(y), to: addDays(start(y), 6) }, today);
    },
  },
  { re: /\b(?:the\s+)?(?:day\s+before\s+yesterday|vorgestern)\b/, range: (_g, today) => day(addDays(today, -2)) },
  { re: /\b(?:yesterday|gestern)\b/, range: (_g, today) => day(addDays(today, -1)) },
  // "bis heute", "up to today" alone is no day but everything up to now (shapes.ts).
  { re: /(?<!\b(?:bis|until|till|up\s+to)\s+)\b(?:today|heute?)\b/, range: (_g, today) => day(today) },
  {
    // "vorletzten Monat", "vorletzte Woche", "vorletztes Jahr", "the month before last": the unit two back.
    re: new RegExp(`${IN}\\b(?:${BEFORE_LAST}\\s+(week|woche|month|mnth|mth|monat|year|yr|jahr)(?:e?s)?|(?:the\\s+)?(week|month|year)\\s+before\\s+last|vorvor(woche|monat|jahr)(?:e?s)?)\\b`),
    range: (g, today) => {
      const unit = g[1] || g[2] || g[3] || "";
      if (unit.startsWith("w")) return weekRange(addDays(today, -14));
      if (unit.startsWith("m")) {
        const t = parseIso(addMonths(today, -2));
        return monthRange(t.y, t.m);
      }
      return yearRange(parseIso(today).y - 2);
    },
  },
  {
    re: new RegExp(`${IN}\\b(?:${LAST}\\s+(?:week|woche)|vorwoche)\\b`),
    range: (_g, today) => weekRange(addDays(today, -7)),
  },
  {
    re: new RegExp(`${IN}\\b${THIS}\\s+(?:week|woche)\\b`),
    range: (_g, today) => clampToToday(weekRange(today), today),
  },
  {
    re: new RegExp(`${IN}\\b(?:${LAST}\\s+(?:month|mnth|mth|monat)|vormonats?)\\b`),
    range: (_g, today) => {
      const t = parseIso(addMonths(today, -1));
      return monthRange(t.y, t.m);
    },
  },
  {
    re: new RegExp(`${IN}\\b(?:(?:so\\s+far\\s+)?${THIS}\\s+(?:month|monat)(?:\\s+so\\s+far)?|month\\s+to\\s+date|mtd)\\b`),
    range: (_g, today) => clampToToday(monthRange(parseIso(today).y, parseIso(today).m), today),
  },
  {
    re: new RegExp(`${IN}\\b(?:${LAST}\\s+(?:${YEAR_WORD}|jahr(?:es)?)|vorjahr(?:es)?)\\b`),
    range: (_g, today) => yearRange(parseIso(today).y - 1),
  },
  {
    re: new RegExp(
      `${IN}\\b(?:(?:so\\s+far\\s+)?${THIS}\\s+(?:${YEAR_WORD}|jahr(?:es)?)(?:\\s+so\\s+far)?|heuer|year[\\s-]+to[\\s-]+date|ytd|seit\\s+(?:jahresbeginn|jahresanfang|anfang\\s+des\\s+jahres)|since\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year)\\b`,
    ),
    range: (_g, today) => clampToToday(yearRange(parseIso(today).y), today),
  },
  {
    // A bare year, unless it is an amount ("über 2000 €").
    re: new RegExp(`${IN}(?:\\b(?:im\\s+jahr|in\\s+the\\s+year|year|jahr)\\s+)?(?<!(?:over|above|under|below|than|uber|unter|als|ab|bis)\\s+)\\b${YEAR}(?!\\s*(?:€|eur|euro|dollar|\\$|usd|chf|gbp|£))`),
    range: (g, today) => clampToToday(yearRange(Number(g[1])), today),
  },
];

const day = (iso: string): DateRange => ({ from: iso, to: iso });

/** Last month, last week or last year as of today: "letzten Monat" said after "vs". */
export function lastUnit(unit: "month" | "week" | "year", today: string): DateRange {
  if (unit === "week") return weekRange(addDays(today, -7));
  if (unit === "year") return yearRange(parseIso(today).y - 1);
  const t = parseIso(addMonths(today, -1));
  return monthRange(t.y, t.m);
}

/**
 * Whether a period is one whole calendar month, week or year before today's: "August vs last month" are then
 * two months side by side, where "this month vs last month" and "the last 3 months vs last year" compare a
 * period with the one before it.
 */
export function isEarlierWholeUnit(p: DateRange, unit: "month" | "week" | "year", today: string): boolean {
  const { y, m } = parseIso(p.from);
  const whole = unit === "week" ? weekRange(p.from) : unit === "year" ? yearRange(y) : monthRange(y, m);
  const running = unit === "week" ? weekRange(today) : unit === "year" ? yearRange(parseIso(today).y) : monthRange(parseIso(today).y, parseIso(today).m);
  return p.from === whole.from && p.to === whole.to && whole.from < running.from;
}
const POSSESSIVE = /^(?:'s|s')(?![\p{L}\p{N}])/u;

/** Finds and consumes the first period of the question; undefined when it names none. */
export function takePeriod(scan: Scanner, today: string): DateRange | undefined {
  return takePeriodAt(scan, today)?.range;
}

/**
 * takePeriod with where the period was written, so "September vs October" keeps
 * the person's order. Month names with a slip are read ("januray"), except words
 * in `keep` (a merchant's name that looks like one).
 */
export function takePeriodAt(scan: Scanner, today: string, keep?: KeepWords): { range: DateRange; pos: number } | undefined {
  fixMonthTypos(scan, keep);
  const before = scan.remaining;
  const range = findPeriod(scan, today);
  if (!range) return undefined;
  let pos = 0;
  while (pos < before.length && before[pos] === scan.remaining[pos]) pos++;
  return { range, pos };
}

function findPeriod(scan: Scanner, today: string): DateRange | undefined {
  const explicit = takeExplicitDates(scan, today);
  if (explicit) return untilNow(scan, explicit, today);
  // French phrases first: "septembre dernier" is one period, not the month and a stray word;
  // half years and holidays before the year rules: "erstes Halbjahr 2025" is not all of 2025, nor "Weihnachten 2025".
  for (const rule of [...HOLIDAY_RULES, ...SEASON_RULES, ...HALF_RULES, ...FRENCH_RULES, ...RULES]) {
    const m = rule.re.exec(scan.remaining);
    if (!m) continue;
    const range = rule.range([...m].map((x) => x ?? ""), today);
    if (!range) continue;
    // "this year's spending", "last month's bills": the possessive belongs to the period.
    const end = m.index + m[0].length;
    const possessive = POSSESSIVE.exec(scan.remaining.slice(end));
    scan.consume(m.index, end + (possessive?.[0].length ?? 0));
    return untilNow(scan, range, today);
  }
  return undefined;
}

const UNTIL_NOW = /\b(?:(?:bis|until|till|up\s+to|through)\s+(?:heute|today|now|jetzt)|(?:to|bis)\s+(?:date|dato)|jusqu'(?:a\s+)?(?:aujourd'hui|maintenant|present))\b/;

/** "von Januar bis heute", "from 1 March until now": the period runs on to today. */
function untilNow(scan: Scanner, range: DateRange, today: string): DateRange {
  if (range.from > today || !UNTIL_NOW.test(scan.remaining)) return range;
  scan.take(UNTIL_NOW);
  return { from: range.from, to: today };
}

/** The last twelve months, this one included: from the first of the month eleven months back to today. */
export function lastTwelveMonths(today: string): DateRange {
  return { from: `${addMonths(today, -11).slice(0, 8)}01`, to: today };
}

/**
 * The period used when the question names none: this month so far, except
 * for a series per month ("subscriptions per month"), which would otherwise
 * be one bar: then the last 12 whole months, this one (so far) included.
 * Questions that take the whole history instead (a named shop, money moved to
 * an own account, a count, a list) are settled in shape-draft.ts.
 */
export function defaultPeriod(today: string, groupBy?: string): DateRange {
  if (groupBy === "month") return lastTwelveMonths(today);
  const t = parseIso(today);
  return clampToToday(monthRange(t.y, t.m), today);
}

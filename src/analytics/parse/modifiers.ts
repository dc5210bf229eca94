// Extractors for everything that is not a period, a name or a measure:
// comparison, chart preference, ranking, grouping, amount limits, quoted text.
import type { GroupBy } from "../query-spec.ts";
import {
  ASKS_FOR_WHAT,
  CHART_PATTERNS,
  COMPARE_PATTERNS,
  GENERIC_BREAKDOWN,
  GROUP_PATTERNS,
  RANK_PATTERNS,
  RANK_SUBJECTS,
} from "./modifier-lexicon.ts";
import { countValue } from "./period-lexicon.ts";
import type { Scanner } from "./scanner.ts";

export type Compare = "none" | "previous_period" | "same_period_last_year";
export type ChartChoice = "none" | "line" | "doughnut" | "stacked_bar" | "bar" | "generic";

export function takeCompare(scan: Scanner): Compare {
  return takeCompareAt(scan).compare;
}

/** The comparison, where it was said, and the unit when its words name a period of their own ("vs letzten Monat"). */
export function takeCompareAt(scan: Scanner): { compare: Compare; at: number; names?: "month" | "week" | "year" } {
  for (const { compare, re, names } of COMPARE_PATTERNS) {
    const m = scan.take(re);
    if (m) return { compare, at: m.index, ...(names ? { names } : {}) };
  }
  return { compare: "none", at: -1 };
}

export function takeChart(scan: Scanner): ChartChoice | undefined {
  let found: ChartChoice | undefined;
  for (const { chart, re } of CHART_PATTERNS) {
    // Consume every chart word, but the first (most specific) kind decides.
    while (scan.take(re)) found ??= chart;
  }
  return found;
}

export interface Rank {
  limit: number;
  ascending: boolean;
  /** Set when the question says what is ranked ("top 5 shops", "biggest single payments"). */
  groupBy?: "none" | "merchant" | "category";
}

/**
 * Rankings. The ranked noun decides: payments ("purchases", "Einkäufe",
 * "Buchungen", and "expenses"/"Ausgaben" through the subject hint) are listed
 * one by one (groupBy none, sorted, limited); shops and categories are
 * ranked as groups; "the most" without a noun ranks merchants ("where do I
 * spend the most"). Defaults: 5 groups, 10 transactions.
 */
export function takeRank(scan: Scanner, subjectHint?: Rank["groupBy"]): Rank | undefined {
  const askedForWhat = ASKS_FOR_WHAT.test(scan.remaining);
  for (const { re, ascending } of RANK_PATTERNS) {
    const m = scan.take(re);
    if (!m) continue;
    const n = m[1] ? countValue(m[1]) : undefined;
    let groupBy: Rank["groupBy"];
    for (const subject of RANK_SUBJECTS) {
      if (scan.take(subject.re)) {
        groupBy = subject.groupBy;
        break;
      }
    }
    groupBy ??= subjectHint;
    if (!groupBy && askedForWhat) groupBy = "category";
    const limit = Math.min(100, Math.max(1, n ?? (groupBy === "none" ? 10 : 5)));
    return { limit, ascending, groupBy };
  }
  return undefined;
}

/** The question names a grouping ("by category", "pro Monat", "breakdown"), without taking it. */
export function mentionsGrouping(scan: Scanner): boolean {
  return GROUP_PATTERNS.some(({ re }) => re.test(scan.remaining)) || GENERIC_BREAKDOWN.test(scan.remaining);
}

export function takeGroupBy(scan: Scanner): GroupBy | undefined {
  const found: GroupBy[] = [];
  for (const { groupBy, re } of GROUP_PATTERNS) if (scan.take(re)) found.push(groupBy);
  const generic = scan.take(GENERIC_BREAKDOWN);
  // One grouping fits a QuerySpec; a named dimension (category, merchant) beats a time bucket.
  return found[0] ?? (generic ? "category" : undefined);
}

const NUM = String.raw`(\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
const CUR = String.raw`(?:€|eur\b|euros?\b|dollars?\b|\$|usd\b|chf\b|franken\b|£|gbp\b|pounds?\b)`;
const MONEY = String.raw`(?:${CUR}\s*)?${NUM}(?:\s*${CUR})?`;
const MIN_WORDS = String.raw`over|above|more\s+than|greater\s+than|bigger\s+than|larger\s+than|higher\s+than|at\s+least|exceeding|uber|mehr\s+als|grosser\s+als|hoher\s+als|mindestens|von\s+mehr\s+als`;
const MAX_WORDS = String.raw`under|below|less\s+than|smaller\s+than|lower\s+than|cheaper\s+than|at\s+most|up\s+to|unter|weniger\s+als|kleiner\s+als|niedriger\s+als|billiger\s+als|hochstens|maximal|bis\s+zu`;

/** "1.000,50" and "1,000.50" both mean one thousand; a lone separator with 1–2 digits is the decimal point. */
export function toDecimal(raw: string): string {
  const s = raw.replace(/[' ]/g, "");
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = (decimal ? s.slice(0, decimal.index) : s).replace(/[.,]/g, "");
  const value = decimal ? `${whole}.${decimal[1]}` : whole;
  return value.replace(/^0+(?=\d)/, "");
}

export function takeAmounts(scan: Scanner): { minAmount?: string; maxAmount?: string } {
  const out: { minAmount?: string; maxAmount?: string } = {};
  const between = scan.take(new RegExp(`\\b(?:between|zwischen)\\s+${MONEY}\\s+(?:and|und|-)\\s+${MONEY}`));
  if (between?.[1] && between[2]) {
    out.minAmount = toDecimal(between[1]);
    out.maxAmount = toDecimal(between[2]);
    return out;
  }
  const min = scan.take(new RegExp(`\\b(?:${MIN_WORDS})\\s+${MONEY}`)) ?? scan.take(new RegExp(`\\bab\\s+(?:${CUR}\\s*${NUM}|${NUM}\\s*${CUR})`));
  const minValue = min?.[1] ?? min?.[2];
  if (minValue) out.minAmount = toDecimal(minValue);
  const max = scan.take(new RegExp(`\\b(?:${MAX_WORDS})\\s+${MONEY}`));
  if (max?.[1]) out.maxAmount = toDecimal(max[1]);
  return out;
}

const QUOTED = /["“„«»‚]([^"“”„«»‚‘]{1,120})["”“«»‘]|(?:^|\s)'([^']{1,120})'(?=[\s?.!,]|$)/;

/** A quoted phrase is searched as text, exactly as typed. */
export function takeQuotedText(scan: Scanner): string | undefined {
  const m = QUOTED.exec(scan.remaining);
  if (!m) return undefined;
  const inner = m[1] ?? m[2] ?? "";
  const start = m.index + m[0].indexOf(inner);
  const text = scan.originalSlice(start, start + inner.length).trim();
  scan.consume(m.index, m.index + m[0].length);
  return text.length > 0 ? text : undefined;
}

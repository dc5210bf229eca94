// Explicit calendar dates and ranges between them: "2026-03-01", "01.03.2026",
// "1 March 2026", "March 1st", "1. März", "vom 1. bis 15. März",
// "between 1 and 15 March", "since 1 March". A date without a year means the
// most recent such day that is not in the future.
import { isValidDate, toIso, type DateRange, type Ymd } from "./dates.ts";
import { DAY, MONTH, MONTH_WORDS, YEAR } from "./period-lexicon.ts";
import type { Scanner } from "./scanner.ts";

interface DateToken {
  start: number;
  end: number;
  d: number;
  m: number;
  y?: number;
}

const twoDigitYear = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));

const FORMS: { re: RegExp; build: (g: string[]) => Omit<DateToken, "start" | "end"> | undefined }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (g) => ({ y: Number(g[1]), m: Number(g[2]), d: Number(g[3]) }) },
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})\b)?/g,
    build: (g) => ({ d: Number(g[1]), m: Number(g[2]), y: g[3] ? twoDigitYear(g[3]) : undefined }),
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?${DAY}\\s*(?:of\\s+)?${MONTH}(?:,?\\s*${YEAR})?`, "g"),
    build: (g) => ({ d: Number(g[1]), m: MONTH_WORDS[g[2] ?? ""] ?? 0, y: g[3] ? Number(g[3]) : undefined }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)(?:,?\\s*${YEAR})?`, "g"),
    build: (g) => ({ m: MONTH_WORDS[g[1] ?? ""] ?? 0, d: Number(g[2]), y: g[3] ? Number(g[3]) : undefined }),
  },
];

function findTokens(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  const taken = (s: number, e: number) => tokens.some((t) => s < t.end && e > t.start);
  for (const form of FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const parts = form.build([...m].map((x) => x ?? ""));
      if (!parts || taken(start, end)) continue;
      // Validity is checked against a leap year when no year is given; the year is fixed later.
      if (!isValidDate(parts.y ?? 2024, parts.m, parts.d)) continue;
      tokens.push({ start, end, ...parts });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** The most recent (month, day) not after today, or the given year. */
export function resolveDay(d: number, m: number, today: string, year?: number): string {
  if (year !== undefined) return toIso({ y: year, m, d });
  const ty = Number(today.slice(0, 4));
  for (let y = ty; y > ty - 8; y--) {
    const iso = isValidDate(y, m, d) ? toIso({ y, m, d }) : undefined;
    if (iso && iso <= today) return iso;
  }
  return toIso({ y: ty, m, d });
}

function withYear(t: Omit<DateToken, "start" | "end">, y: number): Ymd {
  return { y, m: t.m, d: t.d };
}

/** Resolves two ends, letting a year written on one end apply to the other. */
function resolvePair(a: Omit<DateToken, "start" | "end">, b: Omit<DateToken, "start" | "end">, today: string): DateRange {
  const before = (x: Omit<DateToken, "start" | "end">, y: Omit<DateToken, "start" | "end">) => x.m < y.m || (x.m === y.m && x.d <= y.d);
  if (a.y !== undefined && b.y !== undefined) return { from: toIso(withYear(a, a.y)), to: toIso(withYear(b, b.y)) };
  if (b.y !== undefined) return { from: toIso(withYear(a, before(a, b) ? b.y : b.y - 1)), to: toIso(withYear(b, b.y)) };
  const from = a.y !== undefined ? toIso(withYear(a, a.y)) : resolveDay(a.d, a.m, today);
  const fy = Number(from.slice(0, 4));
  return { from, to: toIso(withYear(b, before(a, b) ? fy : fy + 1)) };
}

const CONNECTOR = String.raw`\s*(-|to|till|until|through|bis(?:\s+zum)?|and|und)\s*(?:the\s+|dem\s+|den\s+|zum\s+)?`;
const PREFIX = String.raw`(?:\b(between|zwischen|from|vom|von|ab)\s+(?:the\s+|dem\s+|den\s+)?)?`;
const BETWEEN_PAIR = new RegExp(`${PREFIX}$`);
const BETWEEN_GAP = new RegExp(`^${CONNECTOR}$`);
const BARE_DAY_BEFORE = new RegExp(`${PREFIX}\\b${DAY}${CONNECTOR}$`);
const SINCE_BEFORE = /\b(?:since|seit|ab|from)\s+(?:the\s+|dem\s+|den\s+)?$/;
const ON_BEFORE = /\b(?:on|am|at|for|fur|vom)\s+(?:the\s+|dem\s+|den\s+)?$/;

/** "and"/"und" only joins dates after "between"/"zwischen"; "1 and 15 March" alone could be anything. */
const joinAllowed = (connector: string, prefix: string | undefined) =>
  !/^(and|und)$/.test(connector) || (prefix !== undefined && /^(between|zwischen)$/.test(prefix));

export function takeExplicitDates(scan: Scanner, today: string): DateRange | undefined {
  const text = scan.remaining;
  const tokens = findTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const t2 = tokens[i]!;
    const t1 = tokens[i - 1];
    if (t1) {
      const gap = BETWEEN_GAP.exec(text.slice(t1.end, t2.start));
      const pre = BETWEEN_PAIR.exec(text.slice(0, t1.start));
      if (gap && joinAllowed(gap[1] ?? "", pre?.[1])) {
        scan.consume(pre && pre[1] ? pre.index : t1.start, t2.end);
        return resolvePair(t1, t2, today);
      }
    }
    const bare = BARE_DAY_BEFORE.exec(text.slice(0, t2.start));
    if (bare && joinAllowed(bare[3] ?? "", bare[1])) {
      const d = Number(bare[2]);
      const first = d <= t2.d ? { d, m: t2.m, y: t2.y } : { d, m: t2.m === 1 ? 12 : t2.m - 1, y: t2.y === undefined ? undefined : t2.m === 1 ? t2.y - 1 : t2.y };
      if (isValidDate(first.y ?? 2024, first.m, first.d)) {
        scan.consume(bare.index, t2.end);
        return resolvePair(first, t2, today);
      }
    }
  }
  const first = tokens[0];
  if (!first) return undefined;
  const day = first.y !== undefined ? toIso(withYear(first, first.y)) : resolveDay(first.d, first.m, today);
  const since = SINCE_BEFORE.exec(text.slice(0, first.start));
  if (since) {
    scan.consume(since.index, first.end);
    return { from: day, to: day <= today ? today : day };
  }
  const on = ON_BEFORE.exec(text.slice(0, first.start));
  scan.consume(on ? on.index : first.start, first.end);
  return { from: day, to: day };
}

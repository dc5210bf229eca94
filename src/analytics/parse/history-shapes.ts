// Questions about a person's history rather than one period: the last time
// something was paid ("when did I last pay the gym"), one month in every year
// ("December each year"), and now against some years ago ("how much more rent
// than two years ago"). Each is read before the periods, whose words it shares.
import { addMonths, daysInMonth, parseIso, toIso, type DateRange } from "./dates.ts";
import { COUNT, MONTH, MONTH_WORDS, countValue } from "./period-lexicon.ts";
import type { Scanner } from "./scanner.ts";

const LATEST = [
  /\bwhen\s+(?:did|do|was|were|have|had)\s+(?:i|we)\s+(?:last|most\s+recently)\b/,
  /\bwhen\s+was\s+(?:the|my|our)\s+(?:last|latest|most\s+recent)\b/,
  /\b(?:the\s+)?last\s+time\s+(?:i|we)\b/,
  /\b(?:my|the|our)\s+(?:last|latest|most\s+recent)\s+(?:payment|charge|debit|transaction|purchase|transfer)\b/,
  /\b(?:meine?|die|der|das|unsere?)\s+letzte[nr]?\s+(?:zahlung|abbuchung|buchung|lastschrift|uberweisung|einkauf|kauf)\b/,
  // "when did the last rent from Kaminski come in", "wann kam die letzte Miete von Petersen".
  /\bwhen\s+did\s+(?:the|my|our)\s+(?:last|latest|most\s+recent)\b/,
  /\bwann\s+(?:kam|kamen|ging|gingen)\s+(?:die|der|das|meine?|unsere?)\s+letzte[nrs]?\b/,
  /\bzuletzt\b|\bletztmal(?:s|ig)?\b|\bdas\s+letzte\s+mal\b|\bzum\s+letzten\s+mal\b/,
];
// German asks "wann … zuletzt": the "wann" goes with it.
const WHEN_DE = /\bwann\b/;

/** "when did I last pay the gym", "wann habe ich zuletzt bei FitX bezahlt": the latest matching transaction. */
export function takeLatest(scan: Scanner): boolean {
  let hit = false;
  for (const re of LATEST) if (scan.take(re)) hit = true;
  if (hit) scan.take(WHEN_DE);
  return hit;
}

const EACH = String.raw`(?:each|every|jede[nmrs]?|in\s+every|in\s+each)`;
const YEARLY = /\b(?:each|every|per|by|pro|in\s+every)\s+years?\b|\b(?:jedes|jeden|in\s+jedem)\s+jahr(?:es)?\b|\bjahrlich\b|\bover\s+the\s+years\b|\bin\s+all(?:en)?\s+(?:the\s+)?(?:years|jahren)\b/;
const EVERY_MONTH = new RegExp(String.raw`\b${EACH}\s+${MONTH}(?!\s*\d)`);
const BARE_MONTH = new RegExp(String.raw`\b(?:(?:in|im|for|fur)\s+)?${MONTH}(?!\s*['’]?\d)`);

/**
 * "spending in December each year", "jedes Jahr im Dezember", "every December": the month number, its words
 * crossed out (not last December), and whether the words asked for one value per year themselves.
 */
export function takeMonthEachYear(scan: Scanner): { month: number; perYearSaid: boolean } | undefined {
  const every = EVERY_MONTH.exec(scan.remaining);
  if (every) {
    scan.consume(every.index, every.index + every[0].length);
    return { month: MONTH_WORDS[every[1]!]!, perYearSaid: YEARLY.test(scan.remaining) };
  }
  if (!YEARLY.test(scan.remaining)) return undefined;
  const bare = BARE_MONTH.exec(scan.remaining);
  if (!bare) return undefined;
  // "mar", "may", "mai" are words too: only a month word that stands as one ("may" needs "in").
  const word = bare[1]!;
  if (word.length <= 3 && !/^(?:in|im|for|fur)\s/.test(bare[0]) && !["dec", "dez", "jan", "feb", "aug", "sep", "oct", "okt", "nov", "jun", "jul", "apr"].includes(word)) return undefined;
  scan.consume(bare.index, bare.index + bare[0].length);
  return { month: MONTH_WORDS[word]!, perYearSaid: true };
}

/** The period narrowed to whole occurrences of the month: no empty year after the last one, none before the first. */
export function monthEachYearSpan(period: DateRange, month: number): DateRange {
  const from = parseIso(period.from);
  const to = parseIso(period.to);
  const startYear = from.m <= month ? from.y : from.y + 1;
  const start = from.m === month ? period.from : toIso({ y: startYear, m: month, d: 1 });
  const endYear = to.m >= month ? to.y : to.y - 1;
  const end = to.m === month ? period.to : toIso({ y: endYear, m: month, d: daysInMonth(endYear, month) });
  return start <= end ? { from: start, to: end } : period;
}

const AGO_UNIT = String.raw`(years?|yrs?|jahren?|months?|monaten?)`;
const AGAINST = String.raw`(?:than|compared\s+(?:to|with)|vs\.?|versus|against|als|gegenuber|im\s+vergleich\s+zu|verglichen\s+mit)`;
const YEARS_AGO = [
  new RegExp(String.raw`\b${AGAINST}\s+(?:(?:the\s+same\s+(?:month|time|period)\s+)|(?:it\s+was\s+))?${COUNT}\s+${AGO_UNIT}\s+(?:ago|earlier|before)\b`),
  new RegExp(String.raw`\b${AGAINST}\s+(?:noch\s+)?vor\s+${COUNT}\s+${AGO_UNIT}`),
];

/** "than two years ago", "als vor zwei Jahren": how far back the other side lies, in months, and where it was said. */
export function takeAgo(scan: Scanner): { months: number; at: number } | undefined {
  for (const re of YEARS_AGO) {
    const m = re.exec(scan.remaining);
    const n = m ? countValue(m[1]!) : undefined;
    if (!m || n === undefined || n < 1) continue;
    scan.consume(m.index, m.index + m[0].length);
    return { months: /^(?:y|j)/.test(m[2]!) ? 12 * n : n, at: m.index };
  }
  return undefined;
}

/**
 * The same span so many months earlier. A month running until today is compared with that whole month then
 * (a monthly payment is whole there), anything else day for day.
 */
export function earlierSpan(p: DateRange, months: number, today: string): DateRange {
  const from = addMonths(p.from, -months);
  const f = parseIso(p.from);
  const t = parseIso(p.to);
  const runningMonth = f.d === 1 && f.y === t.y && f.m === t.m && p.to === today;
  if (runningMonth) {
    const e = parseIso(from);
    return { from, to: toIso({ y: e.y, m: e.m, d: daysInMonth(e.y, e.m) }) };
  }
  return { from, to: addMonths(p.to, -months) };
}

// Month names typed with a slip: "januray", "feburary", "sepember", "oktobr",
// "dezmber". Only full names of six letters and more are corrected, and only
// by the slips fuzzy.ts allows for their length, starting with the same letter:
// shorter names collide with other words ("marc" is a name, not March). A word
// that comes close to a month without being one of those slips is reported,
// so the answer never silently drops the period the person meant.
import { damerauLevenshtein, fuzzyDistance } from "./fuzzy.ts";
import { MONTH_WORDS } from "./period-lexicon.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";

const FULL_NAMES = Object.entries(MONTH_WORDS).filter(([w]) => w.length >= 6);
const MIN_WORD = 5;

/** Words that name something else (a merchant's), never read as a month. */
export type KeepWords = ReadonlySet<string>;

const candidate = (word: string, keep: KeepWords) => word.length >= MIN_WORD && !(word in MONTH_WORDS) && !STOPWORDS.has(word) && !keep.has(word) && !/\d/.test(word);

/** The month a slip of a full month name means, when it is one. */
export function monthOfTypo(word: string): number | undefined {
  let best: { month: number; dist: number } | undefined;
  for (const [name, month] of FULL_NAMES) {
    if (name[0] !== word[0]) continue;
    const dist = fuzzyDistance(word, name);
    if (dist !== undefined && (!best || dist < best.dist)) best = { month, dist };
  }
  return best?.month;
}

/** The longest word of the lexicon for this month that fits in `length` letters ("sept" in the place of "sepember"). */
function wordFitting(month: number, length: number): string {
  return Object.keys(MONTH_WORDS)
    .filter((w) => MONTH_WORDS[w] === month && w.length <= length)
    .sort((a, b) => b.length - a.length)[0]!;
}

/** Rewrites month slips in the remaining text as month words, for the period rules to read. */
export function fixMonthTypos(scan: Scanner, keep: KeepWords = new Set()): void {
  for (const w of scan.remainingWords()) {
    if (!candidate(w.word, keep)) continue;
    const month = monthOfTypo(w.word);
    if (month !== undefined) scan.rewrite(w.start, w.end, wordFitting(month, w.word.length));
  }
}

/**
 * A word still unread that comes near a month name (one slip more than is
 * corrected: "jnauray"): the person meant a period that could not be read.
 * Returns the word as the person typed it.
 */
export function unreadMonthWord(scan: Scanner, keep: KeepWords = new Set()): string | undefined {
  for (const w of scan.remainingWords()) {
    if (!candidate(w.word, keep)) continue;
    const near = FULL_NAMES.some(([name]) => name[0] === w.word[0] && Math.abs(name.length - w.word.length) <= 2 && damerauLevenshtein(w.word, name) <= (name.length >= 9 ? 3 : 2));
    if (near) return scan.originalSlice(w.start, w.end);
  }
  return undefined;
}

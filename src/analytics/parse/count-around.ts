// "how many Thuisbezorgd orders", "wie viele Lidl-Einkäufe", "number of amazon
// orders": a name between the count words and the noun. The count patterns of
// measure-lexicon.ts need the noun right after "how many", so these questions
// were read as a sum. Only the count words and the noun are taken: the words
// between are the name and stay for the merchant, account and category readers.
import { COUNTABLE_DE, COUNTABLE_EN } from "./measure-lexicon.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";

/**
 * Up to three words between, not starting with the noun itself ("how many times did I order" is read by the
 * measure patterns); a German compound may join name and noun with a hyphen ("Amazon-Bestellungen").
 */
const between = (noun: string) => String.raw`(?<gap>(?!${noun}\b)(?:[^\s-]+[\s-]+){1,3}?)`;
const AROUND = [
  new RegExp(String.raw`\b(?<head>how\s+many|(?:the\s+)?(?:number|count)\s+of)\s+${between(COUNTABLE_EN)}(?<noun>${COUNTABLE_EN})\b`, "d"),
  new RegExp(String.raw`\b(?<head>wie\s*viele|(?:die\s+)?anzahl\s+(?:der\s+|an\s+)?)\s*${between(COUNTABLE_DE)}(?<noun>${COUNTABLE_DE})\b`, "d"),
];

/**
 * The count words and the noun, consumed; returns where the words between
 * them are, or undefined when the question does not count this way (or says
 * "how many orders" plainly, which the measure patterns read).
 */
export function takeCountAround(scan: Scanner): { start: number; end: number } | undefined {
  for (const re of AROUND) {
    const m = re.exec(scan.remaining);
    const head = m?.indices?.groups?.head;
    const gap = m?.indices?.groups?.gap;
    const noun = m?.indices?.groups?.noun;
    if (!head || !gap || !noun) continue;
    scan.consume(head[0], head[1]);
    scan.consume(noun[0], noun[1]);
    return { start: gap[0], end: gap[1] };
  }
  return undefined;
}

/** What is left of the words between, as the person typed them, when no reader took them: a name Kontor does not know, searched as text. */
export function leftInGap(scan: Scanner, gap: { start: number; end: number }): string | undefined {
  const left = scan
    .remainingWords()
    .filter((w) => w.start >= gap.start && w.end <= gap.end && w.word.length >= 3 && !STOPWORDS.has(w.word) && !/^\d+$/.test(w.word));
  const first = left[0];
  const last = left[left.length - 1];
  return first && last ? scan.originalSlice(first.start, last.end) : undefined;
}

// "dm oder Rossmann, wo lass ich mehr Geld?", "do I spend more at Aldi or at
// Lidl", "wer kostet mich mehr, Netflix oder Spotify": two names joined by
// "or" with a question of which is more. That asks for each figure side by
// side, as "A vs B" does, not for their sum ("dm or Rossmann this month" is
// still both shops together). The sides themselves are the subjects the
// other extractors find; this only reads where the "or" is.
import type { Scanner } from "./scanner.ts";

/** Which is more (or less): "mehr", "more", "am meisten", "the most"; never "more than 50 €" or "mehr als letzten Monat". */
const MORE = /\b(?:mehr|weniger|more|less|am\s+meisten|am\s+wenigsten|(?:the\s+)?most)\b(?!\s+(?:als|than)\b)/;
const OR = /\b(?:oder|or)\b/;

/**
 * The position of the "or" of a which-is-more question, or -1. Read, not
 * consumed: "the most" still ranks when no name stands on each side of the
 * "or" ("which shop or category did I spend the most at"), and the caller
 * checks that with namesBothSides once the names are read.
 */
export function whichMoreAt(scan: Scanner): number {
  const or = OR.exec(scan.remaining);
  return or && MORE.test(scan.remaining) ? or.index : -1;
}

/** True when subjects stand before and after the "or": "dm oder Rossmann", not "mehr oder weniger" beside one shop. */
export function namesBothSides(at: number, positions: readonly number[]): boolean {
  return positions.some((p) => p < at) && positions.some((p) => p > at);
}

// "since I bought the car", "seit dem Umzug": a start that is an event in the
// person's life, not a date. Kontor cannot know when that was. The clause is
// crossed out (its "car" is no subject) and kept, so the reply says it was not
// understood instead of silently answering for another period.
import type { Scanner } from "./scanner.ts";

// Not "since when"/"seit wann" (a question about a start). An event named by a noun is its article and that
// noun ("seit der Hochzeit", "since the move"); a clause ("since I bought the car") ends at punctuation, at a
// word read already (a gap of blanks) or where the question or its subject starts ("… how much on groceries").
const NOUN = String.raw`(?:the|my|our|der|die|das|dem|den|meine[mnrs]?|unsere[mnrs]?)\s+[\p{L}\p{N}-]+`;
const END = String.raw`(?=\s(?:for|fur|on|at|by|per|pro|bei|beim|auf|how|what|where|wie|was|wo|wieviel)\b|\s{3,}|[,;?!.]|$)`;
const SINCE = new RegExp(String.raw`\b(?:ever\s+)?(?:since|seit|seitdem)\b(?!\s+(?:when|wann)\b)(\s+${NOUN}(?=\s|$)|.*?${END})`, "u");

/** The words of a "since …" clause no period reader understood, as the person typed them; undefined when there is none. */
export function takeUnreadSince(scan: Scanner): string | undefined {
  const m = SINCE.exec(scan.remaining);
  if (!m) return undefined;
  const clause = m[1] ?? "";
  const start = m.index + m[0].length - clause.length;
  // The clause stops where the unread words stop: a later subject read already is not part of it.
  const words = scan.remainingWords().filter((w) => w.start >= start && w.end <= start + clause.length);
  if (words.length === 0) return undefined;
  const said = scan.originalSlice(words[0]!.start, words.at(-1)!.end).trim();
  scan.consume(m.index, start + clause.length);
  return said;
}

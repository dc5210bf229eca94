// "not counting the credit card payment and transfers between our accounts", "ohne Miete und Lebensmittel":
// the thing right after an excluding word is left out, and so is every further thing the list joins to it
// with "and", "or", a comma. Only a join directly after a thing left out continues the list, so "groceries
// except rent" still asks for the groceries.
import type { Scanner } from "./scanner.ts";

const ARTICLE = String.raw`(?:the\s+|my\s+|our\s+|any\s+|all\s+|die\s+|der\s+|den\s+|meine[nm]?\s+)?`;
/** The excluding words before a thing ("excluding", "except for the", "ohne meine"). */
export const EXCLUDE_HINT = new RegExp(
  String.raw`\b(?:excluding|exclude|excl\.?|except(?:\s+for)?|without|not\s+counting|not\s+including|apart\s+from|aside\s+from|other\s+than|leaving\s+out|ohne|ausser|ausgenommen|abgesehen\s+von)\s+${ARTICLE}$`,
);
// "transfers between our accounts and …": the words that say whose transfers stand between the thing and the join.
const OWN = String.raw`(?:(?:between|among|zwischen)\s+(?:our|my|the|meinen|unseren|den)\s+(?:own\s+|eigenen\s+)?(?:accounts|konten)\s*)?`;
const JOIN = new RegExp(String.raw`^\s*${OWN}(?:,\s*(?:and\s+|or\s+|und\s+|oder\s+)?|and\s+|or\s+|nor\s+|und\s+|oder\s+|sowie\s+|&\s*|as\s+well\s+as\s+)${ARTICLE}$`);

export interface Span {
  start: number;
  end: number;
}

/** Whether the thing at `start` is left out: an excluding word before it (consumed) or a join after a thing left out. */
export function takeExcluded(scan: Scanner, start: number, excluded: readonly Span[]): boolean {
  return scan.takeHint(EXCLUDE_HINT, start) || joinsExcluded(scan, start, excluded);
}

/**
 * The words between a thing left out and `start` only join a list ("rent and groceries", "rent, groceries").
 * Words read already between them belong to the thing ("transfers between our accounts and the card bills").
 */
export function joinsExcluded(scan: Scanner, start: number, excluded: readonly Span[]): boolean {
  return excluded.some((s) => s.end <= start && JOIN.test(scan.remaining.slice(s.end, start)));
}

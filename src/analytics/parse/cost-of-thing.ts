// "was hat die Kur gekostet", "what did the bus trip to the Gardasee cost us": the price of one thing
// bought, asked in the past tense. Such a question has no month in mind: the thing was paid when it was
// paid, so without a period the whole history on file answers it (as a shop's total does), and a name in
// it that Kontor knows nothing of is searched as text in the bank rows.
import { KNOWN_CITIES } from "../../categories/places.ts";
import { foldText } from "../../categories/normalize.ts";
import type { Scanner } from "./scanner.ts";
import { STOPWORDS } from "./stopwords.ts";

const ARTICLE = String.raw`(?:(?:the|our|my|his|her|that|this|die|der|das|den|dem|unser[emnrs]?|mein[emnrs]?)\s+)?`;
// With indices ("d"): where the thing stands in the text.
const THING_COST: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:what|how\s+much)\s+(?:did|has|have)\s+${ARTICLE}(.+?)\s+cost(?:\s+(?:us|me|him|her|them))?\b`, "d"),
  new RegExp(String.raw`\b(?:was|wie\s*viel)\s+(?:hat|haben)\s+(?:uns\s+|mich\s+)?${ARTICLE}(.+?)\s+(?:uns\s+|mich\s+)?(?:gekostet|bezahlt)\b`, "d"),
];

// "how much was the concert ticket": a thing only when a name is left in it that nothing else read
// ("how much was the electricity bill" is the category, in its own period).
const THING_WAS = new RegExp(String.raw`\bhow\s+much\s+(?:was|were)\s+(?:the|our|my|that)\s+(.+?)\s*(?:\?|$)`, "d");

export interface ThingSpan {
  start: number;
  end: number;
  /** Only a thing when a name is left in it (THING_WAS). */
  weak?: boolean;
}

/** Where the thing of a "what did X cost" question is in the folded text; nothing is consumed. */
export function findCostOfThing(scan: Scanner): ThingSpan | undefined {
  for (const re of THING_COST) {
    const m = re.exec(scan.remaining);
    const span = m?.indices?.[1];
    if (span) return { start: span[0], end: span[1] };
  }
  const span = THING_WAS.exec(scan.remaining)?.indices?.[1];
  return span ? { start: span[0], end: span[1], weak: true } : undefined;
}

const TRIP = /(?<![\p{L}\p{N}])(?:trip|holidays?|vacation|getaway|urlaub|urlaubsreise|reise|ferien|vacances|voyage)(?![\p{L}\p{N}])/u;

/** "the Orlando trip", "der Urlaub in Rimini": the thing is a trip, and its name the place (trip-days.ts). */
export function isTrip(scan: Scanner, thing: ThingSpan): boolean {
  return TRIP.test(scan.folded.text.slice(thing.start, thing.end));
}

/** "copenhagen", "München": a city the thing is, asked without the word trip. */
export function namesCity(name: string): boolean {
  return KNOWN_CITIES.has(foldText(name));
}

/** The last word of the thing that nothing else read ("gardasee" of "bus trip to the gardasee"), consumed, in the person's spelling. */
export function takeThingName(scan: Scanner, thing: ThingSpan): string | undefined {
  const left = scan.remainingWords().filter((w) => w.start >= thing.start && w.end <= thing.end && w.word.length >= 3 && !STOPWORDS.has(w.word) && !/^\d+$/.test(w.word));
  const word = left.at(-1);
  if (!word) return undefined;
  scan.consume(word.start, word.end);
  return scan.originalSlice(word.start, word.end);
}

/** Where the thing's name starts ("ticket" of "the concert ticket"), after takeThingName took it. */
export function thingNameAt(scan: Scanner, thing: ThingSpan, name: string): number {
  return scan.folded.text.lastIndexOf(name.toLowerCase(), thing.end);
}

/**
 * "the concert ticket", "the dentist bill": a category word right before the thing's name says
 * which one is meant, so the category stays beside the name ("ticket" alone is also the Deutschlandticket).
 */
export function qualifiesThing(scan: Scanner, wordAt: number, nameAt: number): boolean {
  return nameAt > wordAt && /^[\p{L}\p{N}]+\s+$/u.test(scan.folded.text.slice(wordAt, nameAt));
}

// "rent this year minus what Anna paid back", "the flat less what my flatmate paid me back": what was spent,
// with one person's money in taken off. The person is a payer, not a second subject of the spending: without
// this, "rent + Anna" asks for rent rows that are also Anna's, and finds none.
import type { Scanner } from "./scanner.ts";

// With indices ("d"): group 1 is the payer's name, the rest the phrase's own words.
const PAID_BACK = /\b(?:minus|less|after|net\s+of|without)\s+what\s+((?:\S+\s+){0,2}?\S+)\s+(?:paid|gave|sent|transferred|refunded)\s+(?:me\s+|us\s+)?(?:back)\b/d;

/** Where the payer's name stands; the phrase's other words are consumed so they read as no measure or name. */
export function takePaidBack(scan: Scanner): { start: number; end: number } | undefined {
  const m = PAID_BACK.exec(scan.remaining);
  const name = m?.indices?.[1];
  if (!m || !name) return undefined;
  scan.consume(m.index, name[0]);
  scan.consume(name[1], m.index + m[0].length);
  return { start: name[0], end: name[1] };
}

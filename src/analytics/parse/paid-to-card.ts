// "how much did we pay to capital one", "paid capital one", "went to capital one": the words name the card
// account and the payee of its bills at once. Money paid to a card is its bills, from whichever account
// they were paid (card-bills.ts), not the card's own rows searched for what is left of its name.
// "spent on capital one" stays the card's purchases.
import type { AccountHit } from "./accounts.ts";
import { fold, words } from "./fold.ts";
import type { Scanner } from "./scanner.ts";

const PAID_TO = /\b(?:pa(?:y|id|ying)|sent|send|went|gone|goes|transferr?(?:ed|ing)?)(?:\s+(?:money|off))?\s+(?:to\s+|towards?\s+)?(?:the\s+|my\s+|our\s+)?$/;
const CARD = "CREDIT_CARD";

/** The card a payment was made to, its name's remaining words ("one" of "capital one") consumed. */
export function takePaidCard(scan: Scanner, hits: readonly AccountHit[]): AccountHit | undefined {
  for (const hit of hits) {
    if (hit.byKind || hit.accounts.length !== 1 || hit.accounts[0]!.type !== CARD) continue;
    // The verb may be read already as the measure ("pay"): the question's own words decide.
    if (!PAID_TO.test(scan.folded.text.slice(0, hit.start))) continue;
    const name = new Set(words(fold(hit.accounts[0]!.name)).map((w) => w.word));
    let end = hit.end;
    for (const w of scan.remainingWords()) {
      if (w.start < end) continue;
      if (!name.has(w.word) || scan.remaining.slice(end, w.start).trim() !== "") break;
      scan.consume(w.start, w.end);
      end = w.end;
    }
    return hit;
  }
  return undefined;
}

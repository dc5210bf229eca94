// Matches bank text against the built-in merchant list (merchant-data.ts).
// Named businesses beat kinds of shop ("Allianz" beats "~versicherung"), then
// the longest phrase wins, so "Amazon Prime" beats "Amazon" and "Uber Eats"
// beats "Uber". Phrases are indexed by their first word: a lookup costs a few
// map reads per word of the text, whatever the dictionary's size.
import { MERCHANTS, GENERIC_NAMES } from "./merchant-data.ts";
import { foldText, stripPaymentWrappers } from "./normalize.ts";

export interface MerchantMatch {
  name: string;
  categoryKey: string;
  /** A kind of shop ("Apotheke") rather than one business. */
  generic: boolean;
}

interface Phrase {
  folded: string;
  words: number;
  entry: MerchantMatch;
}

interface PhraseIndex {
  byFirstWord: Map<string, Phrase[]>;
  /** "~" phrases: word parts, tried by substring (few, so a scan is cheap). */
  parts: Phrase[];
}

let index: PhraseIndex | undefined;
function phraseIndex(): PhraseIndex {
  if (index) return index;
  const byFirstWord = new Map<string, Phrase[]>();
  const parts: Phrase[] = [];
  for (const [name, categoryKey, ...raw] of MERCHANTS) {
    const entry = { name, categoryKey, generic: GENERIC_NAMES.has(name) };
    for (const p of raw) {
      const folded = foldText(p.replace(/^~/, ""));
      const phrase = { folded, words: folded.split(" ").length, entry };
      if (p.startsWith("~")) parts.push(phrase);
      else {
        const first = folded.split(" ")[0] ?? "";
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
      }
    }
  }
  index = { byFirstWord, parts };
  return index;
}

function beats(a: Phrase, b: Phrase | null): boolean {
  if (!b) return true;
  if (a.entry.generic !== b.entry.generic) return !a.entry.generic;
  return a.folded.length > b.folded.length;
}

/** The built-in merchant named in one piece of text, or null. */
export function matchMerchantText(text: string | null | undefined): MerchantMatch | null {
  if (!text) return null;
  const folded = stripPaymentWrappers(foldText(text));
  if (!folded) return null;
  const { byFirstWord, parts } = phraseIndex();
  const words = folded.split(" ");
  let best: Phrase | null = null;
  words.forEach((word, i) => {
    for (const p of byFirstWord.get(word) ?? []) {
      if (beats(p, best) && (p.words === 1 || words.slice(i, i + p.words).join(" ") === p.folded)) best = p;
    }
  });
  for (const p of parts) if (beats(p, best) && folded.includes(p.folded)) best = p;
  return best ? (best as Phrase).entry : null;
}

export interface MerchantFields {
  merchant?: string | null;
  counterpartyName?: string | null;
  description?: string | null;
}

/**
 * Looks at the cleanest field first: a provider's merchant, then the
 * counterparty, then the free-text description, which often names a
 * different party ("PayPal" as counterparty, "Netflix" in the text).
 */
export function matchMerchant(tx: MerchantFields): MerchantMatch | null {
  return matchMerchantText(tx.merchant) ?? matchMerchantText(tx.counterpartyName) ?? matchMerchantText(tx.description);
}

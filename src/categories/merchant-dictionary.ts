// Matches bank text against the built-in merchant list (merchant-data.ts).
// The longest matching phrase wins, so "Amazon Prime" beats "Amazon" and
// "Uber Eats" beats "Uber".
import { MERCHANTS, GENERIC_NAMES } from "./merchant-data.ts";
import { containsWords, foldText, stripPaymentWrappers } from "./normalize.ts";
import { cleanMerchantLabel, isPaymentProcessor } from "./merchant-name.ts";

export interface MerchantMatch {
  name: string;
  categoryKey: string;
  /** A kind of shop ("Apotheke") rather than one business. */
  generic: boolean;
}

interface Phrase {
  folded: string;
  partial: boolean;
  entry: MerchantMatch;
}

let phrases: Phrase[] | undefined;
// Built on first use. Named businesses before kinds of shop ("Allianz" beats
// "~versicherung"), then longest first, so the first hit is the most specific.
function allPhrases(): Phrase[] {
  if (phrases) return phrases;
  const list: Phrase[] = [];
  for (const [name, categoryKey, ...raw] of MERCHANTS) {
    const entry = { name, categoryKey, generic: GENERIC_NAMES.has(name) };
    for (const p of raw) {
      const partial = p.startsWith("~");
      list.push({ folded: foldText(partial ? p.slice(1) : p), partial, entry });
    }
  }
  phrases = list.sort((a, b) => Number(a.entry.generic) - Number(b.entry.generic) || b.folded.length - a.folded.length);
  return phrases;
}

/** The built-in merchant named in one piece of text, or null. */
export function matchMerchantText(text: string | null | undefined): MerchantMatch | null {
  if (!text) return null;
  const folded = stripPaymentWrappers(foldText(text));
  if (!folded) return null;
  for (const p of allPhrases()) {
    if (p.partial ? folded.includes(p.folded) : containsWords(folded, p.folded)) return p.entry;
  }
  return null;
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

/**
 * A short label for reports and merchant grouping: the built-in name when the
 * dictionary knows the business ("REWE SAGT DANKE 1234" → "REWE",
 * "PAYPAL *NETFLIX" → "Netflix"), otherwise the cleaned counterparty or text.
 */
export function merchantName(tx: MerchantFields): string | null {
  const known = matchMerchant(tx);
  if (known && !known.generic) return known.name;
  for (const field of [tx.merchant, tx.counterpartyName, tx.description]) {
    if (!field || isPaymentProcessor(field)) continue;
    const label = cleanMerchantLabel(field);
    if (label) return label;
  }
  return null;
}

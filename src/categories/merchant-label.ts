// Fills `merchant` with a canonical label when the source gave none, so
// analytics group "REWE SAGT DANKE 1234" and "REWE Markt GmbH" as one merchant
// and muting, rules and reports all see the same name.
import { merchantName } from "./merchant-name.ts";
import type { MerchantFields } from "./merchant-dictionary.ts";
import { foldText, foldUmlauts, merchantWords } from "./normalize.ts";

// Labelling is the costly part of a big first sync; merchantName remembers
// each field's label (bank text repeats), so this stays cheap per row.
export function merchantLabel(tx: MerchantFields): string | null {
  return merchantName(tx);
}

export function withMerchantLabel<T extends MerchantFields>(tx: T): T {
  if (tx.merchant) return tx;
  const merchant = merchantLabel(tx);
  return merchant ? { ...tx, merchant } : tx;
}

/**
 * The grouping key of a merchant label: two labels with the same key are one
 * merchant ("REWE", "Rewe" → "rewe"; "Berry Farm's", "BERRY FARMS" →
 * "berry farms"; "The Fox and Hounds", "Fox & Hounds" → "fox hounds"). The
 * Merchant table is keyed by it.
 */
export function merchantKey(label: string): string {
  return merchantWords(foldUmlauts(foldText(label)));
}

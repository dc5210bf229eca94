// Fills `merchant` with a canonical label when the source gave none, so
// analytics group "REWE SAGT DANKE 1234" and "REWE Markt GmbH" as one merchant
// and muting, rules and reports all see the same name.
import { merchantName } from "./merchant-name.ts";
import type { MerchantFields } from "./merchant-dictionary.ts";
import { foldText, foldUmlauts } from "./normalize.ts";

// Labelling is the costly part of a big first sync, and bank text repeats
// (the same shop every week), so results are remembered, boundedly.
const MEMO_LIMIT = 20_000;
const byRow = new Map<string, string | null>();

export function merchantLabel(tx: MerchantFields): string | null {
  const key = `${tx.merchant ?? ""}\u0000${tx.counterpartyName ?? ""}\u0000${tx.description ?? ""}`;
  const hit = byRow.get(key);
  if (hit !== undefined || byRow.has(key)) return hit ?? null;
  const label = merchantName(tx);
  if (byRow.size >= MEMO_LIMIT) byRow.clear();
  byRow.set(key, label);
  return label;
}

export function withMerchantLabel<T extends MerchantFields>(tx: T): T {
  if (tx.merchant) return tx;
  const merchant = merchantLabel(tx);
  return merchant ? { ...tx, merchant } : tx;
}

/**
 * The grouping key of a merchant label: two labels with the same key are one
 * merchant ("REWE", "Rewe" → "rewe"; "Berry Farm's", "BERRY FARMS" →
 * "berry farms"). The Merchant table is keyed by it.
 */
export function merchantKey(label: string): string {
  return foldUmlauts(foldText(label));
}

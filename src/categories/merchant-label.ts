// Fills `merchant` with a clean label when the source gave none, so analytics
// can group "REWE SAGT DANKE 1234" and "REWE Markt GmbH" as one merchant and
// muting, rules and reports all see the same name.
import { merchantName, type MerchantFields } from "./merchant-dictionary.ts";

// Bank text repeats a lot (the same shop every week); the dictionary scan is
// the costly part of a big first sync, so labels are remembered, boundedly.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string | null>();

export function merchantLabel(tx: MerchantFields): string | null {
  if (tx.merchant) return tx.merchant;
  const key = `${tx.counterpartyName ?? ""}\u0000${tx.description ?? ""}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const label = merchantName(tx);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, label);
  return label;
}

export function withMerchantLabel<T extends MerchantFields>(tx: T): T {
  if (tx.merchant) return tx;
  const merchant = merchantLabel(tx);
  return merchant ? { ...tx, merchant } : tx;
}

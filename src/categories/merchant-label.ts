// Fills `merchant` with a clean label when the source gave none, so analytics
// can group "REWE SAGT DANKE 1234" and "REWE Markt GmbH" as one merchant and
// muting, rules and reports all see the same name.
import { matchMerchantText, merchantName, type MerchantFields, type MerchantMatch } from "./merchant-dictionary.ts";
import { foldText } from "./normalize.ts";

// The dictionary scan is the costly part of a big first sync, and bank text
// repeats (the same shop every week), so results are remembered, boundedly.
const MEMO_LIMIT = 20_000;
const byCounterparty = new Map<string, MerchantMatch | null>();
const byRow = new Map<string, string | null>();

function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function merchantLabel(tx: MerchantFields): string | null {
  if (tx.merchant) return tx.merchant;
  const cp = tx.counterpartyName;
  // A counterparty the dictionary knows by name decides alone, whatever the
  // (often unique) description says: the same answer merchantName gives.
  const known = cp ? remember(byCounterparty, cp, () => matchMerchantText(cp)) : null;
  if (known && !known.generic) return known.name;
  return remember(byRow, `${cp ?? ""}\u0000${tx.description ?? ""}`, () => merchantName(tx));
}

export function withMerchantLabel<T extends MerchantFields>(tx: T): T {
  if (tx.merchant) return tx;
  const merchant = merchantLabel(tx);
  return merchant ? { ...tx, merchant } : tx;
}

/**
 * The grouping key of a merchant label: two labels with the same key are one
 * merchant ("REWE", "Rewe" → "rewe"). The Merchant table is keyed by it.
 */
export function merchantKey(label: string): string {
  return foldText(label);
}

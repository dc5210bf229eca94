// The categorizer the sync engine calls for every new row: provider categories
// that already are taxonomy keys (the demo bank's) map to themselves.
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { categorize } from "./categorize.ts";
import { CATEGORY_KEYS } from "./taxonomy.ts";
import { bookingCodesOf } from "./booking-codes.ts";
import type { Rule } from "./rules.ts";

const IDENTITY = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, k]));

/** `accountId` is Kontor's account the row is written to, for rules bound to one account. */
export function categorizeForSync(tx: NormalizedTransaction, rules: readonly Rule[] = [], accountId?: string, own?: { ownIbans: ReadonlySet<string>; ownNames?: ReadonlySet<string> }) {
  const c = categorize(
    {
      amount: tx.amount,
      counterpartyName: tx.counterpartyName,
      counterpartyIban: tx.counterpartyIban,
      description: tx.description,
      merchant: tx.merchant,
      providerCategory: tx.providerCategory,
      transactionType: tx.transactionType,
      accountId: accountId ?? null,
      mcc: tx.mcc ?? null,
      bookingCodes: bookingCodesOf(tx.raw),
    },
    { rules, providerMap: IDENTITY, ...(own ? { ownIbans: own.ownIbans } : {}), ...(own?.ownNames ? { ownNames: own.ownNames } : {}) },
  );
  return { key: c.categoryKey, source: c.source, refundOf: c.refundOf };
}

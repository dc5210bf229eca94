// Decides one transaction's category. Order, most trusted first:
//  1. the person's manual choice for this transaction ("user")
//  2. the person's rules ("rule")
//  3. the provider's own category, through a mapping ("provider")
//  4. booking-type keywords: salary, ATM cash, own transfers ("fallback").
//     These run before the dictionary because the merchant name in such a
//     booking names the employer or the ATM's shop, not what was bought:
//     "LOHN/GEHALT 10/2026 Deutsche Bahn AG" is salary, not a train ticket.
//  5. the built-in merchant dictionary ("dictionary"); money coming back from
//     a shop is a refund, not negative spending
//  6. content keywords: rent, refunds, fees, savings ("fallback")
//  7. "other" for money out, "income_other" for money in ("fallback")
import { decimalSign } from "../format/decimal.ts";
import { TAXONOMY } from "./taxonomy.ts";
import { matchMerchant } from "./merchant-dictionary.ts";
import { findMatchingRule, type Rule } from "./rules.ts";
import { bookingTypeCategory, contentCategory } from "./heuristics.ts";
import { foldText } from "./normalize.ts";

export interface CategorizeInput {
  amount: string;
  counterpartyName?: string | null;
  description?: string | null;
  merchant?: string | null;
  providerCategory?: string | null;
  accountId?: string | null;
  /** The bank's booking type ("Lastschrift", "Bargeldauszahlung"), a strong hint for cash and transfers. */
  transactionType?: string | null;
  /** A category the person set on this very transaction; it always wins. */
  manualCategoryKey?: string | null;
  /** ISO 18245 merchant category code ("5411") where the source gives one. */
  mcc?: string | null;
}

export interface CategorizeContext {
  rules: readonly Rule[];
  /** Provider label → taxonomy key; matched exactly first, then case/accent-insensitively. */
  providerMap?: Record<string, string>;
  /** The person's own account IBANs (upper case, no spaces): money to or from them is a transfer. */
  ownIbans?: ReadonlySet<string>;
}

export type CategorySource = "user" | "rule" | "provider" | "dictionary" | "fallback";

export interface Categorization {
  categoryKey: string;
  source: CategorySource;
}

const KIND = new Map(TAXONOMY.map((c) => [c.key, c.kind]));
// Catch-all keys say nothing; a provider's "Other" must not hide a dictionary match.
const UNINFORMATIVE = new Set(["other", "income_other"]);

function mapProvider(label: string | null | undefined, map: Record<string, string> | undefined): string | null {
  if (!label || !map) return null;
  let key = map[label];
  if (key === undefined) {
    const folded = foldText(label);
    const hit = Object.entries(map).find(([k]) => foldText(k) === folded);
    key = hit?.[1];
  }
  return key && KIND.has(key) && !UNINFORMATIVE.has(key) ? key : null;
}

export function categorize(tx: CategorizeInput, ctx: CategorizeContext): Categorization {
  if (tx.manualCategoryKey && KIND.has(tx.manualCategoryKey)) return { categoryKey: tx.manualCategoryKey, source: "user" };

  const rule = findMatchingRule(ctx.rules, tx);
  if (rule) return { categoryKey: rule.categoryKey, source: "rule" };

  const provider = mapProvider(tx.providerCategory, ctx.providerMap);
  if (provider) return { categoryKey: provider, source: "provider" };

  const sign = decimalSign(tx.amount);
  const subject = { amountSign: sign, texts: [tx.transactionType, tx.counterpartyName, tx.merchant, tx.description] };
  const bookingType = bookingTypeCategory(subject);
  if (bookingType) return { categoryKey: bookingType, source: "fallback" };

  const known = matchMerchant(tx);
  if (known) {
    const refund = sign > 0 && KIND.get(known.categoryKey) === "expense";
    return { categoryKey: refund ? "refunds" : known.categoryKey, source: "dictionary" };
  }

  const content = contentCategory(subject);
  if (content) return { categoryKey: content, source: "fallback" };

  return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
}

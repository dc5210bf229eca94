// Decides one transaction's category. Order, most trusted first:
//  1. the person's manual choice for this transaction ("user")
//  2. the person's rules ("rule")
//  3. a counterparty IBAN that is one of the person's own accounts: a
//     transfer, whatever else the row says ("fallback"); after salary and
//     cash words, the holder's own name as the counterparty also is one
//  4. the provider's own category, through a mapping ("provider")
//  5. booking-type keywords: salary, ATM cash, own transfers and card bills
//     ("fallback"). These run before the dictionary because the merchant name
//     in such a booking names the employer or the ATM's shop, not what was
//     bought: "LOHN/GEHALT 10/2026 Deutsche Bahn AG" is salary, not a ticket.
//  6. the built-in merchant dictionary ("dictionary")
//  7. the card's merchant category code ("fallback")
//  8. content keywords: rent, utilities, insurance, taxes, restaurants, …
//  9. "other" for money out, "income_other" for money in ("fallback")
// Money coming back from a shop (6, 7) is a refund, not negative spending:
// it lands in "refunds", as it always has.
import { decimalSign } from "../format/decimal.ts";
import { TAXONOMY } from "./taxonomy.ts";
import { matchMerchant } from "./merchant-dictionary.ts";
import { findMatchingRule, type Rule } from "./rules.ts";
import { bookingTypeCategory, contentCategory } from "./heuristics.ts";
import { categoryForMcc } from "./mcc.ts";
import { foldText } from "./normalize.ts";
import { namesOwnAccount, personalName } from "../transfers/own-names.ts";

export interface CategorizeInput {
  amount: string;
  counterpartyName?: string | null;
  counterpartyIban?: string | null;
  description?: string | null;
  merchant?: string | null;
  providerCategory?: string | null;
  accountId?: string | null;
  /** The bank's booking type ("Lastschrift", "Bargeldauszahlung"), a strong hint for cash and transfers. */
  transactionType?: string | null;
  /** ISO 18245 merchant category code ("5411") where the source gives one. */
  mcc?: string | null;
  /** A category the person set on this very transaction; it always wins. */
  manualCategoryKey?: string | null;
}

export interface CategorizeContext {
  rules: readonly Rule[];
  /** Provider label → taxonomy key; matched exactly first, then case/accent-insensitively. */
  providerMap?: Record<string, string>;
  /** The person's own IBANs, normalised with normalizeIban. */
  ownIbans?: ReadonlySet<string>;
  /** The holder's own full names, folded (see transfers/own-names.ts): a transfer naming one stays with the person. */
  ownNames?: ReadonlySet<string>;
}

export type CategorySource = "user" | "rule" | "provider" | "dictionary" | "fallback";

export interface Categorization {
  categoryKey: string;
  source: CategorySource;
}

const KIND = new Map(TAXONOMY.map((c) => [c.key, c.kind]));
// Categories of places that sell things: money coming in from one is a refund.
const SHOP_KINDS: ReadonlySet<string> = new Set(["groceries", "restaurants", "shopping", "drugstore", "health", "fuel", "travel", "entertainment"]);
// Catch-all keys say nothing; a provider's "Other" must not hide a dictionary match.
const UNINFORMATIVE = new Set(["other", "income_other"]);

/** "DE89 3704 0044 0532 0130 00" and "de89370400440532013000" are one IBAN. */
export function normalizeIban(iban: string): string {
  return iban.replace(/[\s-]/g, "").toUpperCase();
}

/** True for the two kinds of own-money movement (transfers, savings), never spending or income. */
export function isTransferCategory(key: string): boolean {
  return KIND.get(key) === "transfer";
}

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

const PERSON_KEYS: ReadonlySet<string> = new Set(["rent", "utilities", "insurance", "taxes", "savings", "donations", "refunds", "salary"]);

/** The counterparty is a person's name, not a business: no brand, no kind-of-shop word in it. */
function paidToPerson(tx: CategorizeInput): boolean {
  const cp = tx.counterpartyName;
  return !!cp && personalName(cp) !== null && contentCategory({ amountSign: -1, texts: [cp] }) === null;
}

/** A shop's category for money out; money in from a shop is a refund. */
function spendingOrRefund(key: string, sign: -1 | 0 | 1): string {
  return sign > 0 && KIND.get(key) === "expense" ? "refunds" : key;
}

export function categorize(tx: CategorizeInput, ctx: CategorizeContext): Categorization {
  if (tx.manualCategoryKey && KIND.has(tx.manualCategoryKey)) return { categoryKey: tx.manualCategoryKey, source: "user" };

  const rule = findMatchingRule(ctx.rules, tx);
  if (rule) return { categoryKey: rule.categoryKey, source: "rule" };

  if (tx.counterpartyIban && ctx.ownIbans?.has(normalizeIban(tx.counterpartyIban))) return { categoryKey: "transfers", source: "fallback" };

  const sign = decimalSign(tx.amount);
  const provider = mapProvider(tx.providerCategory, ctx.providerMap);
  // A bank files a card return under the shop's category ("Shopping"): money
  // back from a shop is a refund all the same; money in filed as "other" is income.
  if (provider) return { categoryKey: provider === "other" && sign > 0 ? "income_other" : spendingOrRefund(provider, sign), source: "provider" };

  const subject = { amountSign: sign, amount: tx.amount, texts: [tx.transactionType, tx.counterpartyName, tx.merchant, tx.description] };
  const bookingType = bookingTypeCategory(subject);
  // Salary and cash stand; anything else naming the holder ("To Alex Beispiel") is own money moving.
  if (bookingType === "salary" || bookingType === "cash") return { categoryKey: bookingType, source: "fallback" };
  if (ctx.ownNames && namesOwnAccount([tx.counterpartyName, tx.description], ctx.ownNames)) return { categoryKey: "transfers", source: "fallback" };
  if (bookingType) return { categoryKey: bookingType, source: "fallback" };

  const known = matchMerchant(tx);
  // A kind of shop named in the purpose of a payment to a person ("Kino und Essen") is not a shop.
  if (known?.generic && paidToPerson(tx) && !PERSON_KEYS.has(known.categoryKey)) return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
  if (known) return { categoryKey: spendingOrRefund(known.categoryKey, sign), source: "dictionary" };

  const byMcc = categoryForMcc(tx.mcc);
  if (byMcc) return { categoryKey: spendingOrRefund(byMcc, sign), source: "fallback" };

  // Paid to a person ("Lena Hoffmann", "Kino und Essen"): what the money was for is the person's business,
  // not a shop's category; only household words (rent, utilities, insurance, taxes, savings, gifts) count.
  const content = contentCategory(subject);
  if (content && paidToPerson(tx) && !PERSON_KEYS.has(content)) return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
  if (content) return { categoryKey: content, source: "fallback" };
  // Money back from a shop known only by its kind ("Eetcafe De Hoek", "Pizzeria Roma") is a refund.
  if (sign > 0 && !paidToPerson(tx) && SHOP_KINDS.has(contentCategory({ ...subject, amountSign: -1 }) ?? "")) return { categoryKey: "refunds", source: "fallback" };

  return { categoryKey: sign > 0 ? "income_other" : "other", source: "fallback" };
}

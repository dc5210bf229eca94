// "How much did I spend in dollars": the rows in that currency. A row of an
// account in that currency counts with its amount; a row of another account
// that was paid in that currency (a card payment abroad, a conversion, where
// the bank states the original amount) counts with the amount it was paid in.
// The answer is then in that currency, with nothing converted.
import type { Params } from "./sql-parts.ts";

export interface CurrencyColumns {
  /** WHERE condition, or null without a currency filter. */
  where: string | null;
  /** The row's amount in the answer's currency (signed like the row). */
  amount: string;
  /** The currency the row is reported in. */
  currency: string;
}

export const OWN_CURRENCY: CurrencyColumns = { where: null, amount: "amount", currency: "currency" };

export function currencyColumns(code: string | undefined, params: Params): CurrencyColumns {
  if (!code) return OWN_CURRENCY;
  // The placeholder is reused: one value.
  const p = params.add(code, "VARCHAR");
  return {
    where: `(currency = ${p} OR (original_currency = ${p} AND original_amount IS NOT NULL))`,
    // Banks write the original amount with or without its sign: the row's own amount says which way the money went.
    amount: `(CASE WHEN currency = ${p} THEN amount ELSE sign(amount) * abs(original_amount) END)`,
    currency: p,
  };
}

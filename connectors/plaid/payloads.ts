// Plaid shapes (connectors.md §3.3-3.4, open-banking.md §3.2), validated.
// Amounts are JSON numbers with positive = money OUT: converted through their
// decimal text, never through float arithmetic.
import { z } from "zod";
import type { AccountKind, NormalizedAccount, NormalizedTransaction } from "../types.ts";

export const linkTokenSchema = z.object({ link_token: z.string(), expiration: z.string(), hosted_link_url: z.string().url() });
export const linkTokenGetSchema = z.object({
  link_sessions: z
    .array(
      z.object({
        finished_at: z.string().nullish(),
        exit: z.object({ metadata: z.object({ status: z.string().nullish() }).nullish() }).nullish(),
        results: z
          .object({
            item_add_results: z.array(z.object({ public_token: z.string(), institution: z.object({ name: z.string(), institution_id: z.string() }).nullish() })).default([]),
          })
          .nullish(),
      }),
    )
    .default([]),
});
export const exchangeSchema = z.object({ access_token: z.string(), item_id: z.string() });

export const accountBaseSchema = z.object({
  account_id: z.string(),
  name: z.string(),
  mask: z.string().nullish(),
  type: z.string(),
  subtype: z.string().nullish(),
  balances: z.object({ current: z.number().nullish(), available: z.number().nullish(), iso_currency_code: z.string().nullish(), unofficial_currency_code: z.string().nullish() }),
});
export const accountsSchema = z.object({ accounts: z.array(accountBaseSchema) });

export const plaidTransactionSchema = z.object({
  transaction_id: z.string(),
  account_id: z.string(),
  amount: z.number(),
  iso_currency_code: z.string().nullish(),
  unofficial_currency_code: z.string().nullish(),
  date: z.string(),
  authorized_date: z.string().nullish(),
  name: z.string(),
  merchant_name: z.string().nullish(),
  pending: z.boolean(),
  pending_transaction_id: z.string().nullish(),
  personal_finance_category: z.object({ primary: z.string(), detailed: z.string().nullish() }).nullish(),
});
export type PlaidTransaction = z.infer<typeof plaidTransactionSchema>;
export const syncSchema = z.object({
  added: z.array(plaidTransactionSchema),
  modified: z.array(plaidTransactionSchema),
  removed: z.array(z.object({ transaction_id: z.string(), account_id: z.string().nullish() })),
  next_cursor: z.string(),
  has_more: z.boolean(),
});

/** A JSON number's exact decimal text, sign flipped: Plaid's +12.5 out is Kontor's -12.5. */
export function kontorAmount(amount: number): string {
  const text = String(Math.abs(amount));
  if (/e/i.test(text)) throw new Error(`amount out of range: ${amount}`);
  if (amount === 0) return "0";
  return amount > 0 ? `-${text}` : text;
}

const TYPES: Record<string, AccountKind> = { depository: "CHECKING", credit: "CREDIT_CARD", investment: "BROKERAGE", loan: "OTHER" };

export function toAccount(itemId: string, a: z.infer<typeof accountBaseSchema>): NormalizedAccount {
  const type = a.subtype === "savings" ? "SAVINGS" : (TYPES[a.type] ?? "OTHER");
  return { externalId: `${itemId}:${a.account_id}`, name: a.mask ? `${a.name} ••${a.mask}` : a.name, currency: a.balances.iso_currency_code ?? "USD", type, iban: null };
}

export function toTransaction(tx: PlaidTransaction): NormalizedTransaction {
  return {
    externalId: tx.transaction_id,
    status: tx.pending ? "pending" : "booked",
    bookingDate: tx.date,
    valueDate: tx.authorized_date ?? null,
    amount: kontorAmount(tx.amount),
    currency: tx.iso_currency_code ?? tx.unofficial_currency_code ?? "USD",
    counterpartyName: tx.merchant_name ?? null,
    description: tx.name,
    providerCategory: tx.personal_finance_category?.detailed ?? tx.personal_finance_category?.primary ?? null,
    raw: tx,
  };
}

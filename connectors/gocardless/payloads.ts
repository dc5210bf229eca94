// GoCardless payloads (connectors.md §2.2), Berlin Group style: signed
// string amounts, booked and pending lists, ids not guaranteed.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { NormalizedTransaction } from "../types.ts";

export const institutionSchema = z.object({
  id: z.string(),
  name: z.string(),
  transaction_total_days: z.coerce.number().int().positive().catch(90),
  max_access_valid_for_days: z.coerce.number().int().positive().catch(90),
});
export type Institution = z.infer<typeof institutionSchema>;

export const agreementSchema = z.object({ id: z.string(), access_valid_for_days: z.number().int() });
export const requisitionSchema = z.object({
  id: z.string(),
  status: z.string(),
  link: z.string().url(),
  accounts: z.array(z.string()),
  agreement: z.string().nullish(),
  institution_id: z.string(),
});
export const detailsSchema = z.object({
  account: z.object({
    iban: z.string().nullish(),
    currency: z.string().nullish(),
    name: z.string().nullish(),
    displayName: z.string().nullish(),
    product: z.string().nullish(),
    cashAccountType: z.string().nullish(),
    maskedPan: z.string().nullish(),
  }),
});
const amountSchema = z.object({ amount: z.string().regex(/^-?\d+(\.\d+)?$/), currency: z.string() });
export const gcTransactionSchema = z.object({
  transactionId: z.string().nullish(),
  internalTransactionId: z.string().nullish(),
  bookingDate: z.string().nullish(),
  valueDate: z.string().nullish(),
  transactionAmount: amountSchema,
  creditorName: z.string().nullish(),
  creditorAccount: z.object({ iban: z.string().nullish() }).nullish(),
  debtorName: z.string().nullish(),
  debtorAccount: z.object({ iban: z.string().nullish() }).nullish(),
  remittanceInformationUnstructured: z.string().nullish(),
  remittanceInformationUnstructuredArray: z.array(z.string()).nullish(),
  proprietaryBankTransactionCode: z.string().nullish(),
  merchantCategoryCode: z.string().nullish(),
});
export type GcTransaction = z.infer<typeof gcTransactionSchema>;
export const transactionsSchema = z.object({ transactions: z.object({ booked: z.array(gcTransactionSchema), pending: z.array(gcTransactionSchema).default([]) }) });
export const balancesSchema = z.object({
  balances: z.array(z.object({ balanceAmount: amountSchema, balanceType: z.string(), referenceDate: z.string().nullish(), lastChangeDateTime: z.string().nullish() })),
});

export function toTransaction(accountKey: string, tx: GcTransaction, pending: boolean, today: string): NormalizedTransaction {
  const amount = tx.transactionAmount.amount;
  const incoming = !amount.startsWith("-");
  const text = tx.remittanceInformationUnstructured ?? tx.remittanceInformationUnstructuredArray?.join(" ") ?? null;
  const date = tx.bookingDate ?? tx.valueDate ?? today;
  const id =
    tx.transactionId ??
    tx.internalTransactionId ??
    `h:${createHash("sha256").update([accountKey, date, amount, tx.transactionAmount.currency, tx.creditorName ?? "", tx.debtorName ?? "", text ?? ""].join("\u0000")).digest("hex").slice(0, 32)}`;
  return {
    externalId: id,
    status: pending ? "pending" : "booked",
    bookingDate: date,
    valueDate: tx.valueDate ?? null,
    amount,
    currency: tx.transactionAmount.currency,
    counterpartyName: (incoming ? tx.debtorName : tx.creditorName) ?? null,
    counterpartyIban: (incoming ? tx.debtorAccount?.iban : tx.creditorAccount?.iban) ?? null,
    description: text,
    transactionType: tx.proprietaryBankTransactionCode ?? null,
    mcc: tx.merchantCategoryCode ?? null,
    raw: tx,
  };
}

// The Account Set as SimpleFIN Bridges send it (open-banking.md §2.4-2.5),
// legacy and v2 alike: hyphenated keys, epoch seconds, signed amounts with
// + = money in, pending rows with posted 0, and in-band errors.
import { z } from "zod";

const numeric = z.string().regex(/^-?\d+(\.\d+)?$/);

export const sfTransactionSchema = z.object({
  id: z.string().min(1),
  posted: z.number().int().nonnegative(),
  amount: numeric,
  description: z.string().default(""),
  payee: z.string().nullish(),
  memo: z.string().nullish(),
  transacted_at: z.number().int().nullish(),
  pending: z.boolean().nullish(),
  mcc: z.string().nullish(),
});
export type SfTransaction = z.infer<typeof sfTransactionSchema>;

export const sfAccountSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  conn_id: z.string().nullish(),
  conn_name: z.string().nullish(),
  org: z.object({ name: z.string().nullish(), domain: z.string().nullish() }).nullish(),
  currency: z.string(),
  balance: numeric,
  "available-balance": numeric.nullish(),
  "balance-date": z.number().int(),
  transactions: z.array(sfTransactionSchema).nullish(),
});
export type SfAccount = z.infer<typeof sfAccountSchema>;

const errItemSchema = z
  .object({ code: z.string(), msg: z.string().nullish(), message: z.string().nullish(), conn_id: z.string().nullish(), account_id: z.string().nullish() })
  .transform((e) => ({ code: e.code, text: e.msg ?? e.message ?? "", connId: e.conn_id ?? null, accountId: e.account_id ?? null }));
export type SfError = z.infer<typeof errItemSchema>;

export const accountSetSchema = z.object({
  errors: z.array(z.string()).nullish(),
  errlist: z.array(errItemSchema).nullish(),
  connections: z.array(z.object({ conn_id: z.string(), name: z.string().nullish() })).nullish(),
  accounts: z.array(sfAccountSchema),
});
export type AccountSet = z.infer<typeof accountSetSchema>;

export function connectionNames(set: AccountSet): Map<string, string> {
  return new Map((set.connections ?? []).flatMap((c) => (c.name ? [[c.conn_id, c.name] as const] : [])));
}

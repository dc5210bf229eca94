import { z } from "zod";

export const gcAccountSchema = z.object({
  id: z.string(),
  /** Stable across re-links (a new requisition gives new account ids): the IBAN when there is one. */
  key: z.string(),
  name: z.string(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  type: z.enum(["CHECKING", "SAVINGS", "CREDIT_CARD", "BROKERAGE", "CRYPTO", "OTHER"]),
  iban: z.string().nullable(),
});
export type GcAccount = z.infer<typeof gcAccountSchema>;

export const credentialsSchema = z.object({
  requisitionId: z.string(),
  institution: z.object({ id: z.string(), name: z.string() }),
  validUntil: z.string().datetime({ offset: true }),
  historyDays: z.number().int().positive(),
  accounts: z.array(gcAccountSchema),
});
export type GocardlessCredentials = z.infer<typeof credentialsSchema>;

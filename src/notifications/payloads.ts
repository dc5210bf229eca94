// What an Outbox row carries. Rows hold ids, not rendered text: the message is
// built when it is sent, in the person's locale at that moment, from the
// transaction as it is then (a pending row may have booked in between).
import { z } from "zod";
import { merchantKey as labelKey } from "../categories/merchant-label.ts";
import { CURRENCY_CODE } from "../format/currency-code.ts";

export const OUTBOX_KINDS = ["tx", "tx-summary", "first-sync", "reauth", "consent", "monthly-summary"] as const;

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const payloadSchemas = {
  tx: z.object({ transactionId: z.uuid() }),
  // Only the ids the message lists: a first sync of years can bring 100k rows.
  "tx-summary": z.object({ count: z.number().int().positive(), transactionIds: z.array(z.uuid()).min(1), label: z.string() }),
  "first-sync": z.object({ count: z.number().int().nonnegative(), since: z.string(), label: z.string() }),
  reauth: z.object({ connectionId: z.uuid(), label: z.string(), reason: z.string() }),
  consent: z.object({ connectionId: z.uuid(), label: z.string(), expiresAt: z.string() }),
  // Figures computed when queued (exact decimals): the summary reports the month as it was on the 1st.
  "monthly-summary": z.object({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    currency: z.string().regex(CURRENCY_CODE),
    spending: decimal,
    income: decimal,
    net: decimal,
    previous: z.object({ spending: decimal, income: decimal, net: decimal }),
    /** Cash taken out that month, which the spending figure leaves out; absent when there was none (and in summaries queued before it existed). */
    cash: decimal.optional(),
    top: z.array(z.object({ key: z.string().nullable(), value: decimal })).max(10),
    /** Net worth at the end of the month and of the month before; absent when there is nothing to value. */
    netWorth: z.object({ value: decimal, previous: decimal }).optional(),
  }),
} satisfies Record<(typeof OUTBOX_KINDS)[number], z.ZodType>;

export type OutboxKind = keyof typeof payloadSchemas;
export type Payload<K extends OutboxKind> = z.infer<(typeof payloadSchemas)[K]>;

/** Telegram callback_data: at most 64 bytes; a uuid plus a 5-byte prefix is 41. */
export const callbackData = {
  changeCategory: (txId: string) => `txc:${txId}`,
  muteMerchant: (txId: string) => `mute:${txId}`,
  relink: (connectionId: string) => `relink:${connectionId}`,
  renewConsent: (connectionId: string) => `renew:${connectionId}`,
};

/**
 * How muted merchants are keyed; the "Mute merchant" handler must store exactly this.
 * Folded as merchant keys are (categories/merchant-label.ts: case, accents, the ASCII
 * spellings of umlauts, spacing), so muting "Müller" also mutes "MUELLER".
 */
export function merchantKey(tx: { merchant?: string | null; counterpartyName?: string | null }): string | null {
  return labelKey(tx.merchant || tx.counterpartyName || "") || null;
}

/**
 * The keys stored mutes cover. Mutes stored before the key folded hold the
 * lower-cased name ("müller"), which folds to today's key; a key stored now is
 * also taken as it is, because folding a key again can change it ("queen" →
 * "quen" → "qun").
 */
export function mutedKeys(stored: readonly string[]): Set<string> {
  return new Set(stored.flatMap((m) => [m, labelKey(m)]));
}

/** Whether one stored mute covers this key (see mutedKeys). */
export function muteCovers(stored: string, key: string): boolean {
  return mutedKeys([stored]).has(key);
}

// Outbox rows are written inside the caller's transaction (the sync's), so a
// message exists if and only if the transactions it announces were committed.
// dedupeKey makes every event at most one row, whatever retries happen.
import type { Prisma } from "../db/client.ts";
import { decimalAbs, decimalCmp } from "../format/decimal.ts";
import { merchantKey, mutedKeys, type OutboxKind, type Payload } from "./payloads.ts";
import { deliverAt } from "./quiet-hours.ts";

type Tx = Prisma.TransactionClient;

/** From five new transactions on, one summary instead of a burst of messages. */
export const SUMMARY_THRESHOLD = 5;
/** A summary lists this many (the latest); the rest is a count. */
export const SUMMARY_LINES = 10;

export interface NewTransaction {
  id: string;
  amount: string;
  bookingDate: string;
  counterpartyName?: string | null;
  merchant?: string | null;
}

async function userPrefs(tx: Tx, userId: string) {
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { notificationsOn: true, notifyMinAmount: true, quietHoursStart: true, quietHoursEnd: true, timezone: true },
  });
}

async function put<K extends OutboxKind>(tx: Tx, row: { userId: string; kind: K; dedupeKey: string; payload: Payload<K>; notBefore: Date }): Promise<boolean> {
  const r = await tx.outbox.createMany({ data: [{ ...row, payload: row.payload as Prisma.InputJsonValue }], skipDuplicates: true });
  return r.count === 1;
}

export async function queueTransactionNotices(
  tx: Tx,
  input: { userId: string; connectionId: string; label: string; syncRunId: string; firstSync: boolean; transactions: readonly NewTransaction[]; now: Date },
): Promise<number> {
  if (!input.transactions.length) return 0;
  const prefs = await userPrefs(tx, input.userId);
  if (!prefs.notificationsOn) return 0;
  const notBefore = deliverAt(input.now, prefs);
  const base = { userId: input.userId, notBefore };
  if (input.firstSync) {
    let since = input.transactions[0]!.bookingDate;
    for (const t of input.transactions) if (t.bookingDate < since) since = t.bookingDate;
    const payload = { count: input.transactions.length, since, label: input.label };
    return Number(await put(tx, { ...base, kind: "first-sync", dedupeKey: `first-sync:${input.connectionId}`, payload }));
  }
  const muted = mutedKeys((await tx.mutedMerchant.findMany({ where: { userId: input.userId }, select: { merchant: true } })).map((m) => m.merchant));
  const min = prefs.notifyMinAmount?.toFixed() ?? null;
  const wanted = input.transactions.filter((t) => {
    if (min !== null && decimalCmp(decimalAbs(t.amount), min) < 0) return false;
    const key = merchantKey(t);
    return !(key && muted.has(key));
  });
  if (wanted.length >= SUMMARY_THRESHOLD) {
    const latest = [...wanted].sort((a, b) => (a.bookingDate < b.bookingDate ? 1 : a.bookingDate > b.bookingDate ? -1 : 0)).slice(0, SUMMARY_LINES);
    const payload = { count: wanted.length, transactionIds: latest.map((t) => t.id), label: input.label };
    return Number(await put(tx, { ...base, kind: "tx-summary", dedupeKey: `summary:${input.syncRunId}`, payload }));
  }
  let queued = 0;
  for (const t of wanted) queued += Number(await put(tx, { ...base, kind: "tx", dedupeKey: `tx:${t.id}`, payload: { transactionId: t.id } }));
  return queued;
}

/**
 * One "please log in again" per connection and episode. An episode is the time
 * since the last successful sync, so repeated failures share one key and the
 * next breakage after a recovery gets its own message.
 */
export async function queueReauthNotice(
  tx: Tx,
  input: { userId: string; connectionId: string; label: string; reason: string; episode: Date; now: Date },
): Promise<boolean> {
  const prefs = await userPrefs(tx, input.userId);
  return put(tx, {
    userId: input.userId,
    kind: "reauth",
    dedupeKey: `reauth:${input.connectionId}:${input.episode.toISOString()}`,
    payload: { connectionId: input.connectionId, label: input.label, reason: input.reason },
    notBefore: deliverAt(input.now, prefs),
  });
}

/**
 * One reminder per consent and stage, 7 days and 1 day before it ends (a
 * renewed consent has a new expiry, so new keys). The 7-day key is the one a
 * sync queues too, so the two never send it twice.
 */
export async function queueConsentReminder(
  tx: Tx,
  input: { userId: string; connectionId: string; label: string; expiresAt: Date; now: Date; stage?: 7 | 1 },
): Promise<boolean> {
  const prefs = await userPrefs(tx, input.userId);
  return put(tx, {
    userId: input.userId,
    kind: "consent",
    dedupeKey: `consent:${input.connectionId}:${input.expiresAt.toISOString()}${input.stage === 1 ? ":1d" : ""}`,
    payload: { connectionId: input.connectionId, label: input.label, expiresAt: input.expiresAt.toISOString() },
    notBefore: deliverAt(input.now, prefs),
  });
}

// Delivers Outbox rows to Telegram. Each row is claimed (SENDING, with a lease)
// in its own statement before the send and marked SENT after, so a message is
// sent at most once in normal operation. If the process dies between send and
// record, the lease runs out and the row gets exactly one more attempt: the
// person may see it twice, but never zero times.
//
// Schema note: there is no claimedAt column; while a row is SENDING its
// notBefore holds the lease's end ("do not look at this again before").
//
// A lost reply (the request reached Telegram, the response did not come back)
// is treated like that crash: Telegram offers no idempotency key for
// sendMessage and no way to list a chat's messages, so the row is re-sent
// once, after a delay, and then given up (FAILED, "delivery uncertain") rather
// than repeated. attempts counts requests really made: it is raised when the
// row is claimed, before the call, and the HTTP layer never retries a send
// whose request may have left (see src/bot/network-retry.ts).
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { toLocale } from "../i18n/index.ts";
import { deliverAt } from "./quiet-hours.ts";
import { renderOutbox, type OutgoingMessage } from "./render.ts";
import { classifySendError } from "./send-errors.ts";

export type Send = (chatId: bigint, message: OutgoingMessage) => Promise<{ messageId: number }>;

export interface DispatcherDeps {
  db: Db;
  send: Send;
  now?: () => Date;
  logger: Logger;
  /** How long a claimed row may stay unconfirmed before it counts as lost in a crash. */
  leaseMs?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  batchSize?: number;
  /** Wait before the one re-send of a message whose delivery is uncertain. */
  uncertainRetryMs?: number;
}

export interface DispatchReport {
  sent: number;
  failed: number;
  deferred: number;
  recovered: number;
}

const TX_KINDS = new Set(["tx", "tx-summary", "first-sync"]);
const UNCERTAIN = "delivery uncertain";

interface Claimed {
  id: string;
  userId: string;
  kind: string;
  payload: unknown;
  attempts: number;
  lastError: string | null;
}

export function createDispatcher(deps: DispatcherDeps) {
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? 120_000;
  const maxAttempts = deps.maxAttempts ?? 5;
  const retryBaseMs = deps.retryBaseMs ?? 30_000;
  const batchSize = deps.batchSize ?? 50;
  const uncertainRetryMs = deps.uncertainRetryMs ?? 60_000;
  const { db, logger } = deps;

  /** Unconfirmed rows whose lease ran out: one last attempt, or FAILED if they had it already. */
  async function recoverExpired(at: Date): Promise<number> {
    return db.$executeRawUnsafe(
      `UPDATE "Outbox" SET
         "status" = (CASE WHEN "attempts" < $2 THEN 'PENDING' ELSE 'FAILED' END)::"OutboxStatus",
         "attempts" = GREATEST("attempts", $2 - 1),
         "lastError" = 'delivery unconfirmed: lease expired',
         "notBefore" = $1
       WHERE "status" = 'SENDING' AND "notBefore" <= $1`,
      at,
      maxAttempts,
    );
  }

  async function claimNext(at: Date): Promise<Claimed | null> {
    const rows = await db.$queryRawUnsafe<Claimed[]>(
      `UPDATE "Outbox" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "notBefore" = $2
       WHERE "id" = (SELECT "id" FROM "Outbox" WHERE "status" = 'PENDING' AND "notBefore" <= $1
                     ORDER BY "notBefore", "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING "id", "userId", "kind", "payload", "attempts", "lastError"`,
      at,
      new Date(at.getTime() + leaseMs),
    );
    return rows[0] ?? null;
  }

  async function finish(id: string, data: { status: "SENT" | "FAILED" | "PENDING"; messageId?: number; lastError?: string | null; notBefore?: Date; attempts?: { decrement: number } }) {
    const at = now();
    await db.outbox.updateMany({ where: { id, status: "SENDING" }, data: { ...data, ...(data.status === "SENT" ? { sentAt: at, lastError: null } : {}) } });
  }

  async function deliver(row: Claimed, report: DispatchReport): Promise<void> {
    const at = now();
    const user = await db.user.findUnique({ where: { id: row.userId } });
    if (!user) return finish(row.id, { status: "FAILED", lastError: "user gone" });
    const later = deliverAt(at, user);
    if (later > at) {
      report.deferred += 1;
      // Not an attempt: the claim is undone and the row waits for the end of quiet hours.
      return finish(row.id, { status: "PENDING", notBefore: later, attempts: { decrement: 1 } });
    }
    if (TX_KINDS.has(row.kind) && !user.notificationsOn) {
      report.failed += 1;
      return finish(row.id, { status: "FAILED", lastError: "notifications switched off" });
    }
    let message: OutgoingMessage | null;
    try {
      message = await renderOutbox(db, row, toLocale(user.locale));
    } catch (err) {
      // A payload we cannot read will not become readable by waiting.
      report.failed += 1;
      return finish(row.id, { status: "FAILED", lastError: `cannot render: ${err instanceof Error ? err.message.slice(0, 300) : String(err)}` });
    }
    if (!message) {
      report.failed += 1;
      return finish(row.id, { status: "FAILED", lastError: "nothing to send: the transaction no longer exists" });
    }
    let messageId: number;
    try {
      ({ messageId } = await deps.send(user.chatId, message));
    } catch (err) {
      return failed(row, err, report);
    }
    report.sent += 1;
    await finish(row.id, { status: "SENT", messageId });
  }

  async function failed(row: Claimed, err: unknown, report: DispatchReport): Promise<void> {
    const f = classifySendError(err);
    logger.warn({ outboxId: row.id, kind: f.kind, attempts: row.attempts, detail: f.detail }, "notification not delivered");
    if (f.kind === "blocked") {
      report.failed += 1;
      // Everything else queued for this person would fail the same way; stop now instead of looping.
      await db.outbox.updateMany({ where: { userId: row.userId, status: "PENDING" }, data: { status: "FAILED", lastError: f.detail } });
      return finish(row.id, { status: "FAILED", lastError: f.detail });
    }
    if (f.kind === "uncertain") {
      // Once already uncertain (or a crash's last chance): it may well be in the chat twice; stop here.
      if (row.lastError?.startsWith(UNCERTAIN) || row.attempts >= maxAttempts) {
        report.failed += 1;
        return finish(row.id, { status: "FAILED", lastError: `${UNCERTAIN} twice, not sent again: ${f.detail}` });
      }
      return finish(row.id, { status: "PENDING", lastError: `${UNCERTAIN}: ${f.detail}`, notBefore: new Date(now().getTime() + uncertainRetryMs) });
    }
    if (f.kind === "permanent" || row.attempts >= maxAttempts) {
      report.failed += 1;
      return finish(row.id, { status: "FAILED", lastError: f.detail });
    }
    const waitMs = Math.max(f.kind === "transient" ? (f.retryAfterMs ?? 0) : 0, retryBaseMs * 2 ** (row.attempts - 1));
    return finish(row.id, { status: "PENDING", lastError: f.detail, notBefore: new Date(now().getTime() + waitMs) });
  }

  async function runOnce(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, failed: 0, deferred: 0, recovered: await recoverExpired(now()) };
    for (let i = 0; i < batchSize; i++) {
      const row = await claimNext(now());
      if (!row) break;
      await deliver(row, report);
    }
    return report;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  return {
    runOnce,
    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return; // the previous round is still sending
        running = runOnce()
          .catch((err: unknown) => logger.error({ error: err instanceof Error ? err.message : String(err) }, "notification dispatch failed"))
          .finally(() => (running = undefined));
      }, intervalMs);
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

// Delivers Outbox rows to Telegram. Each row is claimed (SENDING, with a lease)
// in its own statement before the send and marked SENT after.
//
// Telegram offers no idempotency key for sendMessage and no way to list a
// chat's messages, so a send is at most once whenever its fate is unknown:
// - every HTTP request made for a row is recorded as it leaves (attempts + 1,
//   requestedAt set) and cleared when the answer proves Telegram did not
//   execute it (see wire.ts); those rows are retried with backoff;
// - an answer that never came (timeout, reset after the request was written,
//   a proxy's 502/504 without Telegram's body), or a process that died while a
//   request was out (SENDING, lease over, requestedAt set), leaves the row
//   UNCONFIRMED: not sent again, logged at warn. A second copy in the chat is
//   worse than the rare message that never arrived.
// A row whose lease ran out with no request out (the process died before
// sending) is simply PENDING again.
//
// Schema note: there is no claimedAt column; while a row is SENDING its
// notBefore holds the lease's end ("do not look at this again before").
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { toLocale } from "../i18n/index.ts";
import { deliverAt } from "./quiet-hours.ts";
import { renderOutbox, type OutgoingMessage } from "./render.ts";
import { classifySendError } from "./send-errors.ts";
import type { WireHooks } from "./wire.ts";

/** `hooks` must be told of each request made (the bot does it in wire.ts); a send without them counts as one request. */
export type Send = (chatId: bigint, message: OutgoingMessage, hooks?: WireHooks) => Promise<{ messageId: number }>;

export interface DispatcherDeps {
  db: Db;
  send: Send;
  now?: () => Date;
  logger: Logger;
  /** How long a claimed row may stay unconfirmed before it counts as lost in a crash. */
  leaseMs?: number;
  /** Requests (not rounds: the HTTP layer may make several per round) before a row is given up. */
  maxAttempts?: number;
  retryBaseMs?: number;
  batchSize?: number;
  /** Pause before trying once more to record a send that Telegram confirmed. */
  recordRetryMs?: number;
}

export interface DispatchReport {
  sent: number;
  failed: number;
  deferred: number;
  recovered: number;
  unconfirmed: number;
}

const TX_KINDS = new Set(["tx", "tx-summary", "first-sync"]);

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
  const maxAttempts = deps.maxAttempts ?? 12;
  const retryBaseMs = deps.retryBaseMs ?? 30_000;
  const batchSize = deps.batchSize ?? 50;
  const recordRetryMs = deps.recordRetryMs ?? 500;
  const { db, logger } = deps;

  /** Rows whose lease ran out: PENDING again if no request was out, UNCONFIRMED if one was. */
  async function recoverExpired(at: Date): Promise<{ retried: number; unconfirmed: number }> {
    const rows = await db.$queryRawUnsafe<{ id: string; unconfirmed: boolean }[]>(
      `UPDATE "Outbox" SET
         "status" = (CASE WHEN "requestedAt" IS NULL THEN 'PENDING' ELSE 'UNCONFIRMED' END)::"OutboxStatus",
         "lastError" = (CASE WHEN "requestedAt" IS NULL THEN 'claimed, not sent: the process stopped before sending'
                        ELSE 'delivery unconfirmed: the process stopped while the request was out' END),
         "notBefore" = $1
       WHERE "status" = 'SENDING' AND "notBefore" <= $1
       RETURNING "id", ("status" = 'UNCONFIRMED') AS "unconfirmed"`,
      at,
    );
    const unconfirmed = rows.filter((r) => r.unconfirmed);
    if (unconfirmed.length) logger.warn({ outboxIds: unconfirmed.map((r) => r.id) }, "notification may or may not have been delivered: not sent again");
    return { retried: rows.length - unconfirmed.length, unconfirmed: unconfirmed.length };
  }

  async function claimNext(at: Date): Promise<Claimed | null> {
    const rows = await db.$queryRawUnsafe<Claimed[]>(
      `UPDATE "Outbox" SET "status" = 'SENDING', "requestedAt" = NULL, "notBefore" = $2
       WHERE "id" = (SELECT "id" FROM "Outbox" WHERE "status" = 'PENDING' AND "notBefore" <= $1
                     ORDER BY "notBefore", "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING "id", "userId", "kind", "payload", "attempts", "lastError"`,
      at,
      new Date(at.getTime() + leaseMs),
    );
    return rows[0] ?? null;
  }

  type Outcome = { status: "SENT" | "FAILED" | "PENDING" | "UNCONFIRMED"; messageId?: number; lastError?: string | null; notBefore?: Date; attempts?: number; requestedAt?: null };
  async function finish(id: string, data: Outcome) {
    const at = now();
    await db.outbox.updateMany({ where: { id, status: "SENDING" }, data: { ...data, ...(data.status === "SENT" ? { sentAt: at, lastError: null } : {}) } });
  }

  /** Each request for a row, as it leaves and when it is proven not executed (see wire.ts). */
  function wireHooks(id: string, counter: { requests: number }): WireHooks {
    return {
      async requesting() {
        const marked = await db.outbox.updateMany({ where: { id, status: "SENDING" }, data: { attempts: { increment: 1 }, requestedAt: now() } });
        // The lease ran out and the row was recovered meanwhile: sending now could double it.
        if (marked.count !== 1) throw new Error("outbox row is no longer claimed by this process");
        counter.requests += 1;
      },
      async refused() {
        await db.outbox.updateMany({ where: { id, status: "SENDING" }, data: { requestedAt: null } });
      },
    };
  }

  async function deliver(row: Claimed, report: DispatchReport): Promise<void> {
    const at = now();
    const user = await db.user.findUnique({ where: { id: row.userId } });
    if (!user) return finish(row.id, { status: "FAILED", lastError: "user gone" });
    const later = deliverAt(at, user);
    if (later > at) {
      report.deferred += 1;
      // Not an attempt: the claim is undone and the row waits for the end of quiet hours.
      return finish(row.id, { status: "PENDING", notBefore: later });
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
    const counter = { requests: 0 };
    let messageId: number;
    try {
      ({ messageId } = await deps.send(user.chatId, message, wireHooks(row.id, counter)));
    } catch (err) {
      return failed(row, err, counter.requests, report);
    }
    report.sent += 1;
    // Telegram executed it: record that even through a database hiccup, or a
    // lease expiry would have to call it unconfirmed.
    const sent: Outcome = { status: "SENT", messageId, attempts: row.attempts + Math.max(1, counter.requests) };
    await finish(row.id, sent).catch(async (err: unknown) => {
      logger.warn({ outboxId: row.id, error: err instanceof Error ? err.message : String(err) }, "recording a sent notification failed; trying once more");
      await new Promise((r) => setTimeout(r, recordRetryMs));
      await finish(row.id, sent);
    });
  }

  async function failed(row: Claimed, err: unknown, requests: number, report: DispatchReport): Promise<void> {
    const f = classifySendError(err);
    const attempts = row.attempts + requests;
    if (f.kind === "uncertain") {
      // The request may have been executed and only its answer lost: at most once.
      report.unconfirmed += 1;
      logger.warn({ outboxId: row.id, attempts, detail: f.detail }, "notification may or may not have been delivered: not sent again");
      return finish(row.id, { status: "UNCONFIRMED", attempts: Math.max(1, attempts), lastError: `delivery unconfirmed: ${f.detail}` });
    }
    logger.warn({ outboxId: row.id, kind: f.kind, attempts, detail: f.detail }, "notification not delivered");
    // The answer proves Telegram did not execute it: nothing is out.
    const done = { attempts, requestedAt: null } as const;
    if (f.kind === "blocked") {
      report.failed += 1;
      // Everything else queued for this person would fail the same way; stop now instead of looping.
      await db.outbox.updateMany({ where: { userId: row.userId, status: "PENDING" }, data: { status: "FAILED", lastError: f.detail } });
      return finish(row.id, { status: "FAILED", lastError: f.detail, ...done });
    }
    if (f.kind === "permanent" || attempts >= maxAttempts) {
      report.failed += 1;
      return finish(row.id, { status: "FAILED", lastError: f.detail, ...done });
    }
    // Capped: a round of refused connections alone makes four requests.
    const waitMs = Math.max(f.kind === "transient" ? (f.retryAfterMs ?? 0) : 0, retryBaseMs * 2 ** Math.min(6, Math.max(0, attempts - 1)));
    return finish(row.id, { status: "PENDING", lastError: f.detail, notBefore: new Date(now().getTime() + waitMs), ...done });
  }

  async function runOnce(): Promise<DispatchReport> {
    const expired = await recoverExpired(now());
    const report: DispatchReport = { sent: 0, failed: 0, deferred: 0, recovered: expired.retried + expired.unconfirmed, unconfirmed: expired.unconfirmed };
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

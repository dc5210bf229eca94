// What a failed run leaves behind. Three kinds of failure, three outcomes:
// - the person must log in again: NEEDS_REAUTH plus exactly one message per episode;
// - the provider or network was down (retries exhausted): stay ACTIVE, try on schedule;
// - anything else: ERROR, shown in /accounts, retried on schedule.
import { ConnectorError } from "../../connectors/errors.ts";
import type { Db, Prisma } from "../db/client.ts";
import { renderPlain, toLocale } from "../i18n/index.ts";
import { queueReauthNotice } from "../notifications/enqueue.ts";
import { errorKind, errorText, needsReauth } from "./error-text.ts";
import { isTransient } from "./retry.ts";
import type { SyncOutcome } from "./types.ts";

export interface FailedRun {
  connection: { id: string; userId: string; label: string; lastSyncAt: Date | null; createdAt: Date; locale: string };
  syncRunId: string;
  startedAt: Date;
  now: Date;
  /** Credentials as the session left them; null when no session was opened. */
  sealedCredentials: string | null;
  /** A scheduled run sets its next time here too: its claim only leased the slot. */
  nextSyncAt?: Date;
}

export async function recordFailure(db: Db, run: FailedRun, err: unknown): Promise<SyncOutcome> {
  const { connection, now } = run;
  const kind = errorKind(err);
  const error = errorText(err);
  const reauth = needsReauth(err);
  const lastError = renderPlain(toLocale(connection.locale), error);
  // NEEDS_REAUTH is set by markNeedsReauth; a transient failure stays ACTIVE.
  const status = reauth || isTransient(err) ? undefined : "ERROR";
  await db.$transaction(async (tx) => {
    if (reauth) await markNeedsReauth(tx, connection, err, now);
    await tx.connection.update({
      where: { id: connection.id },
      data: {
        ...(reauth ? {} : { lastErrorKind: kind, lastError }),
        ...(status ? { status } : {}),
        ...(run.nextSyncAt ? { nextSyncAt: run.nextSyncAt } : {}),
        ...(run.sealedCredentials ? { credentials: run.sealedCredentials } : {}),
      },
    });
    await tx.syncRun.update({
      where: { id: run.syncRunId },
      data: { status: "FAILED", errorKind: kind, errorMessage: lastError, finishedAt: now, durationMs: now.getTime() - run.startedAt.getTime() },
    });
  });
  if (reauth) return { status: "needs_reauth", syncRunId: run.syncRunId, errorKind: kind, error };
  const retryAfterMs = err instanceof ConnectorError ? err.retryAfterMs : undefined;
  return { status: "failed", syncRunId: run.syncRunId, errorKind: kind, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
}

export type ReauthConnection = FailedRun["connection"];

/**
 * The one way a connection enters NEEDS_REAUTH (a failed sync, a refused
 * keep-alive): status, the reason shown in /accounts, and exactly one notice
 * per episode (keyed by the last successful sync, so the two paths never send
 * two messages). With `onlyIfCredentials` it is a compare-and-set: a re-link
 * that stored new credentials meanwhile wins, and nothing happens (false).
 */
export async function markNeedsReauth(tx: Prisma.TransactionClient, connection: ReauthConnection, err: unknown, now: Date, onlyIfCredentials?: string): Promise<boolean> {
  const kind = errorKind(err);
  const marked = await tx.connection.updateMany({
    where: { id: connection.id, ...(onlyIfCredentials !== undefined ? { status: "ACTIVE", credentials: onlyIfCredentials } : {}) },
    data: { status: "NEEDS_REAUTH", lastErrorKind: kind, lastError: renderPlain(toLocale(connection.locale), errorText(err)) },
  });
  if (marked.count !== 1) return false;
  const notified = await queueReauthNotice(tx, { userId: connection.userId, connectionId: connection.id, label: connection.label, reason: kind, episode: connection.lastSyncAt ?? connection.createdAt, now });
  if (notified) await tx.connection.update({ where: { id: connection.id }, data: { reauthNotifiedAt: now } });
  return true;
}

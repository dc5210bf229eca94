// What a failed run leaves behind. Three kinds of failure, three outcomes:
// - the person must log in again: NEEDS_REAUTH plus exactly one message per episode;
// - the provider or network was down (retries exhausted): stay ACTIVE, try on schedule;
// - anything else: ERROR, shown in /accounts, retried on schedule.
import { ConnectorError } from "../../connectors/errors.ts";
import type { Db } from "../db/client.ts";
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
  const status = reauth ? "NEEDS_REAUTH" : isTransient(err) ? undefined : "ERROR";
  await db.$transaction(async (tx) => {
    let notified = false;
    if (reauth) {
      notified = await queueReauthNotice(tx, {
        userId: connection.userId,
        connectionId: connection.id,
        label: connection.label,
        reason: kind,
        episode: connection.lastSyncAt ?? connection.createdAt,
        now,
      });
    }
    await tx.connection.update({
      where: { id: connection.id },
      data: {
        lastErrorKind: kind,
        lastError,
        ...(status ? { status } : {}),
        ...(notified ? { reauthNotifiedAt: now } : {}),
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

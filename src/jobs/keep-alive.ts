// Keeps comdirect TAN sessions alive between syncs. comdirect's access token
// lives ~10 minutes and the refresh token (unverified) ~20; a connection that
// syncs less often than that would need a new TAN every time. So every minute
// the tokens that are about to expire are rotated and stored again.
import { schedule, type ScheduledTask } from "node-cron";
import { credentialsSchema, keepAlive } from "../../connectors/comdirect/index.ts";
import type { ConnectorContext } from "../../connectors/types.ts";
import type { BackgroundJob, FeatureKit } from "../feature-kit.ts";
import { renderPlain, toLocale } from "../i18n/index.ts";
import { queueReauthNotice } from "../notifications/enqueue.ts";
import { errorKind, errorText, needsReauth } from "../sync/error-text.ts";
import { tryLockConnection } from "../sync/lock.ts";

export const KEEP_ALIVE_SCHEDULES = {
  /** Each minute: with a two-minute window every token is seen at least once before it expires. */
  comdirectKeepAlive: "* * * * *",
} as const;

const PROVIDER = "comdirect";
/** Refresh when less than this is left on the access token. */
export const KEEP_ALIVE_WINDOW_MS = 2 * 60_000;

export interface KeepAliveReport {
  refreshed: string[];
  /** The refresh was refused: NEEDS_REAUTH, the person was told once. */
  needsReauth: string[];
  /** A sync held the connection, or comdirect was briefly unavailable: next minute. */
  skipped: string[];
}

export type KeepAliveKit = Pick<FeatureKit, "services" | "settings" | "databaseUrl">;

export function keepAliveJob(kit: KeepAliveKit): BackgroundJob & { tick(): Promise<KeepAliveReport> } {
  const { db, vault, now } = kit.services;
  const log = kit.services.logger.child({ component: "keep-alive", provider: PROVIDER });
  let task: ScheduledTask | undefined;
  let running: Promise<KeepAliveReport> | null = null;

  const context = (connectionId: string): ConnectorContext => ({ now, logger: log.child({ connectionId }), settings: kit.settings });

  async function markNeedsReauth(row: { id: string; userId: string; label: string; credentials: string; lastSyncAt: Date | null; createdAt: Date; locale: string }, err: unknown) {
    const at = now();
    await db.$transaction(async (tx) => {
      // Compare-and-set on the ciphertext: a re-link that stored new credentials meanwhile wins.
      const marked = await tx.connection.updateMany({
        where: { id: row.id, status: "ACTIVE", credentials: row.credentials },
        data: { status: "NEEDS_REAUTH", lastErrorKind: errorKind(err), lastError: renderPlain(toLocale(row.locale), errorText(err)) },
      });
      if (marked.count !== 1) return;
      // Same episode key as a failed sync, so the two never send two messages.
      const notified = await queueReauthNotice(tx, { userId: row.userId, connectionId: row.id, label: row.label, reason: errorKind(err), episode: row.lastSyncAt ?? row.createdAt, now: at });
      if (notified) await tx.connection.update({ where: { id: row.id }, data: { reauthNotifiedAt: at } });
    });
  }

  /** Refreshes one connection under the sync lock; returns what happened. */
  async function refreshOne(connectionId: string): Promise<keyof KeepAliveReport | null> {
    const lock = await tryLockConnection(kit.databaseUrl, connectionId);
    // A running sync refreshes the tokens itself and stores them when it ends.
    if (!lock) return "skipped";
    try {
      // Read under the lock: a sync that just finished may have rotated them already.
      const row = await db.connection.findFirst({
        where: { id: connectionId, provider: PROVIDER, status: "ACTIVE" },
        select: { id: true, userId: true, label: true, credentials: true, lastSyncAt: true, createdAt: true, user: { select: { locale: true } } },
      });
      if (!row?.credentials) return null;
      const parsed = credentialsSchema.safeParse(vault.decryptJson(row.credentials));
      if (!parsed.success) {
        log.warn({ connectionId }, "stored comdirect credentials are unreadable; leaving them to the next sync");
        return null;
      }
      if (Date.parse(parsed.data.accessExpiresAt) - now().getTime() > KEEP_ALIVE_WINDOW_MS) return null;
      try {
        const rotated = await keepAlive(parsed.data, context(connectionId));
        const stored = await db.connection.updateMany({ where: { id: connectionId, status: "ACTIVE", credentials: row.credentials }, data: { credentials: vault.encryptJson(rotated) } });
        return stored.count === 1 ? "refreshed" : "skipped";
      } catch (err) {
        if (!needsReauth(err)) {
          log.warn({ connectionId, errorKind: errorKind(err) }, "keep-alive refresh failed; retrying next minute");
          return "skipped";
        }
        log.info({ connectionId, errorKind: errorKind(err) }, "comdirect session ended; a new TAN is needed");
        await markNeedsReauth({ ...row, credentials: row.credentials, locale: row.user.locale }, err);
        return "needsReauth";
      }
    } finally {
      await lock.release();
    }
  }

  async function runTick(): Promise<KeepAliveReport> {
    const report: KeepAliveReport = { refreshed: [], needsReauth: [], skipped: [] };
    const rows = await db.connection.findMany({ where: { provider: PROVIDER, status: "ACTIVE", credentials: { not: null } }, select: { id: true } });
    for (const { id } of rows) {
      try {
        const outcome = await refreshOne(id);
        if (outcome) report[outcome].push(id);
      } catch (err) {
        // One broken connection (vault key, database hiccup) must not starve the others.
        log.error({ connectionId: id, error: err instanceof Error ? err.name : typeof err }, "keep-alive failed");
        report.skipped.push(id);
      }
    }
    if (report.refreshed.length || report.needsReauth.length) log.debug({ refreshed: report.refreshed.length, needsReauth: report.needsReauth.length }, "keep-alive tick");
    return report;
  }

  /** One tick at a time: a slow bank must not pile up overlapping refreshes. */
  const tick = (): Promise<KeepAliveReport> => {
    running ??= runTick().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    name: "comdirect-keep-alive",
    tick,
    async start() {
      const onTick = () => void tick().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, "keep-alive tick failed"));
      task ??= schedule(KEEP_ALIVE_SCHEDULES.comdirectKeepAlive, onTick, { name: "comdirect-keep-alive" });
      return async () => {
        await task?.stop();
        task = undefined;
        await running;
      };
    },
  };
}

// Runs each connector's keep-alive (connectors/types.ts KeepAlive) on its own
// schedule: logins about to expire are rotated and stored again, a refusal
// takes the one NEEDS_REAUTH path of a failed sync (src/sync/failure.ts).
import { schedule, type ScheduledTask } from "node-cron";
import type { Connector, ConnectorContext, KeepAlive } from "../../connectors/types.ts";
import type { Services } from "../services.ts";
import type { BackgroundJob } from "./background-job.ts";
import { markNeedsReauth } from "../sync/failure.ts";
import { errorKind, needsReauth } from "../sync/error-text.ts";
import { tryLockConnection } from "../sync/lock.ts";

export interface KeepAliveReport {
  refreshed: string[];
  /** The refresh was refused: NEEDS_REAUTH, the person was told once. */
  needsReauth: string[];
  /** A sync held the connection, or the provider was briefly unavailable: next tick. */
  skipped: string[];
}

export type KeepAliveServices = Pick<Services, "db" | "vault" | "logger" | "now" | "settings" | "databaseUrl">;

// `any`: as in ALL_CONNECTORS, credentials are validated with the connector's own schema before use.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyConnector = Connector<any>;

/** One job per connector that declares a keep-alive. */
export function keepAliveJobs(connectors: readonly AnyConnector[], services: KeepAliveServices): BackgroundJob[] {
  return connectors.filter((c) => c.keepAlive).map((c) => keepAliveJob(c, services));
}

export function keepAliveJob<C>(connector: Connector<C>, services: KeepAliveServices): BackgroundJob & { tick(): Promise<KeepAliveReport> } {
  if (!connector.keepAlive) throw new Error(`${connector.id} has no keep-alive`);
  const keepAlive: KeepAlive<C> = connector.keepAlive;
  const provider = connector.id;
  const name = `${provider}-keep-alive`;
  const { db, vault, now } = services;
  const log = services.logger.child({ component: "keep-alive", provider });
  let task: ScheduledTask | undefined;
  let running: Promise<KeepAliveReport> | null = null;

  const context = (connectionId: string): ConnectorContext => ({ now, logger: log.child({ connectionId }), settings: services.settings });

  /** Refreshes one connection under the sync lock; returns what happened. */
  async function refreshOne(connectionId: string): Promise<keyof KeepAliveReport | null> {
    const lock = await tryLockConnection(services.databaseUrl, connectionId);
    // A running sync refreshes the tokens itself and stores them when it ends.
    if (!lock) return "skipped";
    try {
      // Read under the lock: a sync that just finished may have rotated them already.
      const row = await db.connection.findFirst({
        where: { id: connectionId, provider, status: "ACTIVE" },
        select: { id: true, userId: true, label: true, credentials: true, lastSyncAt: true, createdAt: true, user: { select: { locale: true } } },
      });
      if (!row?.credentials) return null;
      const parsed = connector.credentialsSchema.safeParse(vault.decryptJson(row.credentials));
      if (!parsed.success) {
        log.warn({ connectionId }, "stored credentials are unreadable; leaving them to the next sync");
        return null;
      }
      if (!keepAlive.isDue(parsed.data, now())) return null;
      try {
        const rotated = await keepAlive.refresh(parsed.data, context(connectionId));
        const stored = await db.connection.updateMany({ where: { id: connectionId, status: "ACTIVE", credentials: row.credentials }, data: { credentials: vault.encryptJson(rotated) } });
        return stored.count === 1 ? "refreshed" : "skipped";
      } catch (err) {
        if (!needsReauth(err)) {
          log.warn({ connectionId, errorKind: errorKind(err) }, "keep-alive refresh failed; retrying on the next tick");
          return "skipped";
        }
        log.info({ connectionId, errorKind: errorKind(err) }, "session ended; the person must log in again");
        const connection = { ...row, locale: row.user.locale };
        const at = now();
        await db.$transaction((tx) => markNeedsReauth(tx, connection, err, at, row.credentials!));
        return "needsReauth";
      }
    } finally {
      await lock.release();
    }
  }

  async function runTick(): Promise<KeepAliveReport> {
    const report: KeepAliveReport = { refreshed: [], needsReauth: [], skipped: [] };
    const rows = await db.connection.findMany({ where: { provider, status: "ACTIVE", credentials: { not: null } }, select: { id: true } });
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

  /** One tick at a time: a slow provider must not pile up overlapping refreshes. */
  const tick = (): Promise<KeepAliveReport> => {
    running ??= runTick().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    name,
    tick,
    async start() {
      const onTick = () => void tick().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, "keep-alive tick failed"));
      task ??= schedule(keepAlive.schedule, onTick, { name });
      return async () => {
        await task?.stop();
        task = undefined;
        await running;
      };
    },
  };
}

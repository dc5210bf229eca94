// One sync of one connection: lock, fetch everything, write once.
import { caller, connectorContext, type Resolved } from "./context.ts";
import { recordFailure } from "./failure.ts";
import { fetchEverything } from "./fetch.ts";
import { tryLockConnection } from "./lock.ts";
import { intervalMinutes, nextSyncTime } from "./schedule.ts";
import { FILE_PROVIDER, type SyncOutcome, type SyncProgress, type SyncTrigger } from "./types.ts";
import { commitSync } from "./write.ts";

export interface SyncOptions {
  trigger: SyncTrigger;
  onProgress?: (p: SyncProgress) => void;
}

export async function syncConnection(r: Resolved, connectionId: string, opts: SyncOptions): Promise<SyncOutcome> {
  const lock = await tryLockConnection(r.databaseUrl, connectionId);
  if (!lock) return { status: "already_running" };
  try {
    return await runLocked(r, connectionId, opts);
  } finally {
    await lock.release();
  }
}

async function runLocked(r: Resolved, connectionId: string, opts: SyncOptions): Promise<SyncOutcome> {
  const conn = await r.db.connection.findUnique({ where: { id: connectionId }, include: { user: { select: { locale: true, syncIntervalMinutes: true } } } });
  if (!conn) return { status: "skipped", reason: "not_found" };
  if (conn.status === "DISABLED" || conn.status === "PENDING") return { status: "skipped", reason: "disabled" };
  if (conn.provider === FILE_PROVIDER) return { status: "skipped", reason: "not_syncable" };
  const log = r.logger.child({ connectionId, provider: conn.provider, trigger: opts.trigger });
  // We hold the lock, so a RUNNING row of this connection belongs to a process that died.
  await r.db.syncRun.updateMany({
    where: { connectionId, status: "RUNNING" },
    data: { status: "FAILED", errorKind: "Interrupted", finishedAt: r.now() },
  });
  const startedAt = r.now();
  const run = await r.db.syncRun.create({ data: { userId: conn.userId, connectionId, trigger: opts.trigger, startedAt } });
  // Tokens a provider rotated during the session must be kept even when the run
  // fails: the old refresh token may already be dead (comdirect rotates both).
  let rotated: { value: unknown } | undefined;
  try {
    const connector = r.registry.require(conn.provider);
    const credentials = connector.credentialsSchema.parse(conn.credentials ? r.vault.decryptJson(conn.credentials) : null);
    const call = caller(r, log);
    const session = await call("open", () => connector.open(credentials, connectorContext(r, connectionId, { provider: conn.provider })));
    let fetched;
    try {
      const disabled = new Set(
        (await r.db.account.findMany({ where: { connectionId, syncEnabled: false }, select: { externalId: true } })).map((a) => a.externalId),
      );
      fetched = await fetchEverything(session, {
        disabled,
        cursors: (conn.syncCursor as Record<string, unknown> | null) ?? {},
        call,
        onAccountDone: (p) => opts.onProgress?.({ accountsDone: p.accountsDone, accountsTotal: p.accountsTotal, added: p.fetchedSoFar }),
      });
    } finally {
      rotated = { value: session.credentials() };
      await session.close?.();
    }
    const now = r.now();
    const due = !conn.nextSyncAt || conn.nextSyncAt <= now;
    const counts = await commitSync(r.db, {
      connection: conn,
      fetched,
      sealedCredentials: r.vault.encryptJson(rotated.value),
      syncRunId: run.id,
      startedAt,
      now,
      // A manual or link sync pushes a due scheduled run back instead of repeating it a minute later.
      nextSyncAt: due ? nextSyncTime(now, intervalMinutes(conn, conn.user, connector.limits), r.random) : null,
      ...(r.categorize ? { categorize: r.categorize } : {}),
    });
    const durationMs = now.getTime() - startedAt.getTime();
    log.info({ ...counts, durationMs }, "sync finished");
    return { status: "ok", syncRunId: run.id, ...counts, accounts: fetched.fetched.length, durationMs };
  } catch (err) {
    const sealedCredentials = rotated ? r.vault.encryptJson(rotated.value) : null;
    const outcome = await recordFailure(r.db, { connection: { ...conn, locale: conn.user.locale }, syncRunId: run.id, startedAt, now: r.now(), sealedCredentials }, err);
    log.warn({ errorKind: "errorKind" in outcome ? outcome.errorKind : undefined, message: err instanceof Error ? err.message : String(err) }, "sync failed");
    return outcome;
  }
}

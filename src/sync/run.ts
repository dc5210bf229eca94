// One sync of one connection: lock, fetch everything, write once.
import { caller, connectorContext, type Resolved } from "./context.ts";
import { recordFailure } from "./failure.ts";
import { fetchEverything } from "./fetch.ts";
import { startHeartbeat } from "./heartbeat.ts";
import { tryLockConnection } from "./lock.ts";
import { intervalMinutes, nextSyncTime } from "./schedule.ts";
import { type SyncOutcome, type SyncProgress, type SyncTrigger } from "./types.ts";
import { commitSync } from "./write.ts";
import { valueHoldings } from "../networth/valuation.ts";

export interface SyncOptions {
  trigger: SyncTrigger;
  onProgress?: (p: SyncProgress) => void;
  /** The message in the person's chat that shows this run's progress: edited if the run dies. */
  progressMessageId?: number;
}

/** A manual sync this soon after a successful one answers with that one's result. */
export const RECENT_SYNC_MS = 60_000;

export async function syncConnection(r: Resolved, connectionId: string, opts: SyncOptions): Promise<SyncOutcome> {
  if (opts.trigger === "manual") {
    const recent = await recentRun(r, connectionId);
    if (recent) return recent;
  }
  const lock = await tryLockConnection(r.databaseUrl, connectionId);
  if (!lock) return alreadyRunning(r, connectionId);
  try {
    // Checked again under the lock: the run we waited out may have just finished.
    if (opts.trigger === "manual") {
      const recent = await recentRun(r, connectionId);
      if (recent) return recent;
    }
    return await runLocked(r, connectionId, opts);
  } finally {
    await lock.release();
  }
}

async function recentRun(r: Resolved, connectionId: string): Promise<SyncOutcome | null> {
  const windowMs = r.recentSyncMs ?? RECENT_SYNC_MS;
  if (windowMs <= 0) return null;
  const run = await r.db.syncRun.findFirst({
    where: { connectionId, status: "SUCCEEDED", finishedAt: { gte: new Date(r.now().getTime() - windowMs) } },
    orderBy: { finishedAt: "desc" },
  });
  return run ? { status: "recent", syncRunId: run.id, added: run.added, updated: run.updated, removed: run.removed, finishedAt: run.finishedAt! } : null;
}

/** Another sync (any process) holds the lock: answer with its progress instead of starting again. */
async function alreadyRunning(r: Resolved, connectionId: string): Promise<SyncOutcome> {
  const run = await r.db.syncRun.findFirst({ where: { connectionId, status: "RUNNING" }, orderBy: { startedAt: "desc" } });
  return run?.accountsTotal != null ? { status: "already_running", progress: { accountsDone: run.accountsDone ?? 0, accountsTotal: run.accountsTotal } } : { status: "already_running" };
}

async function runLocked(r: Resolved, connectionId: string, opts: SyncOptions): Promise<SyncOutcome> {
  const conn = await r.db.connection.findUnique({ where: { id: connectionId }, include: { user: { select: { locale: true, syncIntervalMinutes: true, baseCurrency: true } } } });
  if (!conn) return { status: "skipped", reason: "not_found" };
  if (conn.status === "DISABLED" || conn.status === "PENDING") return { status: "skipped", reason: "disabled" };
  // Data that arrives another way (file uploads) is never synced.
  if (r.registry.get(conn.provider)?.syncs === false) return { status: "skipped", reason: "not_syncable" };
  const log = r.logger.child({ connectionId, provider: conn.provider, trigger: opts.trigger });
  // We hold the lock, so a RUNNING row of this connection belongs to a process that died.
  await r.db.syncRun.updateMany({
    where: { connectionId, status: "RUNNING" },
    data: { status: "FAILED", errorKind: "Interrupted", finishedAt: r.now() },
  });
  const startedAt = r.now();
  const run = await r.db.syncRun.create({
    data: { userId: conn.userId, connectionId, trigger: opts.trigger, startedAt, heartbeatAt: startedAt, progressMessageId: opts.progressMessageId ?? null },
  });
  const heartbeat = startHeartbeat(r, run.id, log);
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
        onAccountDone: (p) => {
          heartbeat.progress(p.accountsDone, p.accountsTotal);
          opts.onProgress?.({ accountsDone: p.accountsDone, accountsTotal: p.accountsTotal, added: p.fetchedSoFar });
        },
      });
    } finally {
      rotated = { value: session.credentials() };
      await session.close?.();
    }
    // Rates are read before the write transaction: a rate lookup may be slow, the transaction must not be.
    const valuations = await valueHoldings(fetched.holdings, { fx: r.fx, baseCurrency: conn.user.baseCurrency, accountTypes: new Map(fetched.accounts.map((a) => [a.externalId, a.type])) });
    const now = r.now();
    // A scheduled run's claim only leased the slot (see scheduler.ts); the real next time is set here, on completion.
    const due = opts.trigger === "schedule" || !conn.nextSyncAt || conn.nextSyncAt <= now;
    const counts = await commitSync(r.db, {
      connection: conn,
      fetched,
      valuations,
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
    if (counts.added + counts.updated + counts.removed > 0) r.onWritten?.(conn.userId);
    return { status: "ok", syncRunId: run.id, ...counts, accounts: fetched.fetched.length, durationMs };
  } catch (err) {
    const sealedCredentials = rotated ? r.vault.encryptJson(rotated.value) : null;
    const at = r.now();
    const nextSyncAt = opts.trigger === "schedule" ? nextSyncTime(at, intervalMinutes(conn, conn.user, r.registry.get(conn.provider)?.limits), r.random) : undefined;
    const outcome = await recordFailure(r.db, { connection: { ...conn, locale: conn.user.locale }, syncRunId: run.id, startedAt, now: at, sealedCredentials, nextSyncAt }, err);
    log.warn({ errorKind: "errorKind" in outcome ? outcome.errorKind : undefined, message: err instanceof Error ? err.message : String(err) }, "sync failed");
    return outcome;
  } finally {
    await heartbeat.stop();
  }
}

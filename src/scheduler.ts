// Thin on purpose: named schedules that hand work to the sync engine. The
// schedule itself lives in the database (Connection.nextSyncAt), so it
// survives restarts, and runs missed while the bot was down are simply due.
import { schedule, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import type { ConnectorRegistry } from "../connectors/registry.ts";
import type { Db } from "./db/client.ts";
import type { SyncOutcome, SyncOptions } from "./sync/engine.ts";

export const SCHEDULES = {
  /** Looks for due connections; the per-connection interval decides how often each one actually syncs. */
  syncTick: "* * * * *",
} as const;

export const DEFAULT_SYNC_CONCURRENCY = 2;
/**
 * A claim only leases the slot: nextSyncAt moves this far ahead, and the run
 * sets the real next time when it finishes (success or failure). A process
 * killed in between leaves the connection due again when the lease ends (or at
 * once, when the interrupted run is found: src/sync/interrupted.ts).
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

export interface SchedulerDeps {
  engine: { registry: ConnectorRegistry; syncConnection(connectionId: string, opts: SyncOptions): Promise<SyncOutcome> };
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** At most this many syncs at once in this process (config SYNC_CONCURRENCY). */
  concurrency?: number;
  /** Unused since the claim only leases (jitter is applied by the run); kept so callers need not change. */
  random?: () => number;
}

export function createScheduler(deps: SchedulerDeps) {
  const now = deps.now ?? (() => new Date());
  const concurrency = Math.max(1, deps.concurrency ?? DEFAULT_SYNC_CONCURRENCY);
  const log = deps.logger.child({ component: "scheduler" });
  const inFlight = new Map<string, Promise<void>>();
  let task: ScheduledTask | undefined;

  async function run(connectionId: string): Promise<void> {
    const outcome = await deps.engine.syncConnection(connectionId, { trigger: "schedule" });
    if (outcome.status === "failed" && outcome.retryAfterMs) {
      // The provider named a time; the next run must not come before it.
      const notBefore = new Date(now().getTime() + outcome.retryAfterMs);
      await deps.db.connection.updateMany({ where: { id: connectionId, nextSyncAt: { lt: notBefore } }, data: { nextSyncAt: notBefore } });
    }
    log.info({ connectionId, status: outcome.status }, "scheduled sync done");
  }

  /** Starts due syncs in free slots; resolves with their ids once they have finished. */
  async function tick(): Promise<string[]> {
    const free = concurrency - inFlight.size;
    if (free <= 0) return [];
    const at = now();
    // ERROR connections stay on the schedule: a broken response is often fixed
    // by the provider (or by our next release) without the person doing anything.
    const due = await deps.db.connection.findMany({
      where: { status: { in: ["ACTIVE", "ERROR"] }, nextSyncAt: { lte: at }, id: { notIn: [...inFlight.keys()] } },
      orderBy: { nextSyncAt: "asc" },
      take: free,
    });
    const started: string[] = [];
    for (const c of due) {
      // Compare-and-set on the old value: another replica that got here first wins, we skip.
      const claimed = await deps.db.connection.updateMany({ where: { id: c.id, nextSyncAt: c.nextSyncAt }, data: { nextSyncAt: new Date(at.getTime() + CLAIM_LEASE_MS) } });
      if (claimed.count !== 1) continue;
      const p = run(c.id)
        .catch((err: unknown) => log.error({ connectionId: c.id, error: err instanceof Error ? err.message : String(err) }, "scheduled sync crashed"))
        .finally(() => inFlight.delete(c.id));
      inFlight.set(c.id, p);
      started.push(c.id);
    }
    await Promise.all(started.map((id) => inFlight.get(id)));
    return started;
  }

  return {
    tick,
    start() {
      const onTick = () => void tick().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, "sync tick failed"));
      task ??= schedule(SCHEDULES.syncTick, onTick, { name: "sync-tick" });
    },
    /** Stops ticking and waits for running syncs, so shutdown never cuts a write in half. */
    async stop() {
      await task?.stop();
      task = undefined;
      await Promise.all(inFlight.values());
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;

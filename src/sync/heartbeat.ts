// A running sync renews SyncRun.heartbeatAt (and its progress) while it
// works. A RUNNING run whose heartbeat is older than STALE_RUN_MS belongs to a
// process that died (kill -9, lost database): interrupted.ts cleans it up.
import type { Logger } from "pino";
import type { Resolved } from "./context.ts";

export const HEARTBEAT_MS = 30_000;
/** Several missed heartbeats: long enough that a slow bank call never looks dead. */
export const STALE_RUN_MS = 3 * 60_000;

export function startHeartbeat(r: Resolved, runId: string, log: Logger, intervalMs = HEARTBEAT_MS) {
  let pending: Promise<unknown> = Promise.resolve();
  const beat = (data: { accountsDone?: number; accountsTotal?: number } = {}) => {
    pending = pending
      .then(() => r.db.syncRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { heartbeatAt: r.now(), ...data } }))
      .catch((err: unknown) => log.warn({ runId, err: err instanceof Error ? err.message : String(err) }, "sync heartbeat failed"));
  };
  const timer = setInterval(() => beat(), intervalMs);
  timer.unref();
  return {
    progress: (accountsDone: number, accountsTotal: number) => beat({ accountsDone, accountsTotal }),
    async stop() {
      clearInterval(timer);
      await pending;
    },
  };
}

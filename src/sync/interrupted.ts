// Runs left RUNNING by a process that died (kill -9, a lost database
// connection, a crash mid-import). A run is dead when its heartbeat is stale
// AND its connection's advisory lock is free: PostgreSQL drops a session's
// locks when the session dies, so a free lock proves no live process is still
// working on it. Such a run becomes FAILED ("Interrupted") and its connection
// is due again at once, so the sync it was doing is not lost.
import type { Db } from "../db/client.ts";
import { STALE_RUN_MS } from "./heartbeat.ts";
import { tryLockConnection } from "./lock.ts";

export const INTERRUPTED = "Interrupted";
/** Imports hold no lock and renew no heartbeat: only a run this old is taken for dead. */
export const STALE_IMPORT_MS = 30 * 60_000;

export interface InterruptedRun {
  runId: string;
  connectionId: string;
  chatId: bigint;
  locale: string;
  progressMessageId: number | null;
}

export async function recoverInterruptedRuns(deps: { db: Db; databaseUrl: string; now: () => Date; staleMs?: number }): Promise<InterruptedRun[]> {
  const { db } = deps;
  const at = deps.now();
  const stale = await db.syncRun.findMany({
    where: {
      status: "RUNNING",
      OR: [
        { trigger: { not: "import" }, heartbeatAt: { lt: new Date(at.getTime() - (deps.staleMs ?? STALE_RUN_MS)) } },
        { trigger: "import", heartbeatAt: { lt: new Date(at.getTime() - STALE_IMPORT_MS) } },
      ],
    },
    include: { connection: { select: { provider: true, status: true } }, user: { select: { chatId: true, locale: true } } },
    take: 100,
  });
  const recovered: InterruptedRun[] = [];
  for (const run of stale) {
    const lock = await tryLockConnection(deps.databaseUrl, run.connectionId);
    if (!lock) continue; // a live process holds it: slow, not dead
    try {
      const marked = await db.$transaction(async (tx) => {
        const { count } = await tx.syncRun.updateMany({
          where: { id: run.id, status: "RUNNING" },
          data: { status: "FAILED", errorKind: INTERRUPTED, errorMessage: "the process running this sync stopped", finishedAt: at },
        });
        // An interrupted import is not a sync to redo: only sync runs make their connection due again.
        if (count === 1 && run.trigger !== "import" && ["ACTIVE", "ERROR"].includes(run.connection.status))
          await tx.connection.update({ where: { id: run.connectionId }, data: { nextSyncAt: at } });
        return count === 1;
      });
      if (marked)
        recovered.push({ runId: run.id, connectionId: run.connectionId, chatId: run.user.chatId, locale: run.user.locale, progressMessageId: run.progressMessageId });
    } finally {
      await lock.release();
    }
  }
  return recovered;
}

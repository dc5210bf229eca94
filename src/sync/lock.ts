// One sync per connection at a time, across schedulers, replicas and manual
// /sync. A PostgreSQL session advisory lock on a dedicated pg client:
// - Prisma pools its connections, so a session lock taken through it could be
//   released by (or leak to) whichever query happens to use that connection.
// - pg_try_advisory_xact_lock would need one transaction open for the whole run,
//   including minutes of bank calls: that pins a pooled connection, runs into
//   Prisma's interactive-transaction timeout and holds back VACUUM.
// A dedicated client costs one connection per running sync (bounded by the
// scheduler's concurrency) and, if the process dies, PostgreSQL drops the
// session and with it the lock, so a crash never leaves a connection stuck.
import pg from "pg";

/** Namespace for the two-key form, so these locks never collide with anyone else's. */
const SYNC_LOCK_CLASS = 0x4b53; // "KS"

export interface HeldLock {
  release(): Promise<void>;
}

export async function tryLockConnection(databaseUrl: string, connectionId: string): Promise<HeldLock | null> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "kontor-sync-lock" });
  // A lost database connection is an 'error' event; unhandled, it would crash the
  // whole process. The lock is gone with the session either way: the run's own
  // database writes fail and report it, and a stale run is cleaned up (interrupted.ts).
  client.on("error", () => {});
  await client.connect();
  let held = false;
  try {
    const res = await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1, hashtext($2)) as locked", [SYNC_LOCK_CLASS, connectionId]);
    held = res.rows[0]?.locked === true;
  } finally {
    if (!held) await client.end();
  }
  if (!held) return null;
  return {
    async release() {
      // Closing the session releases the lock even if the unlock query fails.
      try {
        await client.query("select pg_advisory_unlock($1, hashtext($2))", [SYNC_LOCK_CLASS, connectionId]);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Waits for the lock (polling): for writes that must not race a running sync,
 * e.g. a re-link's new credentials, which the sync would otherwise overwrite
 * with the old session's rotated ones when it commits.
 */
export async function lockConnection(databaseUrl: string, connectionId: string, o: { timeoutMs?: number; pollMs?: number } = {}): Promise<HeldLock> {
  const deadline = Date.now() + (o.timeoutMs ?? 5 * 60_000);
  for (;;) {
    const lock = await tryLockConnection(databaseUrl, connectionId);
    if (lock) return lock;
    if (Date.now() > deadline) throw new Error(`connection ${connectionId} stayed locked by a running sync`);
    await new Promise((r) => setTimeout(r, o.pollMs ?? 250));
  }
}

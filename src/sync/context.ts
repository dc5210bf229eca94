// Resolved engine dependencies and the ConnectorContext handed to connectors.
import type { ConnectorContext, SecondFactorGuard } from "../../connectors/types.ts";
import type { Db } from "../db/client.ts";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry.ts";
import type { SyncEngineDeps } from "./types.ts";

export interface Resolved extends SyncEngineDeps {
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  policy: RetryPolicy;
}

export function resolve(deps: SyncEngineDeps): Resolved {
  return {
    ...deps,
    now: deps.now ?? (() => new Date()),
    sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    random: deps.random ?? Math.random,
    policy: { ...DEFAULT_RETRY, ...deps.retry },
  };
}

/** Persists a bank's lock-out counters on the Connection, so they survive between runs. */
export function connectionGuard(db: Db, connectionId: string): SecondFactorGuard {
  const set = (data: { openChallenges?: number | { increment: number }; wrongTanStreak?: number | { increment: number } }) =>
    db.connection.update({ where: { id: connectionId }, data }).then(() => undefined);
  return {
    async state() {
      const c = await db.connection.findUniqueOrThrow({ where: { id: connectionId }, select: { openChallenges: true, wrongTanStreak: true } });
      return c;
    },
    challengeRequested: () => set({ openChallenges: { increment: 1 } }),
    wrongTan: () => set({ wrongTanStreak: { increment: 1 } }),
    succeeded: () => set({ openChallenges: 0, wrongTanStreak: 0 }),
  };
}

export function connectorContext(r: Resolved, connectionId: string | null, extra: Record<string, unknown> = {}): ConnectorContext {
  return {
    now: r.now,
    logger: r.logger.child({ ...extra, ...(connectionId ? { connectionId } : {}) }),
    settings: r.settings,
    sleep: r.sleep,
    ...(connectionId ? { secondFactorGuard: connectionGuard(r.db, connectionId) } : {}),
  };
}

/** Wraps one provider call in the retry policy, logging each retry without the error's payload. */
export function caller(r: Resolved, log: Resolved["logger"]) {
  return <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    withRetry(fn, r.policy, {
      sleep: r.sleep,
      random: r.random,
      onRetry: ({ attempt, waitMs, error }) =>
        log.warn({ call: what, attempt, waitMs, error: error instanceof Error ? error.name : typeof error }, "provider call failed, retrying"),
    });
}

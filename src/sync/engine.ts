// The sync engine's public face: what the bot, the scheduler and the link
// conversation call. The pieces live beside it (lock, fetch, write,
// reconcile, retry, failure); this file only binds them to their dependencies.
import type { LinkResult } from "../../connectors/types.ts";
import { createConnection, reauthorizeConnection, removeConnection } from "./connections.ts";
import { resolve } from "./context.ts";
import { syncConnection, type SyncOptions } from "./run.ts";
import type { SyncEngineDeps } from "./types.ts";

export function createSyncEngine(deps: SyncEngineDeps) {
  const r = resolve(deps);
  return {
    registry: deps.registry,
    /** Never throws for provider trouble: the outcome says what happened (already_running, needs_reauth, failed...). */
    syncConnection: (connectionId: string, opts: SyncOptions) => syncConnection(r, connectionId, opts),
    createConnection: (userId: string, provider: string, link: LinkResult<unknown>) => createConnection(r, userId, provider, link),
    reauthorizeConnection: (connectionId: string, link: LinkResult<unknown>) => reauthorizeConnection(r, connectionId, link),
    removeConnection: (connectionId: string) => removeConnection(r, connectionId),
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
export type { SyncOutcome, SyncProgress, SyncTrigger } from "./types.ts";
export type { SyncOptions } from "./run.ts";
export { errorText, errorKind } from "./error-text.ts";

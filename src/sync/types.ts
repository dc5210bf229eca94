import type { Logger } from "pino";
import type { ConnectorRegistry } from "../../connectors/registry.ts";
import type { Db } from "../db/client.ts";
import type { Message } from "../i18n/index.ts";
import type { Vault } from "../vault/vault.ts";
import type { RetryPolicy } from "./retry.ts";
import type { Categorize } from "./write.ts";
import type { FxRates } from "../fx/types.ts";

export type SyncTrigger = "schedule" | "manual" | "link";

export interface SyncProgress {
  accountsDone: number;
  accountsTotal: number;
  /** Transactions fetched so far (written only at the end, all at once). */
  added: number;
}

export type SyncOutcome =
  | { status: "ok"; syncRunId: string; added: number; updated: number; removed: number; accounts: number; durationMs: number }
  | { status: "already_running"; progress?: { accountsDone: number; accountsTotal: number } }
  /** A manual sync right after a successful one: that run's result, nothing fetched again. */
  | { status: "recent"; syncRunId: string; added: number; updated: number; removed: number; finishedAt: Date }
  | { status: "skipped"; reason: "not_found" | "disabled" | "not_syncable" }
  | { status: "needs_reauth"; syncRunId: string; errorKind: string; error: Message }
  | { status: "failed"; syncRunId: string; errorKind: string; error: Message; retryAfterMs?: number };

export interface SyncEngineDeps {
  db: Db;
  /** For the per-connection advisory lock, held on its own connection (see lock.ts). */
  databaseUrl: string;
  vault: Vault;
  registry: ConnectorRegistry;
  logger: Logger;
  settings: Record<string, string | undefined>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  categorize?: Categorize;
  retry?: Partial<RetryPolicy>;
  /** A manual sync within this long after a successful one answers with that result (default 60 s; 0 = never). */
  recentSyncMs?: number;
  /** Values holdings in the person's base currency; absent: only same-currency holdings get a base value. */
  fx?: FxRates;
  /** After a sync that added, changed or removed rows, with the person's id (the analytics store refreshes their copy). */
  onWritten?: (userId: string) => void;
}

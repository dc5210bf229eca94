// Linking a source in the chat: runs a connector's link (or re-link) flow
// against a LinkDialog, stores the result through the sync engine and starts
// the first sync. A PENDING connection row exists for the whole attempt so
// the bank's lock-out counters persist across attempts and a restart in the
// middle can be reported.
import type { Logger } from "pino";
import type { Connector, ConnectorContext, LinkDialog } from "../../connectors/types.ts";
import { ConnectorError, DialogCancelled } from "../../connectors/errors.ts";
import type { Db } from "../db/client.ts";
import type { Vault } from "../vault/vault.ts";
import type { SyncEngine, SyncOutcome } from "../sync/engine.ts";
import { connectionGuard } from "../sync/context.ts";
import { errorText } from "../sync/error-text.ts";
import { msg, type Message } from "../i18n/index.ts";
import type { LinkStates } from "./link-states.ts";

const LINKING = "LINKING";
const INTERRUPTED = "INTERRUPTED";
/** Longer than any link dialog may idle (10 minutes). */
export const STALE_ATTEMPT_MS = 60 * 60_000;

export type LinkOutcome =
  | { status: "linked"; connectionId: string; label: string; accounts: number; sync: SyncOutcome }
  | { status: "relinked"; connectionId: string; label: string; sync: SyncOutcome }
  | { status: "cancelled"; reason: "person" | "timeout" }
  | { status: "failed"; error: Message };

export interface LinkServiceDeps {
  db: Db;
  engine: SyncEngine;
  logger: Logger;
  vault: Vault;
  settings: Record<string, string | undefined>;
  now: () => Date;
  /** OAuth states for banks that send the browser back (absent: connectors make their own, in memory). */
  linkStates?: LinkStates;
}

export function createLinkService(deps: LinkServiceDeps) {
  const { db, engine, logger } = deps;
  const contextFor = (connectionId: string, provider: string, person?: { userId: string; locale: string }): ConnectorContext => ({
    now: deps.now,
    logger: logger.child({ connectionId, provider }),
    settings: deps.settings,
    secondFactorGuard: connectionGuard(db, connectionId),
    ...(person && deps.linkStates ? { returns: deps.linkStates.forPerson(person.userId, provider, person.locale) } : {}),
  });

  /** The attempt's PENDING row: reused across attempts for the same provider. */
  async function pendingRow(userId: string, connector: Connector<unknown>) {
    const existing = await db.connection.findFirst({ where: { userId, provider: connector.id, status: "PENDING", credentials: null } });
    if (existing) return db.connection.update({ where: { id: existing.id }, data: { lastErrorKind: LINKING, lastError: null } });
    return db.connection.create({ data: { userId, provider: connector.id, label: connector.displayName, status: "PENDING", lastErrorKind: LINKING } });
  }

  /**
   * A failed or cancelled attempt leaves no row behind, unless the bank's
   * lock-out counters are not zero: those must survive until the next attempt.
   */
  async function endAttempt(connectionId: string, kind: string): Promise<void> {
    const { count } = await db.connection.deleteMany({ where: { id: connectionId, status: "PENDING", credentials: null, openChallenges: 0, wrongTanStreak: 0 } });
    if (count === 0) await db.connection.updateMany({ where: { id: connectionId, status: "PENDING" }, data: { lastErrorKind: kind } });
  }

  async function failed(connectionId: string | null, err: unknown): Promise<LinkOutcome> {
    if (err instanceof DialogCancelled) {
      if (connectionId) await endAttempt(connectionId, "CANCELLED");
      return { status: "cancelled", reason: err.reason === "timeout" ? "timeout" : "person" };
    }
    if (!(err instanceof ConnectorError)) logger.error({ err: err instanceof Error ? err.message : String(err) }, "link flow failed unexpectedly");
    // The person only sees the generic reason; the operator needs the cause (e.g. a header over Node's limit).
    else logger.warn({ connectionId, reason: err.reason, error: err.message }, "link flow failed");
    if (connectionId) await endAttempt(connectionId, "LINK_FAILED");
    return { status: "failed", error: errorText(err) };
  }

  return {
    async link(userId: string, connector: Connector<unknown>, dialog: LinkDialog, onProgress: (m: Message) => Promise<number | void>): Promise<LinkOutcome> {
      const pending = await pendingRow(userId, connector);
      try {
        const result = await connector.link(dialog, contextFor(pending.id, connector.id, { userId, locale: dialog.locale }));
        const progressMessageId = await onProgress(msg("link.saving"));
        const created = await engine.createConnection(userId, connector.id, result);
        // The attempt row's counters only mattered until a TAN was accepted.
        await db.connection.deleteMany({ where: { id: pending.id, status: "PENDING" } });
        const sync = await engine.syncConnection(created.connectionId, {
          trigger: "link",
          ...(typeof progressMessageId === "number" ? { progressMessageId } : {}),
          onProgress: (p) => void onProgress(msg("link.progress", { done: p.accountsDone, total: p.accountsTotal, added: p.added })),
        });
        return { status: "linked", connectionId: created.connectionId, label: result.label, accounts: created.accounts.filter((a) => a.syncEnabled).length, sync };
      } catch (err) {
        return failed(pending.id, err);
      }
    },

    /** Runs only the second factor again with remembered credentials. */
    async relink(userId: string, connectionId: string, connector: Connector<unknown>, dialog: LinkDialog): Promise<LinkOutcome> {
      const conn = await db.connection.findFirst({ where: { id: connectionId, userId } });
      if (!conn?.credentials) return { status: "failed", error: msg("link.not_found") };
      try {
        const stored = connector.credentialsSchema.parse(deps.vault.decryptJson(conn.credentials));
        const ctx = contextFor(connectionId, connector.id, { userId, locale: dialog.locale });
        const result = connector.reauthenticate ? await connector.reauthenticate(dialog, stored, ctx) : await connector.link(dialog, ctx);
        await engine.reauthorizeConnection(connectionId, result);
        // "link", not "manual": new credentials must be tried now, not answered with a sync from a minute ago.
        const sync = await engine.syncConnection(connectionId, { trigger: "link" });
        return { status: "relinked", connectionId, label: conn.label, sync };
      } catch (err) {
        return failed(null, err);
      }
    },

    /** Before /forget: tokens are revoked at each provider (best effort); the rows go with the user. */
    async revokeAll(userId: string, registry: { get(id: string): Connector<unknown> | undefined }): Promise<void> {
      const rows = await db.connection.findMany({ where: { userId, credentials: { not: null } } });
      for (const c of rows) {
        const connector = registry.get(c.provider);
        if (!connector?.revoke) continue;
        try {
          await connector.revoke(connector.credentialsSchema.parse(deps.vault.decryptJson(c.credentials!)), contextFor(c.id, c.provider));
        } catch (err) {
          logger.warn({ connectionId: c.id, error: err instanceof Error ? err.name : typeof err }, "revoking before /forget failed; deleting anyway");
        }
      }
    },

    /**
     * Attempt rows nobody will come back to (older than STALE_ATTEMPT_MS, no
     * lock-out counters to keep): deleted, so they are never mistaken for
     * connections. Interrupted ones are left until takeInterrupted reported them.
     */
    async sweepStaleAttempts(): Promise<number> {
      const before = new Date(deps.now().getTime() - STALE_ATTEMPT_MS);
      const { count } = await db.connection.deleteMany({
        where: { status: "PENDING", credentials: null, openChallenges: 0, wrongTanStreak: 0, updatedAt: { lt: before }, lastErrorKind: { not: LINKING } },
      });
      return count;
    },

    /** After a restart: attempts that were mid-flow are reported once. */
    async takeInterrupted(userId: string): Promise<string[]> {
      const rows = await db.connection.findMany({ where: { userId, status: "PENDING", lastErrorKind: LINKING }, select: { id: true, label: true } });
      if (rows.length) await db.connection.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { lastErrorKind: INTERRUPTED } });
      return rows.map((r) => r.label);
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;

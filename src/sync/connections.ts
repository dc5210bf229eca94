// Creating, re-linking and removing connections. Credentials are encrypted
// before they touch the database and never leave this module in plaintext.
import type { LinkResult, NormalizedAccount } from "../../connectors/types.ts";
import { caller, connectorContext, type Resolved } from "./context.ts";
import { lockConnection } from "./lock.ts";
import { accountRow } from "./write-account.ts";
import { adoptFirstAccountCurrency } from "../users/base-currency.ts";

export interface CreatedConnection {
  connectionId: string;
  accounts: { id: string; externalId: string; name: string; syncEnabled: boolean }[];
}

export async function createConnection(r: Resolved, userId: string, provider: string, link: LinkResult<unknown>): Promise<CreatedConnection> {
  const connector = r.registry.require(provider);
  const credentials = connector.credentialsSchema.parse(link.credentials);
  const conn = await r.db.connection.create({
    data: { userId, provider, label: link.label, status: "PENDING", credentials: r.vault.encryptJson(credentials), consentExpiresAt: link.consentExpiresAt ?? null },
  });
  const log = r.logger.child({ connectionId: conn.id, provider });
  try {
    const call = caller(r, log);
    const session = await call("open", () => connector.open(credentials, connectorContext(r, conn.id, { provider })));
    let accounts: NormalizedAccount[];
    let rotated: unknown;
    try {
      accounts = await call("listAccounts", () => session.listAccounts());
      rotated = session.credentials();
    } finally {
      await session.close?.();
    }
    const selected = link.selectedAccountIds ? new Set(link.selectedAccountIds) : null;
    await r.db.$transaction(async (tx) => {
      await adoptFirstAccountCurrency(tx, userId, accounts.map((a) => a.currency));
      await tx.account.createMany({
        data: accounts.map((a) => accountRow(userId, conn.id, a, selected ? selected.has(a.externalId) : true)),
        skipDuplicates: true,
      });
      // Due at once: the link flow usually syncs right away (and then pushes this back).
      await tx.connection.update({ where: { id: conn.id }, data: { status: "ACTIVE", credentials: r.vault.encryptJson(rotated), nextSyncAt: r.now() } });
    });
  } catch (err) {
    // A connection that never got its accounts is useless; the person links again.
    await r.db.connection.delete({ where: { id: conn.id } });
    throw err;
  }
  const rows = await r.db.account.findMany({ where: { connectionId: conn.id }, select: { id: true, externalId: true, name: true, syncEnabled: true }, orderBy: { createdAt: "asc" } });
  log.info({ accounts: rows.length }, "connection created");
  return { connectionId: conn.id, accounts: rows };
}

/**
 * After "Re-link": new credentials, back to ACTIVE, due now; the next failure is a new episode.
 * Written under the connection's sync lock: a sync running meanwhile would
 * otherwise commit its session's (old, rotated) credentials over the new ones.
 */
export async function reauthorizeConnection(r: Resolved, connectionId: string, link: LinkResult<unknown>): Promise<void> {
  const lock = await lockConnection(r.databaseUrl, connectionId);
  try {
    await writeReauthorized(r, connectionId, link);
  } finally {
    await lock.release();
  }
}

async function writeReauthorized(r: Resolved, connectionId: string, link: LinkResult<unknown>): Promise<void> {
  const conn = await r.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
  const credentials = r.registry.require(conn.provider).credentialsSchema.parse(link.credentials);
  await r.db.connection.update({
    where: { id: connectionId },
    data: {
      credentials: r.vault.encryptJson(credentials),
      status: "ACTIVE",
      lastError: null,
      lastErrorKind: null,
      reauthNotifiedAt: null,
      nextSyncAt: r.now(),
      ...(link.consentExpiresAt !== undefined ? { consentExpiresAt: link.consentExpiresAt, consentReminderAt: null } : {}),
    },
  });
}

/** Revokes at the provider when it can (best effort: the person wants it gone either way), then deletes everything. */
export async function removeConnection(r: Resolved, connectionId: string): Promise<boolean> {
  const conn = await r.db.connection.findUnique({ where: { id: connectionId } });
  if (!conn) return false;
  const connector = r.registry.get(conn.provider);
  if (connector?.revoke && conn.credentials) {
    try {
      const credentials = connector.credentialsSchema.parse(r.vault.decryptJson(conn.credentials));
      await connector.revoke(credentials, connectorContext(r, null, { provider: conn.provider }));
    } catch (err) {
      r.logger.warn({ connectionId, provider: conn.provider, error: err instanceof Error ? err.name : typeof err }, "revoking at the provider failed; deleting locally anyway");
    }
  }
  await r.db.$transaction(async (tx) => {
    await tx.outbox.deleteMany({
      where: { status: "PENDING", OR: [{ dedupeKey: { startsWith: `reauth:${connectionId}:` } }, { dedupeKey: { startsWith: `consent:${connectionId}:` } }] },
    });
    await tx.connection.delete({ where: { id: connectionId } });
    await tx.user.update({ where: { id: conn.userId }, data: { dataVersion: { increment: 1 } } });
  });
  return true;
}

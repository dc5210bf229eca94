// Read side of connections for the chat (/connections, /sync, buttons).
import type { Db } from "../db/client.ts";
import type { ConnectorRegistry } from "../../connectors/registry.ts";

export interface ConnectionView {
  id: string;
  provider: string;
  label: string;
  status: "PENDING" | "ACTIVE" | "NEEDS_REAUTH" | "ERROR" | "DISABLED";
  lastSyncAt: Date | null;
  nextSyncAt: Date | null;
  lastErrorKind: string | null;
  lastError: string | null;
  consentExpiresAt: Date | null;
  accounts: number;
  /** false for sources whose data arrives another way (file uploads): no sync, no re-link. */
  syncs: boolean;
}

export function createConnectionsView(db: Db, registry: Pick<ConnectorRegistry, "get">) {
  return {
    async list(userId: string): Promise<ConnectionView[]> {
      const rows = await db.connection.findMany({
        // Unfinished link attempts are bookkeeping for lock-out counters, not connections.
        where: { userId, NOT: { status: "PENDING", credentials: null } },
        include: { _count: { select: { accounts: true } } },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((c) => ({
        id: c.id,
        provider: c.provider,
        label: c.label,
        status: c.status,
        lastSyncAt: c.lastSyncAt,
        nextSyncAt: c.nextSyncAt,
        lastErrorKind: c.lastErrorKind,
        lastError: c.lastError,
        consentExpiresAt: c.consentExpiresAt,
        accounts: c._count.accounts,
        syncs: registry.get(c.provider)?.syncs !== false,
      }));
    },
    async owned(userId: string, connectionId: string): Promise<ConnectionView | null> {
      return (await this.list(userId)).find((c) => c.id === connectionId) ?? null;
    },
  };
}

export type ConnectionsView = ReturnType<typeof createConnectionsView>;

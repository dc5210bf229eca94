// "Mute this merchant" from a notification. The key is exactly what the
// notification queue compares against (merchantKey in payloads.ts).
import type { Db } from "../db/client.ts";
import { merchantKey, muteCovers, payloadSchemas } from "../notifications/payloads.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MuteOutcome {
  /** The stored key. */
  key: string;
  /** What to call the merchant in the reply. */
  name: string;
}

export type MuteResult = MuteOutcome | "not_found" | "no_merchant";

export function createMuteService(db: Db) {
  async function subject(userId: string, txId: string) {
    if (!UUID.test(txId)) return null;
    return db.transaction.findFirst({ where: { id: txId, userId }, select: { merchant: true, counterpartyName: true } });
  }

  /** Cancels notices still waiting for this merchant (quiet hours): muting means from now on. */
  async function dropQueued(userId: string, key: string): Promise<number> {
    const queued = await db.outbox.findMany({ where: { userId, kind: "tx", status: "PENDING" }, select: { id: true, payload: true } });
    const byTx = new Map<string, string>();
    for (const q of queued) {
      const p = payloadSchemas.tx.safeParse(q.payload);
      if (p.success) byTx.set(p.data.transactionId, q.id);
    }
    if (!byTx.size) return 0;
    const txs = await db.transaction.findMany({ where: { userId, id: { in: [...byTx.keys()] } }, select: { id: true, merchant: true, counterpartyName: true } });
    const drop = txs.filter((t) => merchantKey(t) === key).map((t) => byTx.get(t.id)!);
    if (!drop.length) return 0;
    const r = await db.outbox.updateMany({ where: { id: { in: drop }, status: "PENDING" }, data: { status: "FAILED", lastError: "merchant muted" } });
    return r.count;
  }

  return {
    async mute(userId: string, txId: string): Promise<MuteResult> {
      const tx = await subject(userId, txId);
      if (!tx) return "not_found";
      const key = merchantKey(tx);
      if (!key) return "no_merchant";
      await db.mutedMerchant.createMany({ data: [{ userId, merchant: key }], skipDuplicates: true });
      await dropQueued(userId, key);
      return { key, name: tx.merchant || tx.counterpartyName || key };
    },

    /**
     * A typed "mute Stadtwerke": the same mute as the button, through the merchant's latest row
     * (its id is what the Undo button carries). "not_found" when the merchant has no rows.
     */
    async muteMerchant(userId: string, merchantId: string): Promise<(MuteOutcome & { txId: string }) | Exclude<MuteResult, object>> {
      const latest = await db.transaction.findFirst({ where: { userId, merchantId }, orderBy: { bookingDate: "desc" }, select: { id: true } });
      if (!latest) return "not_found";
      const r = await this.mute(userId, latest.id);
      return typeof r === "string" ? r : { ...r, txId: latest.id };
    },

    async unmute(userId: string, txId: string): Promise<MuteResult> {
      const tx = await subject(userId, txId);
      if (!tx) return "not_found";
      const key = merchantKey(tx);
      if (!key) return "no_merchant";
      // Older mutes of this merchant may be stored under the lower-cased name.
      const stored = await db.mutedMerchant.findMany({ where: { userId }, select: { merchant: true } });
      const covering = stored.map((m) => m.merchant).filter((m) => muteCovers(m, key));
      await db.mutedMerchant.deleteMany({ where: { userId, merchant: { in: covering } } });
      return { key, name: tx.merchant || tx.counterpartyName || key };
    },
  };
}

export type MuteService = ReturnType<typeof createMuteService>;

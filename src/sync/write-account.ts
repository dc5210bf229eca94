// One account's share of the sync transaction: ids, pending-to-booked
// reconciliation, then the bulk upsert.
import type { NormalizedAccount, NormalizedTransaction } from "../../connectors/types.ts";
import { withExternalIds } from "./content-id.ts";
import { planReconciliation } from "./reconcile.ts";
import { lastOccurrence, replacePending, upsertTransactions, type CategoryChoice, type KeyedTransaction, type Tx } from "./write-transactions.ts";

export interface AccountWrite {
  inserted: { id: string; row: KeyedTransaction }[];
  updated: number;
  removed: number;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** An Account row for a provider's account, as linking and syncing both create them. */
export function accountRow(userId: string, connectionId: string, a: NormalizedAccount, syncEnabled = true) {
  return { userId, connectionId, externalId: a.externalId, name: a.name, iban: a.iban ?? null, currency: a.currency, type: a.type, syncEnabled };
}

export async function writeAccountRows(
  tx: Tx,
  target: { userId: string; accountId: string; now: Date },
  rows: readonly NormalizedTransaction[],
  categoryFor: (row: KeyedTransaction) => CategoryChoice | null,
): Promise<AccountWrite> {
  // Occurrence indexes follow the source's order, so ids come before de-duplication.
  const keyed = await withoutSupersededPending(tx, target.accountId, lastOccurrence(withExternalIds(rows)));
  const pending = await tx.transaction.findMany({
    where: { accountId: target.accountId, status: "PENDING" },
    select: { id: true, externalId: true, bookingDate: true, amount: true, currency: true, counterpartyName: true },
  });
  // Only needed to tell "booked twin of a pending row" from "booked row we already have";
  // skipped entirely on the common path (no pending rows), e.g. a big first sync.
  const stored = new Set<string>();
  if (pending.length) {
    const booked = keyed.filter((r) => r.status === "booked").map((r) => r.externalId);
    const found = await tx.$queryRawUnsafe<{ externalId: string }[]>(
      `SELECT "externalId" FROM "Transaction" WHERE "accountId" = $1::uuid AND "externalId" = ANY($2::text[])`,
      target.accountId,
      booked,
    );
    for (const f of found) stored.add(f.externalId);
  }
  const plan = planReconciliation(
    keyed,
    pending.map((p) => ({ ...p, bookingDate: isoDate(p.bookingDate), amount: p.amount.toFixed() })),
    (id) => stored.has(id),
  );
  for (const { pendingId, row } of plan.replace) await replacePending(tx, pendingId, row, target.now);
  const removed = plan.remove.length ? (await tx.transaction.deleteMany({ where: { id: { in: plan.remove } } })).count : 0;
  const written = await upsertTransactions(tx, target, plan.upsert, categoryFor);
  return { inserted: written.inserted, updated: written.updated + plan.replace.length, removed };
}

/**
 * Drops pending rows whose booked twin already replaced them: an older export
 * (or a provider page) that still lists the payment as pending would otherwise
 * bring it back beside its booked row.
 */
async function withoutSupersededPending(tx: Tx, accountId: string, rows: KeyedTransaction[]): Promise<KeyedTransaction[]> {
  const pendingIds = rows.filter((r) => r.status === "pending").map((r) => r.externalId);
  if (!pendingIds.length) return rows;
  const superseded = await tx.transaction.findMany({
    where: { accountId, pendingExternalId: { in: pendingIds } },
    select: { pendingExternalId: true },
  });
  if (!superseded.length) return rows;
  const gone = new Set(superseded.map((s) => s.pendingExternalId));
  return rows.filter((r) => r.status !== "pending" || !gone.has(r.externalId));
}

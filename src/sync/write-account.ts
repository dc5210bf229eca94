// One account's share of the sync transaction: ids, pending-to-booked
// reconciliation (planned first, so an import preview can count from the same
// plan), then the bulk upsert.
import type { NormalizedAccount, NormalizedTransaction } from "../../connectors/types.ts";
import { withExternalIds } from "./content-id.ts";
import { planReconciliation, type Coverage, type ReconcilePlan } from "./reconcile.ts";
import { lastOccurrence, replacePending, upsertTransactions, type CategoryChoice, type KeyedTransaction, type Tx } from "./write-transactions.ts";

export interface AccountWrite {
  inserted: { id: string; row: KeyedTransaction }[];
  /** Rows changed, the pending rows that were booked among them. */
  updated: number;
  removed: number;
  /** Of `updated`: pending rows now booked. */
  nowBooked: number;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** An Account row for a provider's account, as linking and syncing both create them. */
export function accountRow(userId: string, connectionId: string, a: NormalizedAccount, syncEnabled = true) {
  return { userId, connectionId, externalId: a.externalId, name: a.name, iban: a.iban ?? null, currency: a.currency, type: a.type, syncEnabled };
}

/** Enough of a client to read an account's rows: a transaction, or the pool for a preview. */
type Reader = Pick<Tx, "transaction" | "$queryRawUnsafe">;

/**
 * What writing these rows to the account will do, decided before anything is
 * written: which rows book a stored pending row (a twin with a new id, or the
 * same id now booked), which go through the upsert, and which pending rows go.
 * A preview counts from it, and the write carries it out, so both agree.
 */
export interface AccountRowsPlan {
  /** The rows to write: keyed, de-duplicated, without pending rows a booked twin already replaced. */
  rows: KeyedTransaction[];
  reconcile: ReconcilePlan<KeyedTransaction>;
  /** Rows that turn a pending row Kontor holds into a booked one. */
  nowBooked: number;
}

/** `covered`: the days the source reported in full beyond its rows' own (a statement's period), where known. */
export async function planAccountRows(client: Reader, accountId: string, rows: readonly NormalizedTransaction[], covered?: Coverage): Promise<AccountRowsPlan> {
  // Occurrence indexes follow the source's order, so ids come before de-duplication.
  const keyed = await withoutSupersededPending(client, accountId, lastOccurrence(withExternalIds(rows)));
  const pending = await client.transaction.findMany({
    where: { accountId, status: "PENDING" },
    select: { id: true, externalId: true, bookingDate: true, amount: true, currency: true, counterpartyName: true, description: true, merchant: true, transactionType: true },
  });
  // Only needed to tell "booked twin of a pending row" from "booked row we already have";
  // skipped entirely on the common path (no pending rows), e.g. a big first sync.
  const stored = new Set<string>();
  if (pending.length) {
    const booked = keyed.filter((r) => r.status === "booked").map((r) => r.externalId);
    const found = await client.$queryRawUnsafe<{ externalId: string }[]>(
      `SELECT "externalId" FROM "Transaction" WHERE "accountId" = $1::uuid AND "externalId" = ANY($2::text[])`,
      accountId,
      booked,
    );
    for (const f of found) stored.add(f.externalId);
  }
  const reconcile = planReconciliation(
    keyed,
    pending.map((p) => ({ ...p, bookingDate: isoDate(p.bookingDate), amount: p.amount.toFixed() })),
    (id) => stored.has(id),
    covered,
  );
  // A source that keeps a payment's id from pending to booked books it through the upsert.
  const pendingIds = new Set(pending.map((p) => p.externalId));
  const sameId = reconcile.upsert.filter((r) => r.status === "booked" && pendingIds.has(r.externalId)).length;
  return { rows: keyed, reconcile, nowBooked: reconcile.replace.length + sameId };
}

export async function writeAccountRows(
  tx: Tx,
  target: { userId: string; accountId: string; now: Date },
  rows: readonly NormalizedTransaction[],
  categoryFor: (row: KeyedTransaction) => CategoryChoice | null,
  covered?: Coverage,
): Promise<AccountWrite> {
  const { reconcile: plan, nowBooked } = await planAccountRows(tx, target.accountId, rows, covered);
  for (const { pendingId, row } of plan.replace) await replacePending(tx, pendingId, row, target.now);
  const removed = plan.remove.length ? (await tx.transaction.deleteMany({ where: { id: { in: plan.remove } } })).count : 0;
  const written = await upsertTransactions(tx, target, plan.upsert, categoryFor);
  return { inserted: written.inserted, updated: written.updated + plan.replace.length, removed, nowBooked };
}

/**
 * Drops pending rows whose booked twin already replaced them: an older export
 * (or a provider page) that still lists the payment as pending would otherwise
 * bring it back beside its booked row.
 */
async function withoutSupersededPending(tx: Reader, accountId: string, rows: KeyedTransaction[]): Promise<KeyedTransaction[]> {
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

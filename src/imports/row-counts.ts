// How the rows of one statement part stand against the account they go to:
// brand new, a pending row Kontor holds now booked, or already known. Counted
// from the plan the write itself carries out (planAccountRows), so a preview
// never promises a number the import then contradicts.
import type { KeyedTransaction, Tx } from "../sync/write-transactions.ts";
import { planAccountRows } from "../sync/write-account.ts";
import type { Coverage } from "../sync/reconcile.ts";

type Reader = Pick<Tx, "transaction" | "$queryRawUnsafe">;

export interface RowCounts {
  /** Rows the account does not hold in any form: the import adds them. */
  brandNew: number;
  /** Rows that book a pending row the account holds (at its amount or another): that row becomes this one. */
  nowBooked: number;
  /** Rows the account already holds as they are (or holds booked, for a pending row of an older file). */
  known: number;
  /** Pending rows the account holds that this file covers and no longer lists: booked as nothing here, or lapsed. */
  lapsed: number;
}

export async function countRows(client: Reader, accountId: string | null, rows: readonly KeyedTransaction[], covered?: Coverage): Promise<RowCounts> {
  if (!accountId || (!rows.length && !covered)) return { brandNew: rows.length, nowBooked: 0, known: 0, lapsed: 0 };
  const plan = await planAccountRows(client, accountId, rows, covered);
  // The upsert inserts exactly the rows whose id the account does not hold yet.
  const ids = plan.reconcile.upsert.map((r) => r.externalId);
  const held = ids.length
    ? (await client.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Transaction" WHERE "accountId" = $1::uuid AND "externalId" = ANY($2::text[])`, accountId, ids))[0]!.n
    : 0;
  const brandNew = ids.length - held;
  return { brandNew, nowBooked: plan.nowBooked, known: rows.length - brandNew - plan.nowBooked, lapsed: plan.reconcile.remove.length };
}

// User.dataVersion names the state of a user's data for caches outside the
// analytics store (qa/user-context.ts). The store itself does not need it: the
// change-log triggers record every analytics-relevant write on their own.
import type { Db } from "../db/client.ts";

/** Call after any write that changes a user's transactions, accounts, categories or balances. */
export async function bumpDataVersion(db: Pick<Db, "user">, userId: string): Promise<number> {
  const u = await db.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } }, select: { dataVersion: true } });
  return u.dataVersion;
}

// Refunds stored before a refund named its shop's category (migration
// 20261129210000_refund_of_key) sit under "Refunds" and do not net against
// the category they came back to. At start, in the background, each such row
// is categorized again; where the shop is recognisable now (brand, card code,
// kind of shop), its category is stored with the row. Rows decided by a
// person (by hand, a rule, a merchant's category) are left alone, and a row
// whose shop stays unknown keeps no category, as a new one would.
import type { Db } from "../db/client.ts";
import type { BackgroundJob } from "./background-job.ts";
import type { Logger } from "../logger.ts";
import { categorize } from "../categories/categorize.ts";
import { merchantLabel } from "../categories/merchant-label.ts";

const BATCH = 2_000;

interface RefundRow {
  id: string;
  userId: string;
  amount: string;
  counterpartyName: string | null;
  description: string | null;
  merchant: string | null;
  transactionType: string | null;
  mcc: string | null;
}

// Keyset-paged by id, so rows that stay unknown are read once per run, not again and again.
const PAGE_SQL = `
SELECT t."id", t."userId", t."amount"::text AS "amount", t."counterpartyName", t."description", t."merchant", t."transactionType", t."mcc"
FROM "Transaction" t JOIN "Category" c ON c."id" = t."categoryId"
WHERE c."key" = 'refunds' AND t."refundOfKey" IS NULL
  AND COALESCE(t."categorySource", '') NOT IN ('user', 'rule', 'merchant')
  AND t."id" > $1::uuid
ORDER BY t."id" LIMIT ${BATCH}`;

const UPDATE_SQL = `
UPDATE "Transaction" t SET "refundOfKey" = r.k
FROM unnest($1::uuid[], $2::text[]) AS r(id, k)
WHERE t."id" = r.id AND t."refundOfKey" IS NULL`;

/** The shop category a stored refund row returns money to, or null when the shop is not recognisable. */
export function refundOfStored(row: Omit<RefundRow, "id" | "userId">): string | null {
  const merchant = row.merchant ?? merchantLabel(row);
  const next = categorize({ ...row, merchant }, { rules: [] });
  return next.categoryKey === "refunds" ? (next.refundOf ?? null) : null;
}

/** Fills refundOfKey of old refund rows; returns how many rows learned their category. */
export async function backfillRefundCategories(db: Db, stopped: () => boolean = () => false): Promise<number> {
  let after = "00000000-0000-0000-0000-000000000000";
  let filled = 0;
  const users = new Set<string>();
  for (;;) {
    if (stopped()) break;
    const rows = await db.$queryRawUnsafe<RefundRow[]>(PAGE_SQL, after);
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    const ids: string[] = [];
    const keys: string[] = [];
    for (const r of rows) {
      const key = refundOfStored(r);
      if (!key) continue;
      ids.push(r.id);
      keys.push(key);
      users.add(r.userId);
    }
    if (ids.length) filled += await db.$executeRawUnsafe(UPDATE_SQL, ids, keys);
  }
  // Caches outside the analytics store (which follows the change log) key on the data version.
  for (const userId of users) await db.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });
  return filled;
}

export function refundBackfillJob(deps: { db: Db; logger: Logger }): BackgroundJob {
  return {
    name: "refund-backfill",
    async start() {
      let stopped = false;
      void backfillRefundCategories(deps.db, () => stopped)
        .then((filled) => {
          if (filled) deps.logger.info({ filled }, "refunds: stored the shop category of older refunds");
        })
        .catch((err: unknown) => deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "refunds: background backfill stopped"));
      return async () => {
        stopped = true;
      };
    },
  };
}

// A merchant is one merchant: a payment the rules could not place ("other",
// nothing in its text) takes the category the same merchant's other payments
// have. The rent paid to Gerhard Pohlmann by a banking app that prints only
// "To Gerhard Pohlmann" is rent when his other payments say "Miete"; the café
// whose name one bank cuts before the word "Café" is a café like its other rows.
// Only money out, only when one category holds at least USUAL_SHARE of the
// merchant's placed payments and at least USUAL_MIN of them, and never over a
// choice a person made (those rows are not "other" from the fallback).
import type { Prisma } from "../db/client.ts";

type Tx = Prisma.TransactionClient;

export const USUAL_SOURCE = "usual";
export const USUAL_MIN = 2;
/** As a fraction: the leading category's share of the merchant's placed payments. */
export const USUAL_SHARE = 0.6;

const USUAL_SQL = `
WITH placed AS (
  SELECT t."merchantId", t."categoryId", count(*) AS n,
         sum(count(*)) OVER (PARTITION BY t."merchantId") AS total,
         row_number() OVER (PARTITION BY t."merchantId" ORDER BY count(*) DESC, t."categoryId") AS rk
  FROM "Transaction" t JOIN "Category" c ON c."id" = t."categoryId"
  WHERE t."userId" = $1::uuid AND t."amount" < 0
    AND t."merchantId" IN (SELECT w."merchantId" FROM "Transaction" w WHERE w."id" = ANY($2::uuid[]) AND w."userId" = $1::uuid)
    AND c."kind" = 'expense' AND c."key" <> 'other' AND t."categorySource" IS DISTINCT FROM '${USUAL_SOURCE}'
  GROUP BY t."merchantId", t."categoryId"
)
UPDATE "Transaction" t SET "categoryId" = p."categoryId", "categorySource" = '${USUAL_SOURCE}', "refundOfKey" = NULL
FROM placed p, "Category" oc
WHERE p.rk = 1 AND p.n >= ${USUAL_MIN} AND p.n >= p.total * ${USUAL_SHARE}
  AND t."userId" = $1::uuid AND t."merchantId" = p."merchantId" AND t."amount" < 0
  AND oc."id" = t."categoryId" AND oc."key" = 'other' AND t."categorySource" = 'fallback'`;

/**
 * After a write: the merchants of these (new) rows give their unplaced
 * payments, old and new, their usual category. Returns how many rows changed.
 */
export async function applyUsualCategories(tx: Tx, userId: string, writtenIds: readonly string[]): Promise<number> {
  if (!writtenIds.length) return 0;
  return tx.$executeRawUnsafe(USUAL_SQL, userId, writtenIds);
}

/**
 * The same decision over rows held in memory (the labelled corpus scores it
 * this way): for each merchant key, the category its unplaced money-out rows take, if any.
 */
export function usualCategories(rows: readonly { key: string; category: string; out: boolean; expense: boolean }[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!r.out || !r.expense || r.category === "other") continue;
    const m = counts.get(r.key) ?? new Map<string, number>();
    m.set(r.category, (m.get(r.category) ?? 0) + 1);
    counts.set(r.key, m);
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (n >= USUAL_MIN && n >= total * USUAL_SHARE) out.set(key, best);
  }
  return out;
}

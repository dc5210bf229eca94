// A person's merchants ordered by what they spent there, one page at a time.
// Spend is money out less refunds (transfers left aside), the way every answer
// counts spending (src/analytics/compile.ts): money in filed under Refunds or
// under a spending category nets against the merchant. Summed in the currency
// most of the merchant's rows use.
import type { Db } from "../db/client.ts";

export const PAGE_SIZE = 8;

export interface MerchantSummary {
  id: string;
  name: string;
  /** Money spent net of refunds, a decimal string never below "0" (refunds alone do not make a merchant owe). */
  spent: string;
  currency: string;
  count: number;
}

export interface MerchantPage {
  items: MerchantSummary[];
  page: number;
  pages: number;
  total: number;
}

const LIST_SQL = `
WITH spend AS (
  SELECT t."merchantId" AS id,
         GREATEST(COALESCE(SUM(-t.amount) FILTER (
           WHERE (c.kind IS NULL OR c.kind <> 'transfer')
             AND (t.amount < 0 OR c.key = 'refunds' OR c.kind = 'expense')), 0), 0) AS spent,
         mode() WITHIN GROUP (ORDER BY t.currency) AS currency,
         COUNT(*)::int AS n
  FROM "Transaction" t LEFT JOIN "Category" c ON c.id = t."categoryId"
  WHERE t."userId" = $1::uuid AND t."merchantId" IS NOT NULL
  GROUP BY t."merchantId"
)
SELECT m.id, m.name, s.spent::text AS spent, s.currency, s.n AS count, COUNT(*) OVER ()::int AS total
FROM "Merchant" m JOIN spend s ON s.id = m.id
WHERE m."userId" = $1::uuid AND m."mergedIntoId" IS NULL
ORDER BY s.spent DESC, lower(m.name), m.id
LIMIT $2 OFFSET $3`;

export async function listMerchants(db: Db, userId: string, page: number, pageSize = PAGE_SIZE): Promise<MerchantPage> {
  const safePage = Number.isInteger(page) && page >= 0 ? page : 0;
  const rows = await db.$queryRawUnsafe<(MerchantSummary & { total: number })[]>(LIST_SQL, userId, pageSize, safePage * pageSize);
  let total = rows[0]?.total ?? 0;
  // A page past the end (the list shrank after a merge) shows the last page instead.
  if (!rows.length && safePage > 0) {
    const count = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(DISTINCT "merchantId")::int AS n FROM "Transaction" t JOIN "Merchant" m ON m.id = t."merchantId" WHERE t."userId" = $1::uuid AND m."mergedIntoId" IS NULL`, userId);
    total = count[0]?.n ?? 0;
    if (total > 0) return listMerchants(db, userId, Math.ceil(total / pageSize) - 1, pageSize);
  }
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, spent: r.spent, currency: r.currency.trim(), count: r.count })),
    page: safePage,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

// Matched own-account transfers, one line per pair with its direction, for
// "how much did I move to savings" and for listing transfers on their own.
import type { Db } from "../db/client.ts";
import { TRANSFER_MATCH_SOURCE } from "../merchants/category-choice.ts";

export interface TransferLine {
  date: string;
  /** Positive decimal string: what arrived. */
  amount: string;
  currency: string;
  from: { accountId: string; name: string; type: string };
  to: { accountId: string; name: string; type: string };
}

const SQL = `
SELECT to_char(i."bookingDate", 'YYYY-MM-DD') AS date, trim_scale(i.amount)::text AS amount, i.currency,
       o."accountId" AS "fromId", oa.name AS "fromName", oa.type::text AS "fromType",
       i."accountId" AS "toId", ia.name AS "toName", ia.type::text AS "toType"
FROM "Transaction" i
JOIN "Transaction" o ON o.id = i."transferPeerId" AND o."userId" = i."userId"
JOIN "Account" ia ON ia.id = i."accountId"
JOIN "Account" oa ON oa.id = o."accountId"
WHERE i."userId" = $1::uuid AND i.amount > 0 AND i."categorySource" = '${TRANSFER_MATCH_SOURCE}'
  AND i."bookingDate" BETWEEN $2::date AND $3::date
ORDER BY i."bookingDate", i.id`;

/** Pairs whose arriving half is booked between `from` and `to` (inclusive, YYYY-MM-DD). */
export async function listTransfers(db: Db, userId: string, range: { from: string; to: string }): Promise<TransferLine[]> {
  const rows = await db.$queryRawUnsafe<{ date: string; amount: string; currency: string; fromId: string; fromName: string; fromType: string; toId: string; toName: string; toType: string }[]>(
    SQL,
    userId,
    range.from,
    range.to,
  );
  return rows.map((r) => ({
    date: r.date,
    amount: r.amount,
    currency: r.currency.trim(),
    from: { accountId: r.fromId, name: r.fromName, type: r.fromType },
    to: { accountId: r.toId, name: r.toName, type: r.toType },
  }));
}

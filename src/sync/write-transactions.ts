// The fast path into "Transaction": one multi-row INSERT ... ON CONFLICT per
// chunk, fed by typed arrays through unnest, instead of one round trip per row.
// Prisma's createMany cannot say "update on conflict" nor report which rows
// were inserted, and both are needed (counts, notifications, categories kept).
import type { NormalizedTransaction } from "../../connectors/types.ts";
import type { Prisma } from "../db/client.ts";
import { merchantLabel, withMerchantLabel } from "../categories/merchant-label.ts";
import { merchantOf, resolveMerchants, type MerchantMap } from "../merchants/resolve.ts";
import { withMerchantCategory } from "../merchants/category-choice.ts";

export type Tx = Prisma.TransactionClient;
export type KeyedTransaction = NormalizedTransaction & { externalId: string };
export type { CategoryChoice } from "../merchants/category-choice.ts";
import type { CategoryChoice } from "../merchants/category-choice.ts";

export interface WrittenRows {
  inserted: { id: string; row: KeyedTransaction }[];
  updated: number;
}

/** Big enough to amortise the round trip, small enough to keep one statement's memory modest. */
const CHUNK = 5_000;

const COLUMNS = `"id","userId","accountId","externalId","status","bookingDate","valueDate","amount","currency","originalAmount","originalCurrency",
  "counterpartyName","counterpartyIban","description","merchant","transactionType","categoryId","categorySource","raw","importedAt","updatedAt",
  "merchantId","mcc","refundOfKey"`;

// Fields whose change counts as an update. `raw` is excluded: providers put
// volatile noise there (request ids), which would report every row as changed.
const COMPARED = ["status", "bookingDate", "valueDate", "amount", "currency", "originalAmount", "originalCurrency", "counterpartyName", "counterpartyIban", "description", "merchant", "transactionType", "merchantId", "mcc"];
const q = (c: string) => `"${c}"`;

const UPSERT_SQL = `
INSERT INTO "Transaction" (${COLUMNS})
SELECT gen_random_uuid(), $1::uuid, $2::uuid, r.ext, r.st::"TransactionStatus", r.bd, r.vd, r.amt, r.cur, r.oamt, r.ocur,
       r.cpn, r.cpi, r.descr, r.mer, r.tt, r.cat, r.catsrc, r.raw::jsonb, $3::timestamptz, $3::timestamptz, r.mid, r.mcc, r.rof
FROM unnest($4::text[], $5::text[], $6::date[], $7::date[], $8::numeric[], $9::text[], $10::numeric[], $11::text[],
            $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::uuid[], $18::text[], $19::text[],
            $20::uuid[], $21::text[], $22::text[])
     AS r(ext, st, bd, vd, amt, cur, oamt, ocur, cpn, cpi, descr, mer, tt, cat, catsrc, raw, mid, mcc, rof)
ON CONFLICT ("accountId", "externalId") DO UPDATE SET
  ${COMPARED.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}, "raw" = EXCLUDED."raw", "updatedAt" = EXCLUDED."updatedAt"
WHERE NOT ("Transaction"."status" = 'BOOKED' AND EXCLUDED."status" = 'PENDING')
  AND (${COMPARED.map((c) => `"Transaction".${q(c)}`).join(", ")}) IS DISTINCT FROM (${COMPARED.map((c) => `EXCLUDED.${q(c)}`).join(", ")})
RETURNING "id", "externalId", (xmax = 0) AS inserted`;
// (xmax = 0) is PostgreSQL's tell-tale for "this row version was inserted, not updated".

/** The row carrying its merchant's display name, and that merchant. */
function linkMerchant(row: KeyedTransaction, merchants: MerchantMap) {
  const merchant = merchantOf(merchants, row.merchant);
  return { row: merchant && merchant.name !== row.merchant ? { ...row, merchant: merchant.name } : row, merchant };
}

/** Char(4): a source's MCC is four digits or it is not kept. */
export function validMcc(mcc: string | null | undefined): string | null {
  const m = mcc?.trim();
  return m && /^\d{4}$/.test(m) ? m : null;
}

/** A provider may list a row on two overlapping pages; ON CONFLICT cannot touch one row twice per statement. */
export function lastOccurrence(rows: readonly KeyedTransaction[]): KeyedTransaction[] {
  const byId = new Map<string, KeyedTransaction>();
  for (const r of rows) byId.set(r.externalId, r);
  return [...byId.values()];
}

export async function upsertTransactions(
  tx: Tx,
  target: { userId: string; accountId: string; now: Date },
  rows: readonly KeyedTransaction[],
  categoryFor: (row: KeyedTransaction, accountId?: string) => CategoryChoice | null,
): Promise<WrittenRows> {
  const result: WrittenRows = { inserted: [], updated: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    // Labelled and linked to the canonical merchant before categorizing and
    // before notices are queued, so rules and muting match the same merchant
    // name the row is stored with (the merchant's display name).
    const labelled = rows.slice(start, start + CHUNK).map(withMerchantLabel);
    const merchants = await resolveMerchants(tx, target.userId, labelled.map((r) => r.merchant));
    const linked = labelled.map((r) => linkMerchant(r, merchants));
    const chunk = linked.map((l) => l.row);
    const byExt = new Map(chunk.map((r) => [r.externalId, r]));
    const cats = linked.map((l) => withMerchantCategory(categoryFor(l.row, target.accountId), l.merchant?.categoryId));
    const returned = await tx.$queryRawUnsafe<{ id: string; externalId: string; inserted: boolean }[]>(
      UPSERT_SQL,
      target.userId,
      target.accountId,
      target.now,
      chunk.map((r) => r.externalId),
      chunk.map((r) => (r.status === "pending" ? "PENDING" : "BOOKED")),
      chunk.map((r) => r.bookingDate),
      chunk.map((r) => r.valueDate ?? null),
      chunk.map((r) => r.amount),
      chunk.map((r) => r.currency),
      chunk.map((r) => r.originalAmount ?? null),
      chunk.map((r) => r.originalCurrency ?? null),
      chunk.map((r) => r.counterpartyName ?? null),
      chunk.map((r) => r.counterpartyIban ?? null),
      chunk.map((r) => r.description ?? null),
      chunk.map((r) => r.merchant ?? null),
      chunk.map((r) => r.transactionType ?? null),
      cats.map((c) => c?.categoryId ?? null),
      cats.map((c) => c?.source ?? null),
      chunk.map((r) => (r.raw === undefined ? null : JSON.stringify(r.raw))),
      linked.map((l) => l.merchant?.id ?? null),
      chunk.map((r) => validMcc(r.mcc)),
      cats.map((c) => c?.refundOfKey ?? null),
    );
    for (const ret of returned) {
      if (ret.inserted) result.inserted.push({ id: ret.id, row: byExt.get(ret.externalId)! });
      else result.updated += 1;
    }
  }
  return result;
}

/** The pending row takes the booked row's id and content; its Transaction id (and category) stays. */
export async function replacePending(tx: Tx, pendingId: string, row: KeyedTransaction, now: Date): Promise<void> {
  // Rare (one per pending row turning booked), so the extra lookups are affordable.
  const { userId, externalId: pendingExternalId } = await tx.transaction.findUniqueOrThrow({ where: { id: pendingId }, select: { userId: true, externalId: true } });
  const label = merchantLabel(row);
  const merchant = merchantOf(await resolveMerchants(tx, userId, [label]), label);
  await tx.transaction.update({
    where: { id: pendingId },
    data: {
      externalId: row.externalId,
      pendingExternalId,
      status: "BOOKED",
      bookingDate: new Date(`${row.bookingDate}T00:00:00Z`),
      valueDate: row.valueDate ? new Date(`${row.valueDate}T00:00:00Z`) : null,
      amount: row.amount,
      currency: row.currency,
      originalAmount: row.originalAmount ?? null,
      originalCurrency: row.originalCurrency ?? null,
      counterpartyName: row.counterpartyName ?? null,
      counterpartyIban: row.counterpartyIban ?? null,
      description: row.description ?? null,
      merchant: merchant?.name ?? label,
      merchantId: merchant?.id ?? null,
      mcc: validMcc(row.mcc),
      transactionType: row.transactionType ?? null,
      ...(row.raw === undefined ? {} : { raw: row.raw as Prisma.InputJsonValue }),
      updatedAt: now,
    },
  });
}

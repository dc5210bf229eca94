// Re-runs the categorizer over a person's history after their rules or
// merchants changed, or after an upgrade changed the built-in rules, and links
// every row to its canonical merchant on the way. Manual choices ("user") are
// never touched.
import type { Prisma } from "../db/client.ts";
import { categorize } from "./categorize.ts";
import type { BookingCodes } from "./booking-codes.ts";
import { merchantLabel } from "./merchant-label.ts";
import { loadRules } from "./rule-store.ts";
import { merchantOf, resolveMerchants, type ResolvedMerchant } from "../merchants/resolve.ts";
import { MERCHANT_SOURCE, withMerchantCategory, type CategoryChoice } from "../merchants/category-choice.ts";
import { loadOwnIbans } from "../transfers/own-ibans.ts";
import { loadOwnNames } from "../transfers/own-names.ts";

type Tx = Prisma.TransactionClient;

/** updateMany takes ids as bind parameters; PostgreSQL allows 65k per statement. */
const ID_CHUNK = 10_000;

const LINK_SQL = `
UPDATE "Transaction" t SET "merchantId" = r.mid, "merchant" = r.name
FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS r(id, mid, name)
WHERE t."id" = r.id AND t."id" = ANY($2::uuid[]) AND t."userId" = $1::uuid`;

// Only the code fields of the raw payload, and only of rows that carry one: the
// whole payload of years of rows would be read for three short strings. The
// values stay JSON, so they are judged exactly as on import.
const CODES_SQL = `
SELECT "id", "raw"->'gvc' AS gvc, "raw"->'bankCode' AS "bankCode", "raw"->'domainCode' AS "domainCode"
FROM "Transaction"
WHERE "userId" = $1::uuid AND jsonb_typeof("raw") = 'object' AND ("raw" ? 'gvc' OR "raw" ? 'bankCode' OR "raw" ? 'domainCode')`;

interface StoredRow {
  id: string;
  accountId: string;
  amount: Prisma.Decimal;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  description: string | null;
  merchant: string | null;
  transactionType: string | null;
  categoryId: string | null;
  categorySource: string | null;
  refundOfKey: string | null;
  merchantId: string | null;
  mcc: string | null;
  bookingCodes?: BookingCodes;
}

export interface RecategorizeOptions {
  /**
   * The built-in rules changed (a new release): rows they decided ("dictionary",
   * "fallback") are decided again too, where the new rules place them; one the
   * new rules cannot place (the catch-all "other") keeps its category rather
   * than lose it. Rows from the bank's own category ("provider"), from
   * transfer matching or from a merchant's history keep theirs: what decided
   * them is not stored with the row or not the categorizer's.
   */
  builtIn?: boolean;
}

export interface RecategorizeCounts {
  /** Rows whose category changed. */
  categories: number;
  /** Rows linked to another merchant (or its new name). */
  links: number;
}

const BUILT_IN_SOURCES = new Set(["dictionary", "fallback"]);
const CATCH_ALL = new Set(["other", "income_other"]);

/** Returns how many transactions changed category (see recategorizeRows). */
export async function recategorizeHistory(tx: Tx, userId: string): Promise<number> {
  return (await recategorizeRows(tx, userId)).categories;
}

/**
 * Counts the rows that changed category and the rows linked anew. The
 * provider's own category is not stored with a row, so a row the rules do not
 * (or no longer) decide keeps what it has: recomputing it here could only lose
 * information, except for rows a rule or a merchant's category had decided,
 * which fall back to the built-in categorizer (and, with `builtIn`, rows that
 * categorizer decided). The bank's booking codes are stored (in the raw
 * payload) and read as on import, so a bank's fee falls back to "fees". A
 * merchant's category beats everything but a choice by hand and a matched
 * own-account transfer.
 */
export async function recategorizeRows(tx: Tx, userId: string, opts: RecategorizeOptions = {}): Promise<RecategorizeCounts> {
  const rules = await loadRules(tx, userId);
  const ownIbans = await loadOwnIbans(tx, userId);
  // As on import (sync/write.ts): a transfer to the holder's own name or IBAN stays a transfer.
  const ownNames = await loadOwnNames(tx, userId, ownIbans);
  const ids = new Map((await tx.category.findMany({ where: { userId }, select: { id: true, key: true } })).map((c) => [c.key, c.id]));
  const rows: StoredRow[] = await tx.transaction.findMany({
    where: { userId },
    select: { id: true, accountId: true, amount: true, counterpartyName: true, counterpartyIban: true, description: true, merchant: true, transactionType: true, categoryId: true, categorySource: true, refundOfKey: true, merchantId: true, mcc: true },
  });
  const codes = await tx.$queryRawUnsafe<(BookingCodes & { id: string })[]>(CODES_SQL, userId);
  if (codes.length) {
    const byId = new Map(codes.map(({ id, ...c }) => [id, c]));
    for (const r of rows) r.bookingCodes = byId.get(r.id);
  }
  // Rows written before merchants were labelled still match rules made from a label.
  const labels = rows.map((r) => merchantLabel(r));
  const merchants = await resolveMerchants(tx, userId, labels);
  const links: { id: string; merchant: ResolvedMerchant }[] = [];
  const changes = new Map<string, { categoryId: string; source: string; refundOfKey: string | null; ids: string[] }>();
  let changed = 0;
  rows.forEach((r, i) => {
    const merchant = merchantOf(merchants, labels[i]);
    if (merchant && (merchant.id !== r.merchantId || merchant.name !== r.merchant)) links.push({ id: r.id, merchant });
    if (r.categorySource === "user") return;
    const next = nextCategory(r, merchant, { rules, ownIbans, ownNames, ids, builtIn: opts.builtIn === true });
    if (!next) return;
    const refundOfKey = next.refundOfKey ?? null;
    if (next.categoryId === r.categoryId && next.source === r.categorySource && refundOfKey === r.refundOfKey) return;
    if (next.categoryId !== r.categoryId) changed += 1;
    const group = `${next.categoryId}:${next.source}:${refundOfKey ?? ""}`;
    const g = changes.get(group) ?? { categoryId: next.categoryId, source: next.source, refundOfKey, ids: [] };
    g.ids.push(r.id);
    changes.set(group, g);
  });
  for (let i = 0; i < links.length; i += ID_CHUNK) {
    const part = links.slice(i, i + ID_CHUNK);
    await tx.$executeRawUnsafe(LINK_SQL, userId, part.map((l) => l.id), part.map((l) => l.merchant.id), part.map((l) => l.merchant.name));
  }
  for (const g of changes.values()) {
    for (let i = 0; i < g.ids.length; i += ID_CHUNK) {
      await tx.transaction.updateMany({ where: { id: { in: g.ids.slice(i, i + ID_CHUNK) }, userId }, data: { categoryId: g.categoryId, categorySource: g.source, refundOfKey: g.refundOfKey } });
    }
  }
  return { categories: changed, links: links.length };
}

function nextCategory(
  r: StoredRow,
  merchant: ResolvedMerchant | null,
  ctx: { rules: Awaited<ReturnType<typeof loadRules>>; ownIbans: ReadonlySet<string>; ownNames: ReadonlySet<string>; ids: Map<string, string>; builtIn: boolean },
): CategoryChoice | null {
  const next = categorize(
    {
      amount: r.amount.toFixed(),
      counterpartyName: r.counterpartyName,
      counterpartyIban: r.counterpartyIban,
      description: r.description,
      merchant: merchant?.name ?? merchantLabel(r),
      transactionType: r.transactionType,
      accountId: r.accountId,
      mcc: r.mcc,
      bookingCodes: r.bookingCodes ?? null,
    },
    { rules: ctx.rules, ownIbans: ctx.ownIbans, ownNames: ctx.ownNames },
  );
  const decidedByPerson = r.categorySource === "rule" || r.categorySource === MERCHANT_SOURCE;
  const builtIn = ctx.builtIn && BUILT_IN_SOURCES.has(r.categorySource ?? "") && !CATCH_ALL.has(next.categoryKey);
  const recompute = next.source === "rule" || decidedByPerson || r.categoryId === null || builtIn;
  const computedId = ctx.ids.get(next.categoryKey);
  // A kept refund learns which category it refunds when the shop is recognisable
  // now (rows written before refunds named their shop's category).
  const isRefund = r.categoryId !== null && r.categoryId === ctx.ids.get("refunds");
  const keptRefundOf = isRefund ? (r.refundOfKey ?? (next.categoryKey === "refunds" ? (next.refundOf ?? null) : null)) : null;
  const base: CategoryChoice | null = recompute
    ? computedId
      ? { categoryId: computedId, source: next.source, refundOfKey: next.refundOf ?? null }
      : null
    : { categoryId: r.categoryId!, source: r.categorySource ?? next.source, refundOfKey: keptRefundOf };
  return withMerchantCategory(base, merchant?.categoryId);
}

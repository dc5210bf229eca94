// Corrections from the chat: one transaction's category by hand, and "always
// for this merchant" as a rule that recategorizes the history. Every lookup is
// scoped to the asking user: a forged transaction id finds nothing.
import type { Db, Prisma } from "../db/client.ts";
import { merchantLabel } from "./merchant-label.ts";
import { recategorizeHistory } from "./recategorize.ts";
import { CATEGORY_KEYS } from "./taxonomy.ts";
import { merchantOf, resolveMerchants } from "../merchants/resolve.ts";

type Tx = Prisma.TransactionClient;

export interface OwnTransaction {
  id: string;
  bookingDate: string;
  amount: string;
  currency: string;
  /** The clean merchant label rules and reports use, or null when the row names nobody. */
  merchant: string | null;
  categoryKey: string | null;
  categorySource: string | null;
}

export interface RuleOutcome {
  categoryKey: string;
  merchant: string;
  recategorized: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Recategorizing years of history is one statement per category; allow it time. */
const RECATEGORIZE_TIMEOUT_MS = 120_000;

async function findOwn(db: Db | Tx, userId: string, txId: string): Promise<OwnTransaction | null> {
  if (!UUID.test(txId)) return null;
  const r = await db.transaction.findFirst({
    where: { id: txId, userId },
    select: { id: true, bookingDate: true, amount: true, currency: true, merchant: true, counterpartyName: true, description: true, categorySource: true, category: { select: { key: true } } },
  });
  if (!r) return null;
  return {
    id: r.id,
    bookingDate: r.bookingDate.toISOString().slice(0, 10),
    amount: r.amount.toFixed(),
    currency: r.currency,
    merchant: merchantLabel(r),
    categoryKey: r.category?.key ?? null,
    categorySource: r.categorySource,
  };
}

const bumpDataVersion = (tx: Tx, userId: string) => tx.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });

export function createCorrectionService(db: Db) {
  return {
    find: (userId: string, txId: string) => findOwn(db, userId, txId),

    /** Sets the category by hand; null when the transaction or the key is not the user's. */
    async setCategory(userId: string, txId: string, categoryKey: string): Promise<OwnTransaction | null> {
      if (!CATEGORY_KEYS.includes(categoryKey)) return null;
      return db.$transaction(async (tx) => {
        const own = await findOwn(tx, userId, txId);
        const category = await tx.category.findUnique({ where: { userId_key: { userId, key: categoryKey } }, select: { id: true } });
        if (!own || !category) return null;
        // Rows from before merchants existed get theirs on the way.
        const merchant = merchantOf(await resolveMerchants(tx, userId, [own.merchant]), own.merchant);
        await tx.transaction.update({
          where: { id: own.id },
          data: { categoryId: category.id, categorySource: "user", refundOfKey: null, ...(merchant ? { merchantId: merchant.id, merchant: merchant.name } : {}) },
        });
        await bumpDataVersion(tx, userId);
        return { ...own, merchant: merchant?.name ?? own.merchant, categoryKey, categorySource: "user" };
      });
    },

    /**
     * Makes the transaction's current category the rule for its merchant and
     * recategorizes everything not set by hand, in one database transaction.
     * null when there is no such transaction, no category or no merchant label.
     */
    async alwaysForMerchant(userId: string, txId: string): Promise<RuleOutcome | null> {
      return db.$transaction(
        async (tx) => {
          const own = await findOwn(tx, userId, txId);
          if (!own?.categoryKey || !own.merchant) return null;
          const category = await tx.category.findUniqueOrThrow({ where: { userId_key: { userId, key: own.categoryKey } }, select: { id: true } });
          // A newer answer for the same merchant replaces the older rule: appended
          // behind it, it would never be reached, since the first match wins.
          await tx.categoryRule.deleteMany({
            where: { userId, counterpartyPattern: own.merchant, descriptionPattern: null, minAmount: null, maxAmount: null, accountId: null },
          });
          const last = await tx.categoryRule.aggregate({ where: { userId }, _max: { position: true } });
          await tx.categoryRule.create({
            data: { userId, categoryId: category.id, position: (last._max.position ?? -1) + 1, counterpartyPattern: own.merchant },
          });
          const recategorized = await recategorizeHistory(tx, userId);
          await bumpDataVersion(tx, userId);
          return { categoryKey: own.categoryKey, merchant: own.merchant, recategorized };
        },
        { timeout: RECATEGORIZE_TIMEOUT_MS, maxWait: 30_000 },
      );
    },
  };
}

export type CorrectionService = ReturnType<typeof createCorrectionService>;

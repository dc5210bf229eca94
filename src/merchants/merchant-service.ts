// What a person can do with their merchants from the chat: list them by
// spend, rename, merge ("these are the same") and give one a category that
// applies to its history. Every lookup is scoped to the asking user, so a
// forged merchant id finds nothing, and every change bumps the user's
// dataVersion so the next answer is computed from the new state.
import type { Db, Prisma } from "../db/client.ts";
import { merchantKey } from "../categories/merchant-label.ts";
import { CATEGORY_KEYS } from "../categories/taxonomy.ts";
import { MERCHANT_SOURCE, TRANSFER_MATCH_SOURCE } from "./category-choice.ts";
import { listMerchants, type MerchantPage } from "./merchant-list.ts";
import { moveMute } from "./mute-move.ts";

type Tx = Prisma.TransactionClient;

export const NAME_MAX = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MerchantDetail {
  id: string;
  name: string;
  categoryKey: string | null;
  count: number;
}

export type RenameResult = { ok: true; from: string; to: string; count: number } | { ok: false; reason: "not_found" | "invalid_name" | "name_taken"; other?: MerchantDetail };
export type MergeResult = { ok: true; from: string; into: string; moved: number } | { ok: false; reason: "not_found" | "same" };
export type CategoryResult = { ok: true; name: string; categoryKey: string; recategorized: number } | { ok: false; reason: "not_found" };

const bump = (tx: Tx, userId: string) => tx.user.update({ where: { id: userId }, data: { dataVersion: { increment: 1 } } });

/** A merchant that is the person's own and still stands on its own (not merged away). */
async function findLive(db: Db | Tx, userId: string, id: string): Promise<MerchantDetail | null> {
  if (!UUID.test(id)) return null;
  const m = await db.merchant.findFirst({
    where: { id, userId, mergedIntoId: null },
    select: { id: true, name: true, category: { select: { key: true } }, _count: { select: { transactions: true } } },
  });
  return m ? { id: m.id, name: m.name, categoryKey: m.category?.key ?? null, count: m._count.transactions } : null;
}

/** Trimmed, one-line, printable, 1-60 characters, folding to a key; otherwise null. */
export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, " ").trim();
  if (!name || name.length > NAME_MAX || /\p{Cc}/u.test(name) || !merchantKey(name)) return null;
  return name;
}

/** Applies the merchant's category to its rows, except ones set by hand and matched transfers. */
async function applyCategory(tx: Tx, userId: string, merchantId: string, categoryId: string): Promise<number> {
  const r = await tx.transaction.updateMany({
    where: {
      userId,
      merchantId,
      OR: [{ categorySource: null }, { categorySource: { notIn: ["user", TRANSFER_MATCH_SOURCE] } }],
      NOT: { categoryId, categorySource: MERCHANT_SOURCE },
    },
    data: { categoryId, categorySource: MERCHANT_SOURCE, refundOfKey: null },
  });
  return r.count;
}

export function createMerchantService(db: Db) {
  return {
    list: (userId: string, page: number, pageSize?: number): Promise<MerchantPage> => listMerchants(db, userId, page, pageSize),
    find: (userId: string, id: string) => findLive(db, userId, id),

    /** Live merchants whose name is this text, or failing that starts with or contains it. */
    async findByName(userId: string, text: string, limit = 6): Promise<MerchantDetail[]> {
      const key = merchantKey(text);
      if (!key) return [];
      const exact = await db.merchant.findMany({ where: { userId, key }, select: { id: true, mergedIntoId: true } });
      const ids = exact.map((m) => m.mergedIntoId ?? m.id);
      if (!ids.length) {
        const near = await db.merchant.findMany({ where: { userId, mergedIntoId: null, key: { contains: key } }, select: { id: true }, orderBy: { key: "asc" }, take: limit });
        ids.push(...near.map((m) => m.id));
      }
      const found = await Promise.all([...new Set(ids)].map((id) => findLive(db, userId, id)));
      return found.filter((m): m is MerchantDetail => m !== null);
    },

    /** The new name goes to every linked transaction; the name's own key resolves to this merchant from now on. */
    async rename(userId: string, id: string, rawName: string): Promise<RenameResult> {
      const name = cleanName(rawName);
      if (!name) return { ok: false, reason: "invalid_name" };
      return db.$transaction(async (tx) => {
        const m = await findLive(tx, userId, id);
        if (!m) return { ok: false, reason: "not_found" } as const;
        const key = merchantKey(name);
        const owner = await tx.merchant.findUnique({ where: { userId_key: { userId, key } }, select: { id: true, mergedIntoId: true } });
        const ownerId = owner ? (owner.mergedIntoId ?? owner.id) : null;
        if (ownerId && ownerId !== m.id) {
          const other = await findLive(tx, userId, ownerId);
          return { ok: false, reason: "name_taken", ...(other ? { other } : {}) } as const;
        }
        if (!owner) await tx.merchant.create({ data: { userId, key, name, mergedIntoId: m.id } });
        await tx.merchant.update({ where: { id: m.id }, data: { name } });
        const r = await tx.transaction.updateMany({ where: { userId, merchantId: m.id }, data: { merchant: name } });
        await moveMute(tx, userId, m.name, name);
        await bump(tx, userId);
        return { ok: true, from: m.name, to: name, count: r.count } as const;
      });
    },

    /** B's rows (and B's key, for future rows) become A's; A's category, if any, applies to them. */
    async merge(userId: string, fromId: string, intoId: string): Promise<MergeResult> {
      if (fromId === intoId) return { ok: false, reason: "same" };
      return db.$transaction(async (tx) => {
        const [from, into] = [await findLive(tx, userId, fromId), await findLive(tx, userId, intoId)];
        if (!from || !into) return { ok: false, reason: "not_found" } as const;
        // Keys already merged into B follow it, so every alias is one hop from a live merchant.
        await tx.merchant.updateMany({ where: { userId, mergedIntoId: from.id }, data: { mergedIntoId: into.id } });
        await tx.merchant.update({ where: { id: from.id }, data: { mergedIntoId: into.id, categoryId: null } });
        const moved = await tx.transaction.updateMany({ where: { userId, merchantId: from.id }, data: { merchantId: into.id, merchant: into.name } });
        const intoCategory = await tx.merchant.findUniqueOrThrow({ where: { id: into.id }, select: { categoryId: true } });
        if (intoCategory.categoryId) await applyCategory(tx, userId, into.id, intoCategory.categoryId);
        await moveMute(tx, userId, from.name, into.name);
        await bump(tx, userId);
        return { ok: true, from: from.name, into: into.name, moved: moved.count } as const;
      });
    },

    /** The merchant's default category, applied to its history (rows set by hand keep theirs). */
    async setCategory(userId: string, id: string, categoryKey: string): Promise<CategoryResult> {
      if (!CATEGORY_KEYS.includes(categoryKey)) return { ok: false, reason: "not_found" };
      return db.$transaction(async (tx) => {
        const m = await findLive(tx, userId, id);
        const category = await tx.category.findUnique({ where: { userId_key: { userId, key: categoryKey } }, select: { id: true } });
        if (!m || !category) return { ok: false, reason: "not_found" } as const;
        await tx.merchant.update({ where: { id: m.id }, data: { categoryId: category.id } });
        const recategorized = await applyCategory(tx, userId, m.id, category.id);
        await bump(tx, userId);
        return { ok: true, name: m.name, categoryKey, recategorized } as const;
      });
    },
  };
}

export type MerchantService = ReturnType<typeof createMerchantService>;

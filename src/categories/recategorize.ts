// Re-runs the categorizer over a person's history after their rules changed.
// Manual choices ("user") are never touched.
import type { Prisma } from "../db/client.ts";
import { categorize } from "./categorize.ts";
import { merchantLabel } from "./merchant-label.ts";
import { loadRules } from "./rule-store.ts";

type Tx = Prisma.TransactionClient;

/** updateMany takes ids as bind parameters; PostgreSQL allows 65k per statement. */
const ID_CHUNK = 10_000;

/**
 * Returns how many transactions changed category. The provider's own category
 * is not stored with a row, so a row the rules do not (or no longer) decide
 * keeps what it has: recomputing it here could only lose information, except
 * for rows a rule had decided, which fall back to the built-in categorizer.
 */
export async function recategorizeHistory(tx: Tx, userId: string): Promise<number> {
  const rules = await loadRules(tx, userId);
  const ids = new Map((await tx.category.findMany({ where: { userId }, select: { id: true, key: true } })).map((c) => [c.key, c.id]));
  const rows = await tx.transaction.findMany({
    where: { userId, OR: [{ categorySource: null }, { categorySource: { not: "user" } }] },
    select: { id: true, accountId: true, amount: true, counterpartyName: true, description: true, merchant: true, transactionType: true, categoryId: true, categorySource: true },
  });
  const changes = new Map<string, { categoryId: string; source: string; ids: string[] }>();
  let changed = 0;
  for (const r of rows) {
    const next = categorize(
      {
        amount: r.amount.toFixed(),
        counterpartyName: r.counterpartyName,
        description: r.description,
        // Rows written before merchants were labelled still match rules made from a label.
        merchant: merchantLabel(r),
        transactionType: r.transactionType,
        accountId: r.accountId,
      },
      { rules },
    );
    if (next.source !== "rule" && r.categorySource !== "rule" && r.categoryId !== null) continue;
    const categoryId = ids.get(next.categoryKey);
    if (!categoryId || (categoryId === r.categoryId && next.source === r.categorySource)) continue;
    if (categoryId !== r.categoryId) changed += 1;
    const group = `${categoryId}:${next.source}`;
    const g = changes.get(group) ?? { categoryId, source: next.source, ids: [] };
    g.ids.push(r.id);
    changes.set(group, g);
  }
  for (const g of changes.values()) {
    for (let i = 0; i < g.ids.length; i += ID_CHUNK) {
      await tx.transaction.updateMany({ where: { id: { in: g.ids.slice(i, i + ID_CHUNK) }, userId }, data: { categoryId: g.categoryId, categorySource: g.source } });
    }
  }
  return changed;
}

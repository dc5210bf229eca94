// The person's CategoryRule rows as the pure rules engine sees them. One read
// per write or recategorization, so a sync of 100k rows costs one query here.
import type { Prisma } from "../db/client.ts";
import type { Rule } from "./rules.ts";

type Reader = Pick<Prisma.TransactionClient, "categoryRule">;

export async function loadRules(db: Reader, userId: string): Promise<Rule[]> {
  const rows = await db.categoryRule.findMany({
    where: { userId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { category: { select: { key: true } } },
  });
  return rows.map((r) => ({
    position: r.position,
    categoryKey: r.category.key,
    counterpartyPattern: r.counterpartyPattern,
    descriptionPattern: r.descriptionPattern,
    minAmount: r.minAmount?.toFixed() ?? null,
    maxAmount: r.maxAmount?.toFixed() ?? null,
    accountId: r.accountId,
  }));
}

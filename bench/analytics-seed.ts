// Seeds one user with N synthetic transactions for the analytics benchmarks.
import { randomUUID } from "node:crypto";
import type { Db } from "../src/db/client.ts";
import { TAXONOMY } from "../src/categories/taxonomy.ts";

const MERCHANTS = ["REWE", "Rewe", "Edeka", "Lidl", "Café Müller", "Netflix", "Spotify", "Amazon", "Deutsche Bahn", "Aral"];

export async function seedUser(db: Db, n: number, telegramId: bigint): Promise<{ userId: string; accountIds: string[] }> {
  const user = await db.user.create({ data: { telegramId, chatId: telegramId } });
  const conn = await db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo" } });
  const accountIds: string[] = [];
  for (const [i, currency] of ["EUR", "EUR", "USD"].entries()) {
    const a = await db.account.create({
      data: { userId: user.id, connectionId: conn.id, externalId: `a${i}`, name: `Account ${i}`, currency },
    });
    accountIds.push(a.id);
  }
  await db.category.createMany({
    data: TAXONOMY.map((c) => ({ userId: user.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })),
  });
  const cats = await db.category.findMany({ where: { userId: user.id } });
  const start = Date.UTC(2023, 0, 1);
  for (let off = 0; off < n; off += 10_000) {
    const batch = [];
    for (let i = off; i < Math.min(n, off + 10_000); i++) {
      const acc = accountIds[i % accountIds.length]!;
      const cents = ((i * 7919) % 200_000) - 150_000;
      batch.push({
        id: randomUUID(),
        userId: user.id,
        accountId: acc,
        externalId: `t${i}`,
        status: i % 17 === 0 ? ("PENDING" as const) : ("BOOKED" as const),
        bookingDate: new Date(start + (i % 730) * 86_400_000),
        amount: (cents / 100).toFixed(2),
        currency: acc === accountIds[2] ? "USD" : "EUR",
        merchant: MERCHANTS[i % MERCHANTS.length],
        counterpartyName: `${MERCHANTS[i % MERCHANTS.length]} GmbH`,
        description: `Purchase ${i} "quoted", comma`,
        categoryId: cats[i % cats.length]!.id,
      });
    }
    await db.transaction.createMany({ data: batch });
  }
  return { userId: user.id, accountIds };
}

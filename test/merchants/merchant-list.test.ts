// /merchants' list against the real database: a merchant's total is what the
// answers call spending there (money out less refunds, transfers left aside).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeDecimal } from "../../src/format/decimal.ts";
import { listMerchants } from "../../src/merchants/merchant-list.ts";
import { resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type TxInput } from "../analytics/seed.ts";

const money = (s: string) => normalizeDecimal(s, 2);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

/** Seeds the rows and links each to the merchant its label names, leaving the seeded categories as they are. */
async function seedWithMerchants(rows: Omit<TxInput, "accountId">[]): Promise<string> {
  const s = await seedUser(t.db);
  const accountId = await seedAccount(t.db, s, "Giro");
  await seedTx(t.db, s, rows.map((r) => ({ ...r, accountId })));
  await t.db.$transaction(async (tx) => {
    const map = await resolveMerchants(tx, s.userId, rows.map((r) => r.merchant));
    for (const m of map.values()) await tx.transaction.updateMany({ where: { userId: s.userId, merchant: m.name }, data: { merchantId: m.id } });
  });
  return s.userId;
}

describe("listMerchants", () => {
  it("nets a refund against the merchant's total, as the answers do", async () => {
    const userId = await seedWithMerchants([
      { date: "2026-05-08", amount: "-100.00", merchant: "Amazon", category: "shopping" },
      { date: "2026-05-20", amount: "-20.50", merchant: "Amazon", category: "shopping" },
      // Money back filed as a refund, and money back a rule filed under the shop's own category.
      { date: "2026-05-26", amount: "29.99", merchant: "Amazon", category: "refunds", refundOf: "shopping" },
      { date: "2026-06-02", amount: "10.00", merchant: "Amazon", category: "shopping" },
      { date: "2026-05-09", amount: "-40.00", merchant: "Kiosk", category: "groceries" },
    ]);
    const page = await listMerchants(t.db, userId, 0);
    expect(page.items.map((m) => [m.name, money(m.spent)])).toEqual([
      ["Amazon", "80.51"],
      ["Kiosk", "40.00"],
    ]);
  });

  it("leaves income, transfers and a merchant that only paid back out of the spending", async () => {
    const userId = await seedWithMerchants([
      { date: "2026-05-25", amount: "3250.00", merchant: "Musterfirma", category: "salary" },
      { date: "2026-05-02", amount: "-500.00", merchant: "Own Savings", category: "transfers" },
      { date: "2026-05-03", amount: "500.00", merchant: "Own Savings", category: "transfers" },
      { date: "2026-05-04", amount: "15.00", merchant: "Refund Only Shop", category: "refunds" },
      { date: "2026-05-05", amount: "-7.25", merchant: "Bakery", category: "groceries" },
    ]);
    const page = await listMerchants(t.db, userId, 0);
    expect(Object.fromEntries(page.items.map((m) => [m.name, money(m.spent)]))).toEqual({ Bakery: "7.25", Musterfirma: "0.00", "Own Savings": "0.00", "Refund Only Shop": "0.00" });
  });
});

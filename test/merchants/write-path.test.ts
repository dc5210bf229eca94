// The sync/import write path links rows to merchants in bulk, stores a
// source's MCC (four digits or nothing) and applies a merchant's category.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertTransactions, validMcc, type KeyedTransaction } from "../../src/sync/write-transactions.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedUser } from "../analytics/seed.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const row = (externalId: string, merchant: string, mcc: string | null): KeyedTransaction => ({
  externalId,
  status: "booked",
  bookingDate: "2026-10-01",
  amount: "-9.99",
  currency: "EUR",
  merchant,
  counterpartyName: merchant,
  mcc,
});

describe("write path", () => {
  it("keeps a four-digit MCC and nothing else", () => {
    expect([validMcc("5411"), validMcc(" 5812 "), validMcc("54x1"), validMcc("12345"), validMcc(null)]).toEqual(["5411", "5812", null, null, null]);
  });

  it("links every row to its merchant in one write, with the merchant's name and category", async () => {
    const s = await seedUser(t.db);
    const account = await seedAccount(t.db, s, "Giro");
    const groceries = s.categories.get("groceries")!;
    await t.db.merchant.create({ data: { userId: s.userId, key: "rewe", name: "REWE", categoryId: groceries } });
    const other = s.categories.get("other")!;
    const rows = [row("a", "Rewe", "5411"), row("b", "REWE", "54x1"), row("c", "Kiosk Meier", null)];
    await t.db.$transaction((tx) => upsertTransactions(tx, { userId: s.userId, accountId: account, now: new Date() }, rows, () => ({ categoryId: other, source: "dictionary" })));
    const stored = await t.db.transaction.findMany({ where: { userId: s.userId }, include: { merchantRef: true, category: true }, orderBy: { externalId: "asc" } });
    expect(stored.map((r) => [r.externalId, r.merchant, r.merchantRef?.name, r.mcc, r.category?.key, r.categorySource])).toEqual([
      ["a", "REWE", "REWE", "5411", "groceries", "merchant"],
      ["b", "REWE", "REWE", null, "groceries", "merchant"],
      ["c", "Kiosk Meier", "Kiosk Meier", null, "other", "dictionary"],
    ]);
    expect(await t.db.merchant.count({ where: { userId: s.userId } })).toBe(2);
  });
});

// The migration that moves stored merchant keys to merchantKey's new form
// (no leading "the", no joiners, no trailing trade plural): keys move, two spellings of one merchant
// become one merchant, and the new key resolves to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { rerunMigration } from "../helpers/migration-sql.ts";
import { seedAccount, seedTx, seedUser } from "../analytics/seed.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const runMigration = () => rerunMigration(t.url, "20261129201000_merchant_key_articles");

describe("merchant key migration (articles and joiners)", () => {
  it("moves old keys to merchantKey's form and merges two spellings of one merchant into the one holding the new key", async () => {
    const s = await seedUser(t.db);
    const account = await seedAccount(t.db, s, "Giro");
    const restaurants = s.categories.get("restaurants")!;
    // Keys as the previous merchantKey wrote them.
    const fox = await t.db.merchant.create({ data: { userId: s.userId, key: "the fox and hounds", name: "The Fox And Hounds" } });
    const plain = await t.db.merchant.create({ data: { userId: s.userId, key: "grind house", name: "Grind House" } });
    const withThe = await t.db.merchant.create({ data: { userId: s.userId, key: "the grind house", name: "The Grind House", categoryId: restaurants } });
    const alias = await t.db.merchant.create({ data: { userId: s.userId, key: "the grind house cafe", name: "The Grind House Cafe", mergedIntoId: withThe.id } });
    const lettings = await t.db.merchant.create({ data: { userId: s.userId, key: "dexters lettings", name: "Dexters Lettings" } });
    const untouched = await t.db.merchant.create({ data: { userId: s.userId, key: "theatre royal", name: "Theatre Royal" } });
    await seedTx(t.db, s, [
      { accountId: account, date: "2026-10-01", amount: "-4.00", merchant: "The Grind House" },
      { accountId: account, date: "2026-10-02", amount: "-5.00", merchant: "Grind House" },
    ]);
    await t.db.transaction.updateMany({ where: { userId: s.userId, merchant: "The Grind House" }, data: { merchantId: withThe.id } });
    await t.db.transaction.updateMany({ where: { userId: s.userId, merchant: "Grind House" }, data: { merchantId: plain.id } });
    const before = await t.db.user.findUniqueOrThrow({ where: { id: s.userId } });

    await runMigration();

    const byId = new Map((await t.db.merchant.findMany({ where: { userId: s.userId } })).map((m) => [m.id, m]));
    expect(byId.get(fox.id)).toMatchObject({ key: merchantKey("The Fox and Hounds"), mergedIntoId: null });
    expect(byId.get(fox.id)!.key).toBe("fox hounds");
    expect(byId.get(plain.id)).toMatchObject({ key: "grind house", mergedIntoId: null });
    expect(byId.get(withThe.id)).toMatchObject({ key: "the grind house", mergedIntoId: plain.id, categoryId: null });
    expect(byId.get(alias.id)).toMatchObject({ mergedIntoId: plain.id });
    expect(byId.get(untouched.id)!.key).toBe("theatre royal");
    expect(byId.get(lettings.id)!.key).toBe(merchantKey("Dexters"));
    const rows = await t.db.transaction.findMany({ where: { userId: s.userId } });
    expect(rows.map((r) => [r.merchantId, r.merchant])).toEqual([
      [plain.id, "Grind House"],
      [plain.id, "Grind House"],
    ]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: s.userId } })).dataVersion).toBe(before.dataVersion + 1);

    const resolved = await t.db.$transaction((tx) => resolveMerchants(tx, s.userId, ["THE FOX AND HOUNDS", "The Grind House"]));
    expect(resolved.get("fox hounds")?.id).toBe(fox.id);
    expect(resolved.get("grind house")?.id).toBe(plain.id);
    expect(await t.db.merchant.count({ where: { userId: s.userId } })).toBe(6);
  });
});

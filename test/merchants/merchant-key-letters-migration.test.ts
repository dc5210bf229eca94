// The migration that moves stored merchant keys to foldText's spelling of letters no decomposition folds
// (ı→i, ł→l, ø→o…): keys move, two spellings of one shop become one merchant, and the new key resolves to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { rerunMigration } from "../helpers/migration-sql.ts";
import { seedUser } from "../analytics/seed.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("merchant key migration (undecomposed letters)", () => {
  it("moves keys with ı, ł or ø to merchantKey's spelling and merges a shop stored under both spellings", async () => {
    const s = await seedUser(t.db);
    // Keys as the previous foldText wrote them: "Delikatesy Wisła" kept its ł, the bank's "WISLA" had none.
    const wisla = await t.db.merchant.create({ data: { userId: s.userId, key: "delikatesy wisła", name: "Delikatesy Wisła" } });
    const dotted = await t.db.merchant.create({ data: { userId: s.userId, key: "altin sarayi", name: "Altin Sarayi" } });
    const dotless = await t.db.merchant.create({ data: { userId: s.userId, key: "altın sarayı", name: "Altın Sarayı" } });
    const nordic = await t.db.merchant.create({ data: { userId: s.userId, key: "føtex", name: "Føtex" } });
    const plain = await t.db.merchant.create({ data: { userId: s.userId, key: "rewe", name: "REWE" } });

    await rerunMigration(t.url, "20261130180000_merchant_key_letters");

    const byId = new Map((await t.db.merchant.findMany({ where: { userId: s.userId } })).map((m) => [m.id, m]));
    expect(byId.get(wisla.id)!.key).toBe(merchantKey("Delikatesy Wisła"));
    expect(byId.get(wisla.id)!.key).toBe("delikatesy wisla");
    expect(byId.get(nordic.id)!.key).toBe(merchantKey("FØTEX"));
    expect(byId.get(dotless.id)).toMatchObject({ key: "altın sarayı", mergedIntoId: dotted.id });
    expect(byId.get(plain.id)!.key).toBe("rewe");
    const resolved = await t.db.$transaction((tx) => resolveMerchants(tx, s.userId, ["ALTIN SARAYI JUWELIER", "Altın Sarayı", "DELIKATESY WISLA"]));
    expect(resolved.get("altin sarayi")?.id).toBe(dotted.id);
    expect(resolved.get("delikatesy wisla")?.id).toBe(wisla.id);
  });
});

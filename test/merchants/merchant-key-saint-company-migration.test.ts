// The migration that keys a saint written out and abbreviated alike ("Saint"/"Sankt" → "st", "Sainte" → "ste") and a
// closing "Company" as "Co": stored keys move, a shop stored under both spellings becomes one merchant (its
// transactions follow), and the new key resolves to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { rerunMigration } from "../helpers/migration-sql.ts";
import { seedAccount, seedUser } from "../analytics/seed.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("merchant key migration (saints and a closing Company)", () => {
  it("moves written-out saints and a closing company to merchantKey's spelling and merges a shop stored under both", async () => {
    const s = await seedUser(t.db);
    // Keys as the previous merchantWords wrote them.
    const kine = await t.db.merchant.create({ data: { userId: s.userId, key: "kine saint augustin", name: "Kiné Saint-Augustin" } });
    const abbreviated = await t.db.merchant.create({ data: { userId: s.userId, key: "barber st pauli", name: "Barber St. Pauli" } });
    const sankt = await t.db.merchant.create({ data: { userId: s.userId, key: "barber sankt pauli", name: "Barber Sankt Pauli" } });
    const sainte = await t.db.merchant.create({ data: { userId: s.userId, key: "boulangerie sainte foy", name: "Boulangerie Sainte-Foy" } });
    const company = await t.db.merchant.create({ data: { userId: s.userId, key: "harbour coffee company", name: "Harbour Coffee Company" } });
    const store = await t.db.merchant.create({ data: { userId: s.userId, key: "company store", name: "The Company Store" } });
    const accountId = await seedAccount(t.db, s, "Girokonto");
    const tx = await t.db.transaction.create({
      data: { userId: s.userId, accountId, externalId: "saint-1", bookingDate: new Date("2026-03-02"), amount: "-12.50", currency: "EUR", description: "BARBER SANKT PAULI", merchant: "Barber Sankt Pauli", merchantId: sankt.id },
    });

    await rerunMigration(t.url, "20261201063000_merchant_key_saint_company");

    const byId = new Map((await t.db.merchant.findMany({ where: { userId: s.userId } })).map((m) => [m.id, m]));
    expect(byId.get(kine.id)!.key).toBe(merchantKey("KINE ST AUGUSTIN"));
    expect(byId.get(sainte.id)!.key).toBe(merchantKey("BOULANGERIE STE FOY"));
    expect(byId.get(company.id)!.key).toBe(merchantKey("HARBOUR COFFEE CO"));
    expect(byId.get(store.id)!.key).toBe("company store");
    expect(byId.get(sankt.id)).toMatchObject({ key: "barber sankt pauli", mergedIntoId: abbreviated.id });
    expect(await t.db.transaction.findUniqueOrThrow({ where: { id: tx.id } })).toMatchObject({ merchantId: abbreviated.id, merchant: "Barber St. Pauli" });
    const resolved = await t.db.$transaction((db) => resolveMerchants(db, s.userId, ["BARBER SANKT PAULI", "Kiné Saint-Augustin", "HARBOUR COFFEE CO"]));
    expect(resolved.get(merchantKey("BARBER SANKT PAULI"))?.id).toBe(abbreviated.id);
    expect(resolved.get(merchantKey("Kiné Saint-Augustin"))?.id).toBe(kine.id);
    expect(resolved.get(merchantKey("HARBOUR COFFEE CO"))?.id).toBe(company.id);
  });
});

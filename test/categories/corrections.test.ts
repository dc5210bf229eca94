// Corrections against a real database and the real sync engine: a manual
// category, "always for this merchant" as a rule that recategorizes history,
// the next sync honouring the rule, and ownership of every transaction id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import { createCorrectionService } from "../../src/categories/correction-service.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";

let tdb: TestDatabase;
let h: Harness;
let other: Harness;
let connectionId: string;

const seedCategories = (userId: string) =>
  tdb.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });

async function rows(userId: string) {
  const all = await tdb.db.transaction.findMany({ where: { userId }, include: { category: true }, orderBy: { externalId: "asc" } });
  return new Map(all.map((r) => [r.externalId, { id: r.id, merchant: r.merchant, key: r.category?.key ?? null, source: r.categorySource }]));
}
const dataVersion = async (userId: string) => (await tdb.db.user.findUniqueOrThrow({ where: { id: userId } })).dataVersion;

beforeAll(async () => {
  tdb = await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank(), categorize: categorizeForSync });
  other = await createHarness({ tdb, bank: createFakeBank(), categorize: categorizeForSync });
  await seedCategories(h.userId);
  await seedCategories(other.userId);
  h.bank.addBooked(
    "A1",
    tx("bb1", "2026-03-01", "-4.50", { counterpartyName: "SQ *BLUE BOTTLE GOODS 0042" }),
    tx("bb2", "2026-03-02", "-5.10", { counterpartyName: "SQ *BLUE BOTTLE GOODS 0042" }),
    tx("bb3", "2026-03-03", "-3.90", { counterpartyName: "BLUE BOTTLE GOODS BERLIN" }),
    tx("bb4", "2026-03-04", "-6.00", { counterpartyName: "SQ *BLUE BOTTLE GOODS 0042" }),
    tx("rw1", "2026-03-04", "-23.17", { counterpartyName: "REWE SAGT DANKE 1234" }),
  );
  connectionId = await h.link();
  await h.engine.syncConnection(connectionId, { trigger: "manual" });
  other.bank.addBooked("A1", tx("o1", "2026-03-01", "-9.99", { counterpartyName: "SQ *BLUE BOTTLE GOODS 0042" }));
  await other.engine.syncConnection(await other.link(), { trigger: "manual" });
});
afterAll(async () => {
  await tdb?.drop();
});

describe("categories in the sync", () => {
  it("stores a clean merchant label when the bank gave none and categorizes by the dictionary", async () => {
    const r = await rows(h.userId);
    expect(r.get("bb1")).toMatchObject({ merchant: "Blue Bottle Goods", key: "other", source: "fallback" });
    expect(r.get("rw1")).toMatchObject({ merchant: "REWE", key: "groceries", source: "dictionary" });
  });
});

describe("correcting a category", () => {
  const svc = () => createCorrectionService(tdb.db);

  it("refuses a forged transaction id of another user and changes nothing", async () => {
    const foreign = (await rows(other.userId)).get("o1")!;
    const before = await dataVersion(other.userId);
    expect(await svc().find(h.userId, foreign.id)).toBeNull();
    expect(await svc().setCategory(h.userId, foreign.id, "restaurants")).toBeNull();
    expect(await svc().alwaysForMerchant(h.userId, foreign.id)).toBeNull();
    expect((await rows(other.userId)).get("o1")).toMatchObject({ key: "other", source: "fallback" });
    expect(await dataVersion(other.userId)).toBe(before);
    expect(await tdb.db.categoryRule.count()).toBe(0);
  });

  it("sets a manual category with source user and bumps the data version", async () => {
    const r = await rows(h.userId);
    const before = await dataVersion(h.userId);
    // A different manual choice on another Blue Bottle row, which the rule must not override.
    expect(await svc().setCategory(h.userId, r.get("bb4")!.id, "shopping")).toMatchObject({ categoryKey: "shopping" });
    const set = await svc().setCategory(h.userId, r.get("bb1")!.id, "restaurants");
    expect(set).toMatchObject({ categoryKey: "restaurants", categorySource: "user", merchant: "Blue Bottle Goods" });
    expect((await rows(h.userId)).get("bb1")).toMatchObject({ key: "restaurants", source: "user" });
    expect(await dataVersion(h.userId)).toBe(before + 2);
  });

  it("refuses a category key outside the taxonomy", async () => {
    const r = await rows(h.userId);
    expect(await svc().setCategory(h.userId, r.get("bb2")!.id, "no_such_key")).toBeNull();
    expect((await rows(h.userId)).get("bb2")).toMatchObject({ key: "other", source: "fallback" });
  });

  it("'always' makes a rule and recategorizes exactly the other rows of that merchant not set by hand", async () => {
    const r = await rows(h.userId);
    const before = await dataVersion(h.userId);
    const outcome = await svc().alwaysForMerchant(h.userId, r.get("bb1")!.id);
    expect(outcome).toEqual({ categoryKey: "restaurants", merchant: "Blue Bottle Goods", recategorized: 2 });
    const after = await rows(h.userId);
    expect(after.get("bb1")).toMatchObject({ key: "restaurants", source: "user" });
    expect(after.get("bb2")).toMatchObject({ key: "restaurants", source: "rule" });
    expect(after.get("bb3")).toMatchObject({ key: "restaurants", source: "rule" });
    expect(after.get("bb4")).toMatchObject({ key: "shopping", source: "user" });
    expect(after.get("rw1")).toMatchObject({ key: "groceries", source: "dictionary" });
    const rules = await tdb.db.categoryRule.findMany({ where: { userId: h.userId } });
    expect(rules.map((x) => [x.position, x.counterpartyPattern])).toEqual([[0, "Blue Bottle Goods"]]);
    expect(await dataVersion(h.userId)).toBe(before + 1);
    // The other user's row of the same merchant is not theirs to change.
    expect((await rows(other.userId)).get("o1")).toMatchObject({ key: "other" });
  });

  it("the next sync categorizes new rows of that merchant by the rule", async () => {
    h.bank.addBooked("A1", tx("bb5", "2026-03-08", "-4.20", { counterpartyName: "SQ *BLUE BOTTLE GOODS 0099" }), tx("rw2", "2026-03-08", "-12.00", { counterpartyName: "REWE Markt GmbH" }));
    await h.engine.syncConnection(connectionId, { trigger: "manual" });
    const r = await rows(h.userId);
    expect(r.get("bb5")).toMatchObject({ merchant: "Blue Bottle Goods", key: "restaurants", source: "rule" });
    expect(r.get("rw2")).toMatchObject({ key: "groceries", source: "dictionary" });
  });

  it("a second rule is appended after the first; a newer answer for the same merchant replaces its rule", async () => {
    const r = await rows(h.userId);
    await svc().setCategory(h.userId, r.get("rw1")!.id, "shopping");
    expect(await svc().alwaysForMerchant(h.userId, r.get("rw1")!.id)).toEqual({ categoryKey: "shopping", merchant: "REWE", recategorized: 1 });
    await svc().setCategory(h.userId, r.get("bb2")!.id, "entertainment");
    // bb3 and bb5 follow the new rule; bb1, bb2, bb4 were set by hand.
    expect(await svc().alwaysForMerchant(h.userId, r.get("bb2")!.id)).toMatchObject({ categoryKey: "entertainment", recategorized: 2 });
    const rules = await tdb.db.categoryRule.findMany({ where: { userId: h.userId }, orderBy: { position: "asc" }, include: { category: true } });
    expect(rules.map((x) => [x.position, x.counterpartyPattern, x.category.key])).toEqual([
      [1, "REWE", "shopping"],
      [2, "Blue Bottle Goods", "entertainment"],
    ]);
    expect((await rows(h.userId)).get("rw2")).toMatchObject({ key: "shopping", source: "rule" });
  });
});

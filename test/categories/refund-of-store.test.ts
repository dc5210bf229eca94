// Transaction.refundOfKey against a real database and the real sync engine:
// written with the category, cleared by every writer that sets a category
// which is not an automatic refund (by hand, by rule), and learnt by a refund
// written before refunds named their shop's category.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import { createCorrectionService } from "../../src/categories/correction-service.ts";
import { recategorizeHistory } from "../../src/categories/recategorize.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";

let tdb: TestDatabase;
let h: Harness;

async function row(externalId: string) {
  const r = await tdb.db.transaction.findFirstOrThrow({ where: { userId: h.userId, externalId }, include: { category: true } });
  return { id: r.id, key: r.category?.key ?? null, source: r.categorySource, refundOf: r.refundOfKey };
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank(), categorize: categorizeForSync });
  await tdb.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: h.userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  h.bank.addBooked(
    "A1",
    tx("buy", "2026-03-01", "-50.00", { counterpartyName: "AMZN Mktp DE*2K3L45" }),
    tx("back", "2026-03-05", "20.00", { counterpartyName: "AMZN Mktp DE*7Q1Z22", description: "Erstattung" }),
    tx("rewe", "2026-03-06", "3.49", { counterpartyName: "REWE SAGT DANKE 4401" }),
    tx("mcc", "2026-03-07", "12.00", { counterpartyName: "KLEINER LADEN", mcc: "5411" }),
  );
  await h.engine.syncConnection(await h.link(), { trigger: "manual" });
});
afterAll(async () => {
  await tdb?.drop();
});

describe("refundOfKey", () => {
  it("a sync stores a refund with the category of the shop it came from, a purchase with none", async () => {
    expect(await row("buy")).toMatchObject({ key: "shopping", refundOf: null });
    expect(await row("back")).toMatchObject({ key: "refunds", refundOf: "shopping" });
    expect(await row("rewe")).toMatchObject({ key: "refunds", refundOf: "groceries" });
    expect(await row("mcc")).toMatchObject({ key: "refunds", refundOf: "groceries" });
  });

  it("a refund stored before refunds named their shop learns it when history is recategorized", async () => {
    const { id } = await row("rewe");
    await tdb.db.transaction.update({ where: { id }, data: { refundOfKey: null } });
    await tdb.db.$transaction((t) => recategorizeHistory(t, h.userId));
    expect(await row("rewe")).toMatchObject({ key: "refunds", refundOf: "groceries" });
  });

  it("a category set by hand clears it, even when the person picks 'refunds'", async () => {
    const svc = createCorrectionService(tdb.db);
    const { id } = await row("mcc");
    await svc.setCategory(h.userId, id, "refunds");
    expect(await row("mcc")).toMatchObject({ key: "refunds", source: "user", refundOf: null });
  });

  it("a rule for the merchant clears it on the rows the rule decides", async () => {
    const svc = createCorrectionService(tdb.db);
    const { id } = await row("buy");
    // "Always shopping for Amazon": the refund becomes shopping by rule, no longer a refund of anything.
    await svc.alwaysForMerchant(h.userId, id);
    expect(await row("back")).toMatchObject({ key: "shopping", source: "rule", refundOf: null });
  });
});

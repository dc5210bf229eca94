// The merchant store against the real database: the migration's backfill keys (with the later key
// migrations) equal merchantKey() for real-world labels, resolution follows merges and
// renames, and history recategorization keeps rows on their merchant.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { recategorizeHistory } from "../../src/categories/recategorize.ts";
import { createMerchantService } from "../../src/merchants/merchant-service.ts";
import { merchantOf, resolveMerchants } from "../../src/merchants/resolve.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "../analytics/seed.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const MIGRATION = new URL("../../prisma/migrations/20261129100100_merchant_store/migration.sql", import.meta.url);
// A later migration moves the keys of letters the backfill's folding kept (Ø, ł, ı) to merchantKey's spelling.
const LETTERS = new URL("../../prisma/migrations/20261130180000_merchant_key_letters/migration.sql", import.meta.url);

async function runBackfill(): Promise<void> {
  const sql = await readFile(MIGRATION, "utf8");
  const c = new pg.Client({ connectionString: t.url });
  await c.connect();
  try {
    await c.query(sql.slice(sql.indexOf("CREATE TEMP TABLE")));
    await c.query(await readFile(LETTERS, "utf8"));
  } finally {
    await c.end();
  }
}

async function user(): Promise<{ s: SeededUser; account: string }> {
  const s = await seedUser(t.db);
  return { s, account: await seedAccount(t.db, s, "Giro") };
}

describe("migration backfill", () => {
  it("creates one merchant per folded label with the key merchantKey() gives, and links the rows", async () => {
    const { s, account } = await user();
    const labels = ["Müller Drogerie", "MÜLLER-DROGERIE", "McDonald's", "MCDONALDS", "Café Luna", "CAFE  LUNA", "Straßenbahn Köln", "Ørsted", "***"];
    await seedTx(t.db, s, labels.map((merchant, i) => ({ accountId: account, date: `2026-10-${String(i + 1).padStart(2, "0")}`, amount: "-1.00", merchant })));
    await runBackfill();
    const merchants = await t.db.merchant.findMany({ where: { userId: s.userId } });
    const expected = new Set(labels.map(merchantKey).filter(Boolean));
    expect(new Set(merchants.map((m) => m.key))).toEqual(expected);
    const rows = await t.db.transaction.findMany({ where: { userId: s.userId }, include: { merchantRef: true } });
    for (const r of rows) {
      if (r.merchant === "***") expect(r.merchantId).toBeNull();
      else expect(r.merchantRef).toMatchObject({ key: merchantKey(labels.find((l) => merchantKey(l) === r.merchantRef!.key)!), name: r.merchant });
    }
    expect(new Set(rows.filter((r) => /ller/i.test(r.merchant ?? "")).map((r) => r.merchantId)).size).toBe(1);
  });
});

describe("resolution, merges and renames", () => {
  it("creates a merchant on first sight and finds it again by any spelling of its key", async () => {
    const { s } = await user();
    const first = await t.db.$transaction((tx) => resolveMerchants(tx, s.userId, ["REWE", "Edeka", null, "***"]));
    expect([...first.keys()].sort()).toEqual(["edeka", "rewe"]);
    const again = await t.db.$transaction((tx) => resolveMerchants(tx, s.userId, ["rewe"]));
    expect(merchantOf(again, "Rewe")?.id).toBe(first.get("rewe")!.id);
    expect(await t.db.merchant.count({ where: { userId: s.userId } })).toBe(2);
  });

  it("follows merges in chains: A into B, then B into C, and A's key resolves to C", async () => {
    const { s, account } = await user();
    const svc = createMerchantService(t.db);
    await seedTx(t.db, s, ["Alpha", "Beta", "Gamma"].map((merchant) => ({ accountId: account, date: "2026-10-01", amount: "-5", merchant })));
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    const id = async (name: string) => (await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId, name } })).id;
    const [a, b, c] = [await id("Alpha"), await id("Beta"), await id("Gamma")];
    expect(await svc.merge(s.userId, a, b)).toMatchObject({ ok: true, moved: 1 });
    expect(await svc.merge(s.userId, b, c)).toMatchObject({ ok: true, moved: 2 });
    expect(await svc.merge(s.userId, a, c)).toEqual({ ok: false, reason: "not_found" });
    const resolved = await t.db.$transaction((tx) => resolveMerchants(tx, s.userId, ["ALPHA"]));
    expect(merchantOf(resolved, "ALPHA")).toMatchObject({ id: c, name: "Gamma" });
    expect((await t.db.transaction.findMany({ where: { userId: s.userId } })).map((r) => [r.merchantId, r.merchant])).toEqual(Array(3).fill([c, "Gamma"]));
    expect((await svc.list(s.userId, 0)).items.map((m) => m.name)).toEqual(["Gamma"]);
  });

  it("a renamed merchant keeps its rows through a history recategorization (no twin from the new name)", async () => {
    const { s, account } = await user();
    const svc = createMerchantService(t.db);
    await seedTx(t.db, s, [{ accountId: account, date: "2026-10-01", amount: "-5", merchant: "SumUp Kiosk" }]);
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    const m = await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId } });
    expect(await svc.rename(s.userId, m.id, "  Kiosk   am Eck ")).toMatchObject({ ok: true, to: "Kiosk am Eck", count: 1 });
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    const row = await t.db.transaction.findFirstOrThrow({ where: { userId: s.userId } });
    expect([row.merchantId, row.merchant]).toEqual([m.id, "Kiosk am Eck"]);
    expect(await t.db.merchant.count({ where: { userId: s.userId, mergedIntoId: null } })).toBe(1);
  });

  it("refuses a name that another merchant has, an empty name, and another person's merchant", async () => {
    const { s, account } = await user();
    const other = await user();
    const svc = createMerchantService(t.db);
    await seedTx(t.db, s, ["Alpha", "Beta"].map((merchant) => ({ accountId: account, date: "2026-10-01", amount: "-5", merchant })));
    await seedTx(t.db, other.s, [{ accountId: other.account, date: "2026-10-01", amount: "-5", merchant: "Theirs" }]);
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    await t.db.$transaction((tx) => recategorizeHistory(tx, other.s.userId));
    const alpha = await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId, name: "Alpha" } });
    const theirs = await t.db.merchant.findFirstOrThrow({ where: { userId: other.s.userId } });
    expect(await svc.rename(s.userId, alpha.id, "BETA")).toMatchObject({ ok: false, reason: "name_taken", other: { name: "Beta" } });
    expect(await svc.rename(s.userId, alpha.id, " \n ")).toEqual({ ok: false, reason: "invalid_name" });
    expect(await svc.rename(s.userId, theirs.id, "Mine now")).toEqual({ ok: false, reason: "not_found" });
    expect(await svc.setCategory(s.userId, theirs.id, "groceries")).toEqual({ ok: false, reason: "not_found" });
    expect(await svc.merge(s.userId, theirs.id, alpha.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await t.db.merchant.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs", mergedIntoId: null, categoryId: null });
  });

  it("a mute follows its merchant through a rename", async () => {
    const { s, account } = await user();
    const svc = createMerchantService(t.db);
    await seedTx(t.db, s, [{ accountId: account, date: "2026-10-01", amount: "-5", merchant: "Kiosk Meier" }]);
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    await t.db.mutedMerchant.create({ data: { userId: s.userId, merchant: "kiosk meier" } });
    const m = await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId } });
    await svc.rename(s.userId, m.id, "Kiosk am Eck");
    expect(await t.db.mutedMerchant.findMany({ where: { userId: s.userId } })).toEqual([{ userId: s.userId, merchant: "kiosk am eck" }]);
  });

  it("merging into a merchant with a category gives the moved rows that category, except rows set by hand", async () => {
    const { s, account } = await user();
    const svc = createMerchantService(t.db);
    await seedTx(t.db, s, [
      { accountId: account, date: "2026-10-01", amount: "-5", merchant: "Lidl", category: "other" },
      // A label the resolver does not know as Lidl: the person says they are the same.
      { accountId: account, date: "2026-10-02", amount: "-6", merchant: "Discounter Nord", category: "other" },
      { accountId: account, date: "2026-10-03", amount: "-7", merchant: "Discounter Nord", category: "shopping" },
    ]);
    await t.db.$transaction((tx) => recategorizeHistory(tx, s.userId));
    await t.db.transaction.updateMany({ where: { userId: s.userId, amount: "-7" }, data: { categorySource: "user" } });
    const lidl = await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId, name: "Lidl" } });
    const dienstl = await t.db.merchant.findFirstOrThrow({ where: { userId: s.userId, name: "Discounter Nord" } });
    const v0 = (await t.db.user.findUniqueOrThrow({ where: { id: s.userId } })).dataVersion;
    await svc.setCategory(s.userId, lidl.id, "groceries");
    await svc.merge(s.userId, dienstl.id, lidl.id);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: s.userId } })).dataVersion).toBe(v0 + 2);
    const rows = await t.db.transaction.findMany({ where: { userId: s.userId }, include: { category: true }, orderBy: { bookingDate: "asc" } });
    expect(rows.map((r) => [r.merchant, r.category?.key, r.categorySource])).toEqual([
      ["Lidl", "groceries", "merchant"],
      ["Lidl", "groceries", "merchant"],
      ["Lidl", "shopping", "user"],
    ]);
  });
});

// After a release improved the categorizer, rows stored before keep their old
// category until the start-up pass categorizes them again: against real
// PostgreSQL and the real analytics engine, "spending on other" stops holding a
// loan repayment and a brand that is known now, while choices by hand, the
// person's rules and rows the new rules cannot place keep what they had.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analytics } from "../../src/analytics/engine.ts";
import { rulesUpgradeJob, upgradeStoredCategories } from "../../src/jobs/rules-upgrade.ts";
import { createLogger } from "../../src/logger.ts";
import { createUserService } from "../../src/users/user-service.ts";
import type { Db } from "../../src/db/client.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { pollUntil } from "../helpers/poll.ts";
import { seedAccount, seedTx, seedUser, type SeededUser, type TxInput } from "../analytics/seed.ts";
import { seedAnalytics, type SeededAnalytics } from "../analytics/seeded-analytics.ts";

const logger = createLogger("silent");
const RUNNING = "fingerprint-of-the-running-rules";
const current = async () => RUNNING;
const today = "2025-03-20";
const march = { from: "2025-03-01", to: "2025-03-31" };

/** Rows as an older release stored them: each with its category and how it was decided. */
const stale = (acc: string): (TxInput & { source: string })[] => [
  // Debt paid back, stored as spending before consumer credit was read as a transfer.
  { accountId: acc, date: "2025-03-03", amount: "-210.00", counterparty: "Beispiel Kreditbank AG", description: "Tilgung Ratenkredit Vertrag 55-1200 Rate 04", category: "other", source: "fallback" },
  // A brand the dictionary did not know, under a label of the old merchant naming.
  { accountId: acc, date: "2025-03-04", amount: "-12.99", counterparty: "Netflix International B.V.", merchant: "Netflix International B.V.", category: "other", source: "fallback" },
  // Set by hand: wrong by the rules, right by the person.
  { accountId: acc, date: "2025-03-05", amount: "-42.10", counterparty: "REWE Markt GmbH", description: "REWE SAGT DANKE 1234", category: "restaurants", source: "user" },
  // The person's rule made it a donation; the rule still holds.
  { accountId: acc, date: "2025-03-06", amount: "-30.00", counterparty: "Lena Hoffmann", description: "Geburtstag", category: "donations", source: "rule" },
  // The new rules cannot place it: it keeps what the old ones knew.
  { accountId: acc, date: "2025-03-07", amount: "-9.99", counterparty: "Blorptastic Qux", description: "Zahlung", category: "shopping", source: "fallback" },
];

async function storeStale(db: Db, u: SeededUser, acc: string, fingerprint: string | null) {
  const rows = stale(acc);
  await seedTx(db, u, rows);
  for (const r of rows) await db.transaction.updateMany({ where: { userId: u.userId, amount: r.amount }, data: { categorySource: r.source } });
  await db.user.update({ where: { id: u.userId }, data: { rulesFingerprint: fingerprint } });
}

async function categoriesOf(db: Db, userId: string) {
  const rows = await db.transaction.findMany({ where: { userId }, select: { amount: true, categorySource: true, merchant: true, merchantId: true, category: { select: { key: true } } } });
  return new Map(rows.map((r) => [r.amount.toFixed(2), { key: r.category?.key ?? null, source: r.categorySource, merchant: r.merchant, linked: r.merchantId !== null }]));
}

describe("upgradeStoredCategories", () => {
  let seeded: SeededAnalytics;
  let upToDate: SeededUser;
  const ask = (spec: Parameters<Analytics["query"]>[1]) => seeded.analytics.query(seeded.userId, spec, { today });
  const otherSpending = async () => (await ask({ measure: "spending", filters: { period: march, categories: ["other"] } })).rows[0]?.value ?? "0.00";

  beforeAll(async () => {
    seeded = await seedAnalytics(() => []);
    await storeStale(seeded.db, seeded.user, seeded.accountId, "fingerprint-of-an-older-release");
    const donations = seeded.user.categories.get("donations")!;
    await seeded.db.categoryRule.create({ data: { userId: seeded.userId, categoryId: donations, position: 0, counterpartyPattern: "Lena Hoffmann" } });
    // Someone whose rows were categorized with the running rules already (their stale rows prove they were not read).
    upToDate = await seedUser(seeded.db);
    await storeStale(seeded.db, upToDate, await seedAccount(seeded.db, upToDate, "Giro"), RUNNING);
  });

  afterAll(async () => {
    await seeded?.close();
  });

  it("categorizes stored rows with the running rules, and the analytics store answers with them", async () => {
    expect(await otherSpending()).toBe("222.99");
    const before = await seeded.db.user.findUniqueOrThrow({ where: { id: seeded.userId } });
    const written: string[] = [];

    const outcome = await upgradeStoredCategories({ db: seeded.db, logger, fingerprint: current, onWritten: (id) => written.push(id) });

    expect(outcome).toMatchObject({ users: 1, recategorized: 2, failed: 0 });
    expect(outcome.relinked).toBeGreaterThan(0);
    expect(written).toEqual([seeded.userId]);
    const rows = await categoriesOf(seeded.db, seeded.userId);
    expect(rows.get("-210.00")).toMatchObject({ key: "transfers", source: "fallback" });
    expect(rows.get("-12.99")).toMatchObject({ key: "subscriptions", source: "dictionary", merchant: "Netflix", linked: true });
    expect(rows.get("-9.99")).toMatchObject({ key: "shopping", source: "fallback" });
    const after = await seeded.db.user.findUniqueOrThrow({ where: { id: seeded.userId } });
    expect(after.rulesFingerprint).toBe(RUNNING);
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    // The change log carried the rewrite to the person's copy.
    expect(await otherSpending()).toBe("0.00");
    expect((await ask({ measure: "spending", filters: { period: march, categories: ["subscriptions"] } })).rows[0]?.value).toBe("12.99");
  });

  it("leaves a choice by hand and a person's rule as they were", async () => {
    const rows = await categoriesOf(seeded.db, seeded.userId);
    expect(rows.get("-42.10")).toMatchObject({ key: "restaurants", source: "user" });
    expect(rows.get("-30.00")).toMatchObject({ key: "donations", source: "rule" });
    expect(await seeded.db.categoryRule.count({ where: { userId: seeded.userId } })).toBe(1);
  });

  it("skips a person whose rows already follow the running rules", async () => {
    const rows = await categoriesOf(seeded.db, upToDate.userId);
    expect(rows.get("-210.00")).toMatchObject({ key: "other", source: "fallback" });
    expect(rows.get("-12.99")).toMatchObject({ key: "other", linked: false });
  });

  it("finds nothing to do when run again", async () => {
    const before = await categoriesOf(seeded.db, seeded.userId);
    const version = (await seeded.db.user.findUniqueOrThrow({ where: { id: seeded.userId } })).dataVersion;

    expect(await upgradeStoredCategories({ db: seeded.db, logger, fingerprint: current })).toEqual({ users: 0, recategorized: 0, relinked: 0, failed: 0 });

    expect(await categoriesOf(seeded.db, seeded.userId)).toEqual(before);
    expect((await seeded.db.user.findUniqueOrThrow({ where: { id: seeded.userId } })).dataVersion).toBe(version);
  });

  it("has nothing to redo for a person who came after the running rules", async () => {
    const users = createUserService(seeded.db, { locale: "en", timezone: "Europe/Berlin", rulesFingerprint: () => RUNNING });
    const newcomer = await users.ensure(4242n, 4242n);
    expect(newcomer.rulesFingerprint).toBe(RUNNING);
    expect(await upgradeStoredCategories({ db: seeded.db, logger, fingerprint: current })).toMatchObject({ users: 0, failed: 0 });
  });

  it("runs again once the rules change, and changes nothing the last pass settled", async () => {
    const before = await categoriesOf(seeded.db, seeded.userId);
    const outcome = await upgradeStoredCategories({ db: seeded.db, logger, fingerprint: async () => "fingerprint-of-a-later-release" });
    expect(outcome).toMatchObject({ users: 3, failed: 0 });
    expect(await categoriesOf(seeded.db, seeded.userId)).toEqual(before);
  });
});

describe("upgradeStoredCategories when one person's pass fails", () => {
  let t: TestDatabase;
  let failing: SeededUser;
  let other: SeededUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    failing = await seedUser(t.db);
    other = await seedUser(t.db);
    await storeStale(t.db, failing, await seedAccount(t.db, failing, "Giro"), null);
    await storeStale(t.db, other, await seedAccount(t.db, other, "Giro"), null);
    // The database refuses every change to the first person's rows, as a lock timeout or a cut connection would.
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_rows() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_rows BEFORE UPDATE ON "Transaction" FOR EACH ROW WHEN (OLD."userId" = '${failing.userId}'::uuid) EXECUTE FUNCTION refuse_rows()`,
    );
  });

  afterAll(async () => {
    await t?.drop();
  });

  it("still does everyone else, keeps the failed person's rows and old fingerprint, and does them at the next start", async () => {
    const outcome = await upgradeStoredCategories({ db: t.db, logger, fingerprint: current });

    expect(outcome).toMatchObject({ users: 1, failed: 1 });
    expect((await categoriesOf(t.db, other.userId)).get("-210.00")?.key).toBe("transfers");
    expect((await categoriesOf(t.db, failing.userId)).get("-210.00")?.key).toBe("other");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: failing.userId } })).rulesFingerprint).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: other.userId } })).rulesFingerprint).toBe(RUNNING);

    await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_rows ON "Transaction"`);
    expect(await upgradeStoredCategories({ db: t.db, logger, fingerprint: current })).toMatchObject({ users: 1, failed: 0 });
    expect((await categoriesOf(t.db, failing.userId)).get("-210.00")?.key).toBe("transfers");
  });
});

describe("rulesUpgradeJob", () => {
  let t: TestDatabase;
  let u: SeededUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    u = await seedUser(t.db);
    await storeStale(t.db, u, await seedAccount(t.db, u, "Giro"), null);
  });

  afterAll(async () => {
    await t?.drop();
  });

  it("runs in the background from start, logs what it did, and lets stop wait for the person in progress", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const job = rulesUpgradeJob({ db: t.db, logger: log, fingerprint: current });

    const stop = await job.start();
    // start() came back before the pass did anything: the bot does not wait for it.
    expect(lines).toEqual([]);
    await pollUntil(async () => lines.length > 0, 10_000, "the pass's log line");
    await stop();

    expect(lines).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/^rules upgrade/), users: 1, recategorized: expect.any(Number), relinked: expect.any(Number), failed: 0, ms: expect.any(Number) }));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: u.userId } })).rulesFingerprint).toBe(RUNNING);
  });

  it("logs instead of throwing when the database is gone", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    await t.db.user.update({ where: { id: u.userId }, data: { rulesFingerprint: null } });
    await t.drop();
    const job = rulesUpgradeJob({ db: t.db, logger: log, fingerprint: current });

    const stop = await job.start();
    await pollUntil(async () => lines.length > 0, 10_000, "the job's warning");
    await stop();

    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/^rules upgrade: stopped/) }));
  });
});

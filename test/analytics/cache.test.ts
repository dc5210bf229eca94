import { afterAll, beforeAll, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let analytics: Analytics;
const users: SeededUser[] = [];
const today = "2025-03-20";
const spec = { measure: "spending" } as const;

beforeAll(async () => {
  t = await createTestDatabase();
  // Each loaded user is estimated at ~2 MB, so only one fits.
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url, maxCacheBytes: 3 * 1024 * 1024 });
  for (let i = 0; i < 2; i++) {
    const u = await seedUser(t.db);
    const acc = await seedAccount(t.db, u, "Giro");
    await seedTx(t.db, u, [{ accountId: acc, date: "2025-03-01", amount: `-${i + 1}.00`, merchant: "Shop" }]);
    users.push(u);
  }
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

it("evicts the least recently used user when the memory budget is exceeded", async () => {
  const [a, b] = users as [SeededUser, SeededUser];
  expect((await analytics.query(a.userId, spec, { today })).loadedFromCache).toBe(false);
  expect((await analytics.query(a.userId, spec, { today })).loadedFromCache).toBe(true);
  expect((await analytics.query(b.userId, spec, { today })).loadedFromCache).toBe(false);
  const stats = analytics.cacheStats();
  expect(stats.cached(a.userId)).toBe(false);
  expect(stats.cached(b.userId)).toBe(true);
  expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes);
  const again = await analytics.query(a.userId, spec, { today });
  expect(again.loadedFromCache).toBe(false);
  expect(again.rows[0]?.value).toBe("1.00");
});

it("invalidate forces the next question to reload", async () => {
  const [, b] = users as [SeededUser, SeededUser];
  await analytics.query(b.userId, spec, { today });
  analytics.invalidate(b.userId);
  expect((await analytics.query(b.userId, spec, { today })).loadedFromCache).toBe(false);
});

it("concurrent questions for an uncached user share one load", async () => {
  const [a] = users as [SeededUser];
  analytics.invalidate(a.userId);
  const before = analytics.cacheStats().loads;
  const rs = await Promise.all([1, 2, 3].map(() => analytics.query(a.userId, spec, { today })));
  expect(analytics.cacheStats().loads - before).toBe(1);
  expect(rs.map((r) => r.rows[0]?.value)).toEqual(["1.00", "1.00", "1.00"]);
});

it("an unknown user is an error, not an empty answer", async () => {
  await expect(analytics.query("00000000-0000-4000-8000-000000000000", spec, { today })).rejects.toMatchObject({ reason: "unknown_user" });
});

// The persistent store: a restart resumes from the files, a broken file is
// rebuilt from PostgreSQL, /forget leaves nothing behind, every file holds
// exactly one user's rows, and a copy that fell behind the pruned change log
// is rebuilt rather than patched.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { pruneChangeLog } from "../../src/analytics/change-log.ts";
import { createCorrectionService } from "../../src/categories/correction-service.ts";
import { applyTransferMatches } from "../../src/transfers/apply-transfers.ts";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { copyPath } from "../../src/analytics/store-file.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let client: pg.Client;
let dir: string;
const open: Analytics[] = [];
const today = "2025-03-20";
const march = { period: { from: "2025-03-01", to: "2025-03-31" } };
const spending = { measure: "spending", filters: march } as const;

function analytics(): Analytics {
  const a = createAnalytics({ db: t.db, databaseUrl: t.url, storeDir: dir });
  open.push(a);
  return a;
}

async function person(amounts: string[]): Promise<{ u: SeededUser; acc: string }> {
  const u = await seedUser(t.db);
  const acc = await seedAccount(t.db, u, "Giro");
  await seedTx(t.db, u, amounts.map((amount) => ({ accountId: acc, date: "2025-03-05", amount, merchant: "Shop", category: "groceries" })));
  return { u, acc };
}

const spent = async (a: Analytics, userId: string) => (await a.query(userId, spending, { today })).rows[0]?.value;

beforeAll(async () => {
  t = await createTestDatabase();
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kontor-store-test-"));
});

afterEach(async () => {
  for (const a of open.splice(0)) await a.close();
  await rm(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await client?.end();
  await t?.drop();
});

it("a restart resumes from the file and applies only what changed while it was down", async () => {
  const { u, acc } = await person(["-10.00", "-5.00"]);
  const first = analytics();
  expect(await spent(first, u.userId)).toBe("15.00");
  await first.close();
  open.splice(open.indexOf(first), 1);

  await seedTx(t.db, u, [{ accountId: acc, date: "2025-03-06", amount: "-2.50" }]);
  await client.query(`update "Transaction" set amount = '-20.00' where "userId" = $1 and amount = '-10.00'`, [u.userId]);

  const second = analytics();
  expect(await spent(second, u.userId)).toBe("27.50");
  expect(second.cacheStats()).toMatchObject({ loads: 1, rebuilds: 0, deltas: 1 });
});

it("a corrupted file is rebuilt from PostgreSQL", async () => {
  const { u } = await person(["-7.00"]);
  const first = analytics();
  expect(await spent(first, u.userId)).toBe("7.00");
  await first.close();
  open.splice(open.indexOf(first), 1);
  await writeFile(copyPath(dir, u.userId), "this is not a DuckDB file".repeat(1000));

  const second = analytics();
  expect(await spent(second, u.userId)).toBe("7.00");
  expect(second.cacheStats().rebuilds).toBe(1);
});

it("a lost file is rebuilt, and another user's file under this user's name is not trusted", async () => {
  const alice = await person(["-1.00"]);
  const bob = await person(["-2.00"]);
  const first = analytics();
  await spent(first, alice.u.userId);
  await spent(first, bob.u.userId);
  await first.close();
  open.splice(open.indexOf(first), 1);

  await rm(copyPath(dir, alice.u.userId));
  const second = analytics();
  expect(await spent(second, alice.u.userId)).toBe("1.00");
  expect(second.cacheStats().rebuilds).toBe(1);
  await second.close();
  open.splice(open.indexOf(second), 1);

  await copyFile(copyPath(dir, bob.u.userId), copyPath(dir, alice.u.userId));
  const third = analytics();
  expect(await spent(third, alice.u.userId)).toBe("1.00");
  expect(third.cacheStats().rebuilds).toBe(1);
});

it("forget deletes the copy; a replica that missed the forget removes it when swept or asked", async () => {
  const { u } = await person(["-3.00"]);
  const replicaA = analytics();
  const replicaB = createAnalytics({ db: t.db, databaseUrl: t.url, storeDir: path.join(dir, "b") });
  open.push(replicaB);
  await spent(replicaA, u.userId);
  await spent(replicaB, u.userId);
  expect(existsSync(copyPath(dir, u.userId))).toBe(true);
  expect(existsSync(copyPath(path.join(dir, "b"), u.userId))).toBe(true);

  await t.db.user.delete({ where: { id: u.userId } });
  await replicaA.forget(u.userId);
  expect(existsSync(copyPath(dir, u.userId))).toBe(false);

  expect(await replicaB.sweep()).toBe(1);
  expect(existsSync(copyPath(path.join(dir, "b"), u.userId))).toBe(false);
  await expect(replicaA.query(u.userId, spending, { today })).rejects.toMatchObject({ reason: "unknown_user" });
  expect(existsSync(copyPath(dir, u.userId))).toBe(false);
});

it("every file holds exactly its own user's rows, and one user's ids find nothing in another's copy", async () => {
  const alice = await person(["-4.00", "-6.00"]);
  const bob = await person(["-8.00"]);
  const a = analytics();
  await spent(a, alice.u.userId);
  await spent(a, bob.u.userId);
  // A change lands for Alice after her copy exists: it must go to her file only.
  await seedTx(t.db, alice.u, [{ accountId: alice.acc, date: "2025-03-07", amount: "-1.00" }]);
  await spent(a, alice.u.userId);
  await spent(a, bob.u.userId);
  await a.close();
  open.splice(open.indexOf(a), 1);

  for (const who of [alice, bob]) {
    const want = await client.query<{ id: string }>(`select id::text as id from "Transaction" where "userId" = $1 order by id`, [who.u.userId]);
    const accounts = await client.query<{ id: string }>(`select id::text as id from "Account" where "userId" = $1 order by id`, [who.u.userId]);
    const inst = await DuckDBInstance.create(copyPath(dir, who.u.userId));
    const c = await inst.connect();
    const got = (await c.runAndReadAll("SELECT id FROM tx ORDER BY id")).getRowObjectsJson().map((r) => r.id);
    const gotAccounts = (await c.runAndReadAll("SELECT DISTINCT id FROM accounts ORDER BY id")).getRowObjectsJson().map((r) => r.id);
    const cats = (await c.runAndReadAll("SELECT count(*)::INTEGER AS n FROM categories")).getRowObjectsJson()[0]?.n;
    c.closeSync();
    inst.closeSync();
    expect(got).toEqual(want.rows.map((r) => r.id));
    expect(gotAccounts).toEqual(accounts.rows.map((r) => r.id));
    expect(cats).toBe(who.u.categories.size);
  }
  const b = analytics();
  const crossed = await b.query(bob.u.userId, { measure: "count", filters: { accounts: [alice.acc] } }, { today });
  expect(crossed.rows.every((r) => r.count === 0)).toBe(true);
});

it("a copy older than the pruned change log is rebuilt instead of patched", async () => {
  const { u: user, acc } = await person(["-10.00"]);
  const first = analytics();
  expect(await spent(first, user.userId)).toBe("10.00");
  await first.close();
  open.splice(open.indexOf(first), 1);

  await seedTx(t.db, user, [{ accountId: acc, date: "2025-03-06", amount: "-1.00" }]);
  expect(await pruneChangeLog(client, new Date(Date.now() + 60_000))).toBeGreaterThan(0);

  const second = analytics();
  expect(await spent(second, user.userId)).toBe("11.00");
  expect(second.cacheStats().rebuilds).toBe(1);
});

it("a new time zone rebuilds the copy (balance days are computed in it)", async () => {
  const { u: user, acc } = await person(["-10.00"]);
  await t.db.balanceSnapshot.create({ data: { userId: user.userId, accountId: acc, asOf: new Date("2025-03-10T16:00:00Z"), amount: "100.00", currency: "EUR" } });
  const a = analytics();
  await spent(a, user.userId);
  const rebuilds = a.cacheStats().rebuilds;
  await client.query(`update "User" set timezone = 'Asia/Tokyo' where id = $1`, [user.userId]);
  await spent(a, user.userId);
  expect(a.cacheStats().rebuilds).toBe(rebuilds + 1);
  await a.close();
  open.splice(open.indexOf(a), 1);
  // 16:00 UTC on the 10th is the 11th in Tokyo.
  const inst = await DuckDBInstance.create(copyPath(dir, user.userId));
  const c = await inst.connect();
  const days = (await c.runAndReadAll("SELECT as_of_date::VARCHAR AS d FROM balances")).getRowObjectsJson();
  c.closeSync();
  inst.closeSync();
  expect(days).toEqual([{ d: "2025-03-11" }]);
});

it("writes through the real services reach an open copy: a hand-set category and a matched transfer", async () => {
  const { u: user, acc } = await person(["-30.00"]);
  const savings = await seedAccount(t.db, user, "Savings");
  await seedTx(t.db, user, [
    { accountId: acc, date: "2025-03-08", amount: "-200.00", counterparty: "Me" },
    { accountId: savings, date: "2025-03-09", amount: "200.00", counterparty: "Me" },
  ]);
  const a = analytics();
  expect(await spent(a, user.userId)).toBe("230.00");

  const shop = await t.db.transaction.findFirstOrThrow({ where: { userId: user.userId, amount: "-30.00" } });
  await createCorrectionService(t.db).setCategory(user.userId, shop.id, "transfers");
  expect(await spent(a, user.userId)).toBe("200.00");

  const pass = await t.db.$transaction((tx) => applyTransferMatches(tx, user.userId, "2025-03-01"));
  expect(pass.paired).toBe(1);
  expect(await spent(a, user.userId)).toBe("0.00");
  expect(a.cacheStats()).toMatchObject({ loads: 1, rebuilds: 1 });
});

it("amounts are kept exactly: a copy stores them narrow while they fit and widens when a finer amount arrives", async () => {
  const { u } = await person(["-10.10", "-0.01"]);
  const a = analytics();
  expect(await spent(a, u.userId)).toBe("10.11");
  const typeOf = async () => {
    const db = await DuckDBInstance.create(copyPath(dir, u.userId), { access_mode: "READ_ONLY" });
    const c = await db.connect();
    const r = (await c.runAndReadAll("SELECT data_type FROM duckdb_columns() WHERE table_name = 'tx' AND column_name = 'amount'")).getRowObjectsJson();
    c.closeSync();
    db.closeSync();
    return r[0]?.data_type;
  };
  await a.close();
  open.splice(open.indexOf(a), 1);
  expect(await typeOf()).toBe("DECIMAL(18,6)");

  // Satoshis (8 places) and a sum past DECIMAL(18,6)'s 10^12 arrive in a sync.
  const acc = await seedAccount(t.db, u, "Wallet");
  await seedTx(t.db, u, [
    { accountId: acc, date: "2025-03-07", amount: "-0.00000001", merchant: "Shop", category: "groceries" },
    { accountId: acc, date: "2025-03-07", amount: "-1000000000000.5", merchant: "Shop", category: "groceries" },
  ]);
  const b = analytics();
  expect(await spent(b, u.userId)).toBe("1000000000010.61000001");
  expect(b.cacheStats()).toMatchObject({ rebuilds: 0, deltas: 1 });
  await b.close();
  open.splice(open.indexOf(b), 1);
  expect(await typeOf()).toBe("DECIMAL(38,18)");
});

it("after an upgrade, copies of an older format are rebuilt in the background and the next question finds them current", async () => {
  const { u } = await person(["-4.00"]);
  const other = await person(["-6.00"]);
  const first = analytics();
  await spent(first, u.userId);
  await spent(first, other.u.userId);
  await first.close();
  open.splice(open.indexOf(first), 1);
  // An older release wrote u's file: same rows, older format number.
  const db = await DuckDBInstance.create(copyPath(dir, u.userId));
  const c = await db.connect();
  await c.run("UPDATE kontor_meta SET format = format - 1");
  c.closeSync();
  db.closeSync();

  const second = analytics();
  expect(await second.upgradeStale()).toBe(1);
  expect(second.cacheStats()).toMatchObject({ rebuilds: 1 });
  expect(await spent(second, u.userId)).toBe("4.00");
  expect(await spent(second, other.u.userId)).toBe("6.00");
  expect(second.cacheStats()).toMatchObject({ rebuilds: 1 });
  expect(await second.upgradeStale()).toBe(0);
});

it("a warmed copy answers the person's first question without building anything", async () => {
  const { u } = await person(["-4.00", "-6.00"]);
  const a = analytics();
  await a.warm(u.userId);
  expect(a.cacheStats()).toMatchObject({ rebuilds: 1 });
  const first = await a.query(u.userId, spending, { today });
  expect(first.loadedFromCache).toBe(true);
  expect(first.rows[0]?.value).toBe("10.00");
  expect(a.cacheStats()).toMatchObject({ rebuilds: 1 });
});

it("at start, copies missing from the store are built in the background; people without accounts get none", async () => {
  const alice = await person(["-1.50"]);
  const bob = await person(["-2.50"]);
  const nobody = await seedUser(t.db);
  const a = analytics();
  expect(await a.buildMissing()).toBeGreaterThanOrEqual(2);
  expect(existsSync(copyPath(dir, alice.u.userId))).toBe(true);
  expect(existsSync(copyPath(dir, bob.u.userId))).toBe(true);
  expect(existsSync(copyPath(dir, nobody.userId))).toBe(false);
  await a.close();
  open.splice(open.indexOf(a), 1);
  // The next start opens the file: the same figure, nothing rebuilt.
  const next = analytics();
  expect(await spent(next, bob.u.userId)).toBe("2.50");
  expect(next.cacheStats()).toMatchObject({ loads: 1, rebuilds: 0 });
  // Nothing missing any more: a second pass builds nothing, and a stop request ends it early.
  expect(await next.buildMissing(() => true)).toBe(0);
});

it("closing waits for a background refresh instead of cutting its file off", async () => {
  const { u } = await person(["-8.00"]);
  const a = analytics();
  const failures: unknown[] = [];
  a.warmSoon(u.userId, (e) => failures.push(e));
  await a.close();
  open.splice(open.indexOf(a), 1);
  expect(failures).toEqual([]);
  expect(existsSync(copyPath(dir, u.userId))).toBe(true);
  // After closing, nothing starts.
  a.warmSoon(u.userId, (e) => failures.push(e));
  expect(failures).toEqual([]);
});

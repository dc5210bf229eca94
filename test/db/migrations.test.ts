import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { applyMigrations, MigrationError } from "../../src/db/migrate.ts";
import { openSchemaEngine } from "../../src/db/schema-engine.ts";
import { createDatabase } from "../../src/db/scratch.ts";
import { inject } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

describe("migrations", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("applying the committed migrations again is a no-op", async () => {
    expect(await applyMigrations(t.url)).toEqual([]);
  });

  it("records every migration in _prisma_migrations as migrate deploy does", async () => {
    const c = new pg.Client({ connectionString: t.url });
    await c.connect();
    const rows = (await c.query("select migration_name, checksum, finished_at, rolled_back_at from _prisma_migrations")).rows;
    await c.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.finished_at).not.toBeNull();
      expect(r.rolled_back_at).toBeNull();
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("deleting a user deletes every row that belongs to them", async () => {
    const user = await t.db.user.create({ data: { telegramId: 1n, chatId: 1n } });
    const conn = await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo" } });
    const acc = await t.db.account.create({ data: { userId: user.id, connectionId: conn.id, externalId: "a", name: "A", currency: "EUR" } });
    await t.db.transaction.create({
      data: { userId: user.id, accountId: acc.id, externalId: "t1", bookingDate: new Date("2026-01-01"), amount: "-1.50", currency: "EUR" },
    });
    await t.db.user.delete({ where: { id: user.id } });
    expect(await t.db.transaction.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
    expect(await t.db.connection.count()).toBe(0);
  });

  it("a migration that fails stops with a clear error and is not recorded as applied", async () => {
    const scratch = await createDatabase(inject("pgServerUrl"), "kontor_failing");
    const c = new pg.Client({ connectionString: scratch.url });
    await c.connect();
    try {
      // A table the first migration wants to create already exists.
      await c.query('create table "User" (id int)');
      const err = await applyMigrations(scratch.url).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(MigrationError);
      expect((err as Error).message).toMatch(/^Database migration failed, Kontor did not start: /);
      const history = (await c.query("select to_regclass('_prisma_migrations') is not null as present")).rows[0].present;
      const finished = history ? (await c.query("select count(*)::int as n from _prisma_migrations where finished_at is not null")).rows[0].n : 0;
      expect(finished).toBe(0);
      // The person's own table is left as it was.
      expect((await c.query(`select count(*)::int as n from information_schema.columns where table_name = 'User'`)).rows[0].n).toBe(1);
    } finally {
      await c.end();
      await scratch.drop();
    }
  });

  it("a second evaluation of the engine's module (a test runner's module reset) leaves engines working", async () => {
    // The WASM glue is Node's module, loaded once per process; schema-engine.ts evaluated again must not set a second
    // instance into it (the glue's views of memory stayed on the first: "encoded data was not valid for encoding utf-8").
    const copy = `${new URL("../../src/db/schema-engine.ts", import.meta.url).href}?evaluated-again`;
    const again = (await import(/* @vite-ignore */ copy)) as typeof import("../../src/db/schema-engine.ts");
    expect(again.openSchemaEngine).not.toBe(openSchemaEngine);
    const server = inject("pgServerUrl");
    const [one, two] = await Promise.all([createDatabase(server, "kontor_again1"), createDatabase(server, "kontor_again2")]);
    try {
      const handle = await again.openSchemaEngine(one.url);
      const applied = await handle.engine.applyMigrations({ migrationsList: await again.readMigrations(), filters: again.noFilters });
      await handle.close();
      expect(applied.appliedMigrationNames.length).toBeGreaterThan(0);
      expect((await applyMigrations(two.url)).length).toBe(applied.appliedMigrationNames.length);
      expect(await applyMigrations(one.url)).toEqual([]);
    } finally {
      await Promise.all([one.drop(), two.drop()]);
    }
  });

  it("engines running at once in one process, one of them losing its database, leave the next engine working", async () => {
    const server = inject("pgServerUrl");
    const dbs = await Promise.all([0, 1, 2, 3].map((i) => createDatabase(server, `kontor_parallel${i}`)));
    const runs = dbs.map((d) => applyMigrations(d.url).then(() => null, (e: unknown) => e));
    await new Promise((r) => setTimeout(r, 150));
    await dbs[0]!.drop();
    await Promise.all(runs);
    const next = await createDatabase(server, "kontor_after");
    try {
      expect((await applyMigrations(next.url)).length).toBeGreaterThan(0);
      expect(await applyMigrations(next.url)).toEqual([]);
    } finally {
      await Promise.all([next, ...dbs.slice(1)].map((d) => d.drop()));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { applyMigrations } from "../../src/db/migrate.ts";
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
});

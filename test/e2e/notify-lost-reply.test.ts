import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "en" };

describe("a notification whose Telegram reply is lost", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>> | undefined;
  const clock = { now: new Date("2026-03-10T12:00:00Z") };

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    sim.reset();
  });
  afterAll(async () => {
    await sim.close();
    await t.drop();
  });

  async function queueOne(dedupeKey: string) {
    sim.addUser(alice);
    const user = await t.db.user.upsert({
      where: { telegramId: BigInt(alice.id) },
      create: { telegramId: BigInt(alice.id), chatId: BigInt(alice.id), onboardedAt: clock.now },
      update: {},
    });
    return t.db.outbox.create({ data: { userId: user.id, kind: "first-sync", dedupeKey, payload: { count: 3, since: "2026-01-01", label: "Demo Bank" }, notBefore: clock.now } });
  }

  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));

  it("is sent once, counted once, re-sent at most once after a delay, then given up", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const row = await queueOne("lost-twice");
    sim.failNext("sendMessage", { kind: "drop", afterExecute: true }, 2);
    await app.services.dispatcher!.runOnce();
    expect(sim.botMessages(alice.id)).toHaveLength(1);
    expect(sim.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    let stored = await t.db.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(stored.lastError).toMatch(/^delivery uncertain/);

    // Not before the delay...
    await app.services.dispatcher!.runOnce();
    expect(sim.botMessages(alice.id)).toHaveLength(1);
    // ...then exactly one more try; its reply is lost too, so it stops there.
    advance(61_000);
    await app.services.dispatcher!.runOnce();
    advance(3_600_000);
    await app.services.dispatcher!.runOnce();
    expect(sim.botMessages(alice.id)).toHaveLength(2);
    stored = await t.db.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(stored.lastError).toMatch(/delivery uncertain twice/);
  });

  it("one lost reply, then a successful re-send: SENT, with attempts equal to the requests made", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const row = await queueOne("lost-once");
    sim.failNext("sendMessage", { kind: "drop", afterExecute: true }, 1);
    await app.services.dispatcher!.runOnce();
    advance(61_000);
    await app.services.dispatcher!.runOnce();
    const stored = await t.db.outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "SENT", attempts: 2 });
    expect(sim.calls.filter((c) => c.method === "sendMessage")).toHaveLength(stored.attempts);
  });
});

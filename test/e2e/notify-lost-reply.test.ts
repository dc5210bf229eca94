// Issue 9, item 9: a notification is sent at most once whenever Telegram may
// have executed it, retried only when the failure proves it was not, and its
// outbox row counts the requests really made. Runs the real bot (grammY with
// throttler, auto-retry and network retry) against the Telegram simulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type Fault, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "en" };

describe("a notification whose fate at Telegram is uncertain", () => {
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
  const sends = () => sim.calls.filter((c) => c.method === "sendMessage");
  const row = (id: string) => t.db.outbox.findUniqueOrThrow({ where: { id } });

  /** Dispatches, then keeps dispatching for a simulated day: whatever would be re-sent, is. */
  async function dispatchForADay() {
    await app!.services.dispatcher!.runOnce();
    for (let i = 0; i < 6; i++) {
      advance(4 * 3_600_000);
      await app!.services.dispatcher!.runOnce();
    }
  }

  it.each<[string, Fault]>([
    ["the reply is lost after Telegram executed the call", { kind: "drop", afterExecute: true }],
    ["a proxy answers 504 after Telegram executed the call", { kind: "5xx", status: 504, proxy: true, afterExecute: true }],
  ])("%s: in the chat once, never re-sent, UNCONFIRMED with 1 attempt", async (_, fault) => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const queued = await queueOne(`executed-${fault.kind}`);
    sim.failNext("sendMessage", fault, 3);
    await dispatchForADay();
    expect(sim.botMessages(alice.id)).toHaveLength(1);
    expect(sends()).toHaveLength(1);
    expect(sends()[0]!.executed).toBe(true);
    const stored = await row(queued.id);
    expect(stored).toMatchObject({ status: "UNCONFIRMED", attempts: 1, requestedAt: expect.any(Date) });
    expect(stored.lastError).toMatch(/^delivery unconfirmed/);
    expect(app.log.text).toMatch(/"level":40.*may or may not have been delivered/);
  });

  it("a proxy's 502 without Telegram's body is ambiguous too: not re-sent (the price of at most once)", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const queued = await queueOne("proxy-502");
    sim.failNext("sendMessage", { kind: "5xx", status: 502, proxy: true }, 1);
    await dispatchForADay();
    expect(sends()).toHaveLength(1);
    expect(sends()[0]!.executed).toBe(false);
    expect(await row(queued.id)).toMatchObject({ status: "UNCONFIRMED", attempts: 1 });
  });

  it("a 429 proves the call was not executed: retried, SENT, attempts equal to the requests made", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const queued = await queueOne("rate-limited");
    sim.failNext("sendMessage", { kind: "429", retryAfter: 1 }, 1);
    await app.services.dispatcher!.runOnce();
    expect(sim.botMessages(alice.id)).toHaveLength(1);
    expect(sends().map((c) => c.status)).toEqual([429, 200]);
    expect(await row(queued.id)).toMatchObject({ status: "SENT", attempts: 2, requestedAt: expect.any(Date) });
  });

  it("Telegram's own 5xx error body proves the call was not executed: retried, SENT, once in the chat", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const queued = await queueOne("telegram-500");
    sim.failNext("sendMessage", { kind: "5xx", status: 500 }, 1);
    await app.services.dispatcher!.runOnce();
    expect(sends().map((c) => [c.status, c.executed])).toEqual([[500, false], [200, true]]);
    expect(await row(queued.id)).toMatchObject({ status: "SENT", attempts: 2 });
    expect(sim.botMessages(alice.id)).toHaveLength(1);
  });

  it("a refused connection proves the call was not executed: retried, SENT once, every request counted", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id], now: () => clock.now });
    const queued = await queueOne("refused");
    const outage = sim.refuseConnections(1500);
    await app.services.dispatcher!.runOnce();
    await outage;
    const stored = await row(queued.id);
    // Refused requests never reach the simulator; the one that got through is the last one counted.
    expect(sends()).toHaveLength(1);
    expect(stored.status).toBe("SENT");
    expect(stored.attempts).toBeGreaterThan(1);
    expect(sim.botMessages(alice.id)).toHaveLength(1);
  });
});

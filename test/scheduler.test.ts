import pino from "pino";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createScheduler } from "../src/scheduler.ts";
import { minIntervalMinutes, nextSyncTime } from "../src/sync/schedule.ts";
import { createFakeBank, errors, tx } from "./fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/db.ts";
import { createHarness, type Harness } from "./sync/harness.ts";

let tdb: TestDatabase;
let h: Harness;
beforeEach(async () => {
  tdb ??= await createTestDatabase();
  // Jobs of earlier tests must not be due in this one.
  await tdb.db.connection.updateMany({ data: { nextSyncAt: null } });
  h = await createHarness({ tdb, bank: createFakeBank({ limits: { callsPerDay: 12, callsPerSync: 2 } }) });
});
afterAll(async () => {
  await tdb?.drop();
});

const MIN = 60_000;
const schedulerFor = (harness: Harness, opts: { concurrency?: number; random?: () => number } = {}) =>
  createScheduler({ engine: harness.engine, db: tdb.db, logger: pino({ level: "silent" }), now: () => harness.clock.now, random: () => 0.5, ...opts });

async function connectionDueAt(at: Date | null, status: "ACTIVE" | "NEEDS_REAUTH" | "ERROR" = "ACTIVE"): Promise<string> {
  const id = await h.link();
  await tdb.db.connection.update({ where: { id }, data: { nextSyncAt: at, status } });
  return id;
}

describe("scheduler", () => {
  it("syncs due connections, including runs missed while the bot was down, and nothing else", async () => {
    const now = h.clock.now.getTime();
    const due = await connectionDueAt(new Date(now - MIN));
    const missed = await connectionDueAt(new Date(now - 3 * 86_400_000));
    const broken = await connectionDueAt(new Date(now - MIN), "ERROR");
    await connectionDueAt(new Date(now + MIN));
    await connectionDueAt(new Date(now - MIN), "NEEDS_REAUTH");
    await connectionDueAt(null);
    const started = await schedulerFor(h, { concurrency: 10 }).tick();
    expect(started.sort()).toEqual([due, missed, broken].sort());
    expect(await tdb.db.syncRun.count({ where: { trigger: "schedule", connection: { userId: h.userId } } })).toBe(3);
  });

  it("sets nextSyncAt to now + interval + jitter within 10 %, bounded by the provider's call budget", async () => {
    const id = await connectionDueAt(new Date(h.clock.now.getTime() - MIN));
    await tdb.db.user.update({ where: { id: h.userId }, data: { syncIntervalMinutes: 30 } });
    // 12 calls a day at 2 per sync: at most every 240 minutes, though the person asked for 30.
    expect(minIntervalMinutes(h.bank.connector.limits)).toBe(240);
    await schedulerFor(h).tick();
    // The finished run sets the next time, with the engine's randomness (0.5 in the harness): 240 + 5 %.
    const next = (await tdb.db.connection.findUniqueOrThrow({ where: { id } })).nextSyncAt!.getTime() - h.clock.now.getTime();
    expect(next).toBe(252 * MIN);

    const at = new Date("2026-03-10T10:00:00Z");
    for (const r of [0, 0.25, 0.999999]) {
      const ms = nextSyncTime(at, 360, () => r).getTime() - at.getTime();
      expect(ms).toBeGreaterThanOrEqual(360 * MIN);
      expect(ms).toBeLessThan(396 * MIN);
    }
  });

  it("prefers the connection's own interval over the user's", async () => {
    const id = await connectionDueAt(new Date(h.clock.now.getTime() - MIN));
    await tdb.db.connection.update({ where: { id }, data: { syncIntervalMinutes: 720 } });
    await schedulerFor(h).tick();
    expect((await tdb.db.connection.findUniqueOrThrow({ where: { id } })).nextSyncAt).toEqual(new Date(h.clock.now.getTime() + 756 * MIN));
  });

  it("runs at most `concurrency` syncs at once and fills free slots on later ticks", async () => {
    for (let i = 0; i < 5; i++) await connectionDueAt(new Date(h.clock.now.getTime() - (i + 1) * MIN));
    h.bank.addBooked("A1", tx("x", "2026-03-01", "-1"));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let active = 0;
    let peak = 0;
    h.bank.onFetch = async () => {
      peak = Math.max(peak, ++active);
      await gate;
      active--;
    };
    const scheduler = schedulerFor(h, { concurrency: 2 });
    const first = scheduler.tick();
    await expect.poll(() => active).toBe(2);
    expect(await scheduler.tick()).toEqual([]); // no free slot
    release();
    expect(await first).toHaveLength(2);
    expect(await scheduler.tick()).toHaveLength(2);
    expect(await scheduler.tick()).toHaveLength(1);
    expect(await scheduler.tick()).toHaveLength(0);
    expect(peak).toBe(2);
  });

  it("lets only one of two replicas start a due connection", async () => {
    const id = await connectionDueAt(new Date(h.clock.now.getTime() - MIN));
    const [a, b] = await Promise.all([schedulerFor(h).tick(), schedulerFor(h).tick()]);
    expect([...a, ...b]).toEqual([id]);
    expect(await tdb.db.syncRun.count({ where: { connectionId: id } })).toBe(1);
  });

  it("waits at least as long as a rate-limited provider asked before the next run", async () => {
    const id = await connectionDueAt(new Date(h.clock.now.getTime() - MIN));
    h.bank.fail({ method: "open", times: 1, error: errors.rateLimited(48 * 3_600_000) });
    await schedulerFor(h).tick();
    expect((await tdb.db.connection.findUniqueOrThrow({ where: { id } })).nextSyncAt).toEqual(new Date(h.clock.now.getTime() + 48 * 3_600_000));
  });
});

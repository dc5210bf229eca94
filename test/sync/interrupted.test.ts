import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { account, createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "./harness.ts";
import { createScheduler, CLAIM_LEASE_MS } from "../../src/scheduler.ts";
import { recoverInterruptedRuns } from "../../src/sync/interrupted.ts";
import { interruptedRunsJob } from "../../src/jobs/interrupted-runs.ts";
import type { Services } from "../../src/services.ts";

const MIN = 60_000;
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

/** What kill -9 does to the database: every session of the process is gone, and with it its advisory locks. */
async function killSyncSessions(): Promise<void> {
  const c = new pg.Client({ connectionString: tdb.url });
  await c.connect();
  await c.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'kontor-sync-lock' and datname = current_database()");
  await c.end();
}

/** A scheduled sync that hangs inside the bank call, as a process would when it is killed there. */
async function hangInScheduledSync(h: Harness): Promise<string> {
  h.bank.addBooked("A1", tx("x1", "2026-03-01", "-1"));
  const id = await h.link();
  await tdb.db.connection.update({ where: { id }, data: { nextSyncAt: new Date(h.clock.now.getTime() - MIN) } });
  let entered!: () => void;
  const inFetch = new Promise<void>((r) => (entered = r));
  h.bank.onFetch = () => {
    entered();
    return new Promise<void>(() => {});
  };
  void createScheduler({ engine: h.engine, db: tdb.db, logger: pino({ level: "silent" }), now: () => h.clock.now }).tick();
  await inFetch;
  return id;
}

describe("runs a dead process left behind", () => {
  it("a scheduled sync killed midway is FAILED (Interrupted) and due again at once, not 6 h later", async () => {
    const h = await createHarness({ tdb });
    const id = await hangInScheduledSync(h);
    // The claim only leased the slot: even before any clean-up the sync is due again within the lease.
    const claimed = await tdb.db.connection.findUniqueOrThrow({ where: { id } });
    expect(claimed.nextSyncAt!.getTime() - h.clock.now.getTime()).toBeLessThanOrEqual(CLAIM_LEASE_MS);
    await killSyncSessions();

    h.clock.now = new Date(h.clock.now.getTime() + 4 * MIN);
    const recovered = await recoverInterruptedRuns({ db: tdb.db, databaseUrl: tdb.url, now: () => h.clock.now });
    expect(recovered.map((r) => r.connectionId)).toEqual([id]);
    const runs = await tdb.db.syncRun.findMany({ where: { connectionId: id } });
    expect(runs.map((r) => [r.status, r.errorKind])).toEqual([["FAILED", "Interrupted"]]);
    expect((await tdb.db.connection.findUniqueOrThrow({ where: { id } })).nextSyncAt).toEqual(h.clock.now);

    // The restarted process's scheduler picks it up on its next tick and completes it.
    h.bank.onFetch = undefined;
    // (Same engine and vault key as before the "restart": the dead run's promise simply never settles.)
    const started = await createScheduler({ engine: h.engine, db: tdb.db, logger: pino({ level: "silent" }), now: () => h.clock.now }).tick();
    expect(started).toContain(id);
    expect(await tdb.db.syncRun.count({ where: { connectionId: id, status: "RUNNING" } })).toBe(0);
    expect(await tdb.db.syncRun.count({ where: { connectionId: id, status: "SUCCEEDED" } })).toBe(1);
    expect(await tdb.db.transaction.count({ where: { account: { connectionId: id } } })).toBe(1);
  });

  it("leaves a slow run alone while its process still holds the lock", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    const id = await hangInScheduledSync(h);
    h.clock.now = new Date(h.clock.now.getTime() + 60 * MIN);
    expect(await recoverInterruptedRuns({ db: tdb.db, databaseUrl: tdb.url, now: () => h.clock.now })).toEqual([]);
    expect(await tdb.db.syncRun.count({ where: { connectionId: id, status: "RUNNING" } })).toBe(1);
    await killSyncSessions();
  });

  it("the job edits the dead run's progress message to say it was interrupted and will be retried", async () => {
    await tdb.db.syncRun.deleteMany();
    const h = await createHarness({ tdb });
    const id = await h.link();
    const user = await tdb.db.user.findUniqueOrThrow({ where: { id: h.userId } });
    await tdb.db.syncRun.create({
      data: { userId: h.userId, connectionId: id, trigger: "link", startedAt: h.clock.now, heartbeatAt: h.clock.now, progressMessageId: 77, accountsDone: 4, accountsTotal: 40 },
    });
    const edits: Array<[number, number, string]> = [];
    const services = {
      db: tdb.db,
      logger: pino({ level: "silent" }),
      now: () => new Date(h.clock.now.getTime() + 5 * MIN),
      databaseUrl: tdb.url,
      linking: { sweepStaleAttempts: async () => 0 },
      api: () => ({ editMessageText: async (chat: number, message: number, text: string) => void edits.push([chat, message, text]) }),
    } as unknown as Services;
    expect(await interruptedRunsJob(services).tick()).toBe(1);
    expect(edits).toEqual([[Number(user.chatId), 77, expect.stringMatching(/interrupted.*retried automatically/)]]);
  });
});

describe("a replica killed in the middle of a scheduled sync (claim taken, run RUNNING, process gone)", () => {
  const replica = (h: Harness) => createScheduler({ engine: h.engine, db: tdb.db, logger: pino({ level: "silent" }), now: () => h.clock.now });
  const runsOf = async (id: string) => (await tdb.db.syncRun.findMany({ where: { connectionId: id }, orderBy: { startedAt: "asc" } })).map((r) => [r.status, r.errorKind]);
  const later = (h: Harness, ms: number) => (h.clock.now = new Date(h.clock.now.getTime() + ms));
  // Connections of earlier tests must not be due for these schedulers.
  beforeEach(async () => {
    await tdb.db.connection.updateMany({ data: { nextSyncAt: null } });
  });

  it("the other replica's clean-up marks the run Interrupted and its scheduler re-runs the sync within the lease, once, with no duplicate", async () => {
    const h = await createHarness({ tdb });
    const id = await hangInScheduledSync(h);
    const other = replica(h);
    // Alive or dead? One minute in, neither the lease nor the heartbeat says dead: no second sync.
    later(h, MIN);
    expect(await other.tick()).toEqual([]);
    await killSyncSessions();

    later(h, 3 * MIN); // heartbeat stale, lease (10 min) not over
    expect((await recoverInterruptedRuns({ db: tdb.db, databaseUrl: tdb.url, now: () => h.clock.now })).map((r) => r.connectionId)).toEqual([id]);
    h.bank.onFetch = undefined;
    expect(await other.tick()).toEqual([id]);
    expect(await runsOf(id)).toEqual([["FAILED", "Interrupted"], ["SUCCEEDED", null]]);
    expect(await tdb.db.transaction.count({ where: { account: { connectionId: id } } })).toBe(1);

    // The lease running out later must not start it a third time: the re-run set the next slot.
    later(h, CLAIM_LEASE_MS);
    expect(await other.tick()).toEqual([]);
    expect(await runsOf(id)).toHaveLength(2);
  });

  it("without any clean-up the lease alone makes it due: the restarted process re-runs it and closes the dead run", async () => {
    const h = await createHarness({ tdb });
    const id = await hangInScheduledSync(h);
    await killSyncSessions();
    h.bank.onFetch = undefined;
    const restarted = replica(h);
    later(h, CLAIM_LEASE_MS - MIN);
    expect(await restarted.tick()).toEqual([]);
    later(h, 2 * MIN);
    expect(await restarted.tick()).toEqual([id]);
    expect(await runsOf(id)).toEqual([["FAILED", "Interrupted"], ["SUCCEEDED", null]]);
    expect(await tdb.db.transaction.count({ where: { account: { connectionId: id } } })).toBe(1);
    // Nothing left for the clean-up job, so it cannot make the connection due a second time.
    later(h, 5 * MIN);
    expect(await recoverInterruptedRuns({ db: tdb.db, databaseUrl: tdb.url, now: () => h.clock.now })).toEqual([]);
    expect(await restarted.tick()).toEqual([]);
  });
});

describe("coalescing manual syncs", () => {
  it("a manual sync within a minute of a finished one answers with its result and calls the bank not at all", async () => {
    const h = await createHarness({ tdb, recentSyncMs: 60_000, bank: createFakeBank() });
    h.bank.addBooked("A1", tx("c1", "2026-03-01", "-1"));
    const id = await h.link();
    const first = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(first).toMatchObject({ status: "ok", added: 1 });
    const opens = h.bank.callsOf("open").length;
    for (let i = 0; i < 20; i++) expect(await h.engine.syncConnection(id, { trigger: "manual" })).toMatchObject({ status: "recent", added: 1 });
    expect(h.bank.callsOf("open")).toHaveLength(opens);
    expect(await tdb.db.syncRun.count({ where: { connectionId: id } })).toBe(1);
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toMatchObject({ status: "ok", added: 0 });
  });

  it("a manual sync while one is running answers with that run's progress", async () => {
    const h = await createHarness({ tdb, recentSyncMs: 60_000, bank: createFakeBank({ accounts: [account("A1"), account("A2"), account("A3")] }) });
    const id = await h.link();
    let fetches = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.bank.onFetch = async () => {
      if (++fetches === 2) await gate; // the first account is done, the second hangs
    };
    const first = h.engine.syncConnection(id, { trigger: "manual" });
    await expect.poll(async () => (await tdb.db.syncRun.findFirst({ where: { connectionId: id, status: "RUNNING" } }))?.accountsDone).toBe(1);
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toEqual({ status: "already_running", progress: { accountsDone: 1, accountsTotal: 3 } });
    release();
    expect(await first).toMatchObject({ status: "ok" });
  });
});

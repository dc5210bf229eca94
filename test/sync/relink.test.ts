import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness } from "./harness.ts";
import { createLinkService, STALE_ATTEMPT_MS } from "../../src/linking/link-service.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

describe("re-link and link attempts", () => {
  it("a re-link during a running sync keeps the new credentials (the sync cannot overwrite them)", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    h.bank.addBooked("A1", tx("r1", "2026-03-01", "-1"));
    const id = await h.link();
    let entered!: () => void;
    const inFetch = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.bank.onFetch = async () => {
      entered();
      await gate;
    };
    const sync = h.engine.syncConnection(id, { trigger: "manual" });
    await inFetch;
    let relinked = false;
    const relink = h.engine.reauthorizeConnection(id, { label: "Fake Bank", credentials: { token: "NEW" } }).then(() => (relinked = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(relinked).toBe(false); // waits for the running sync
    release();
    await sync;
    await relink;
    const conn = await tdb.db.connection.findUniqueOrThrow({ where: { id } });
    expect(h.vault.decryptJson(conn.credentials!)).toEqual({ token: "NEW" });
  });

  it("abandoned attempts are swept; attempts with lock-out counters or still being linked are kept", async () => {
    const h = await createHarness({ tdb });
    const linking = createLinkService({ db: tdb.db, engine: h.engine, vault: h.vault, logger: pino({ level: "silent" }), settings: {}, now: () => h.clock.now });
    const make = (lastErrorKind: string, extra: { openChallenges?: number } = {}) =>
      tdb.db.connection.create({ data: { userId: h.userId, provider: "fake", label: lastErrorKind, status: "PENDING", lastErrorKind, ...extra } });
    const cancelled = await make("CANCELLED");
    const failed = await make("LINK_FAILED");
    const counted = await make("LINK_FAILED", { openChallenges: 2 });
    const linkingNow = await make("LINKING");
    h.clock.now = new Date(Date.now() + STALE_ATTEMPT_MS + 60_000);
    expect(await linking.sweepStaleAttempts()).toBe(2);
    const left = (await tdb.db.connection.findMany({ where: { userId: h.userId } })).map((c) => c.id).sort();
    expect(left).toEqual([counted.id, linkingNow.id].sort());
    expect(left).not.toContain(cancelled.id);
    expect(left).not.toContain(failed.id);
  });
});

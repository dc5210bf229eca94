import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness } from "./harness.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

describe("one sync per connection at a time", () => {
  it("runs two concurrent syncs of one connection once; the second returns already_running at once", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    h.bank.addBooked("A1", tx("x1", "2026-03-01", "-1"), tx("x2", "2026-03-02", "-2"));
    const id = await h.link();
    let entered!: () => void;
    const inFetch = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    h.bank.onFetch = async () => {
      entered();
      await gate;
    };
    const first = h.engine.syncConnection(id, { trigger: "schedule" });
    await inFetch;
    // A second engine (another replica) with its own pool sees the same lock.
    const other = await createHarness({ tdb, bank: h.bank });
    expect(await other.engine.syncConnection(id, { trigger: "manual" })).toEqual({ status: "already_running" });
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toEqual({ status: "already_running" });
    release();
    expect(await first).toMatchObject({ status: "ok", added: 2 });
    expect(h.bank.callsOf("open")).toHaveLength(2); // link + the one real sync
    expect(await tdb.db.syncRun.count({ where: { connectionId: id } })).toBe(1);
    // The lock is released: the next sync runs.
    h.bank.onFetch = undefined;
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toMatchObject({ status: "ok", added: 0 });
  });

  it("locks connections independently", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    const a = await h.link();
    const b = await h.link();
    const [ra, rb] = await Promise.all([h.engine.syncConnection(a, { trigger: "schedule" }), h.engine.syncConnection(b, { trigger: "schedule" })]);
    expect([ra.status, rb.status]).toEqual(["ok", "ok"]);
  });
});

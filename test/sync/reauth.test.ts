import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeBank, errors, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "./harness.ts";

let tdb: TestDatabase;
let h: Harness;
beforeEach(async () => {
  tdb ??= await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank() });
});
afterAll(async () => {
  await tdb?.drop();
});

const outbox = (kind: string) => tdb.db.outbox.findMany({ where: { userId: h.userId, kind } });

describe("auth failures", () => {
  it("mark the connection NEEDS_REAUTH and queue exactly one Re-link message across repeated runs", async () => {
    const id = await h.link();
    h.bank.fail({ method: "open", times: Infinity, error: errors.unauthorized });
    for (let i = 0; i < 3; i++) {
      const outcome = await h.engine.syncConnection(id, { trigger: i === 0 ? "schedule" : "manual" });
      expect(outcome).toMatchObject({ status: "needs_reauth", errorKind: "Unauthorized", error: { key: "sync.error.unauthorized" } });
    }
    // Not retried within a run: the bank would count each attempt against the person.
    expect(h.bank.callsOf("open")).toHaveLength(1 + 3);
    const conn = await tdb.db.connection.findUniqueOrThrow({ where: { id } });
    expect(conn).toMatchObject({ status: "NEEDS_REAUTH", lastErrorKind: "Unauthorized" });
    expect(conn.reauthNotifiedAt).not.toBeNull();
    const rows = await outbox("reauth");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ connectionId: id, reason: "Unauthorized" });
    expect(await tdb.db.syncRun.count({ where: { connectionId: id, status: "FAILED" } })).toBe(3);
  });

  it("start a new episode (and one new message) after re-linking and a successful sync", async () => {
    const id = await h.link();
    h.bank.fail({ method: "open", times: 1, error: errors.consentExpired });
    expect(await h.engine.syncConnection(id, { trigger: "schedule" })).toMatchObject({ status: "needs_reauth", errorKind: "ConsentExpired" });
    await h.engine.reauthorizeConnection(id, { label: "Fake Bank", credentials: { token: "t1" } });
    h.clock.now = new Date("2026-03-11T10:00:00Z");
    expect(await h.engine.syncConnection(id, { trigger: "schedule" })).toMatchObject({ status: "ok" });
    h.bank.fail({ method: "open", times: 2, error: errors.unauthorized });
    await h.engine.syncConnection(id, { trigger: "schedule" });
    await h.engine.syncConnection(id, { trigger: "schedule" });
    expect(await outbox("reauth")).toHaveLength(2);
  });
});

describe("consent reminders", () => {
  it("queue one reminder with a renew button when consent ends within 7 days", async () => {
    h.bank.addBooked("A1", tx("x", "2026-03-01", "-1"));
    const id = await h.link({ consentExpiresAt: new Date("2026-03-20T00:00:00Z") });
    await h.engine.syncConnection(id, { trigger: "schedule" });
    expect(await outbox("consent")).toHaveLength(0); // 10 days left
    h.clock.now = new Date("2026-03-14T00:00:00Z");
    await h.engine.syncConnection(id, { trigger: "schedule" });
    h.clock.now = new Date("2026-03-15T00:00:00Z");
    await h.engine.syncConnection(id, { trigger: "schedule" });
    const rows = await outbox("consent");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ connectionId: id, expiresAt: "2026-03-20T00:00:00.000Z" });
    expect((await tdb.db.connection.findUniqueOrThrow({ where: { id } })).consentReminderAt).toEqual(new Date("2026-03-14T00:00:00Z"));
  });
});

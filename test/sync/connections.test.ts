import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeBank, errors, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness } from "./harness.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

describe("connections", () => {
  it("createConnection stores only ciphertext and makes the connection ACTIVE and due", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    const created = await h.engine.createConnection(h.userId, "fake", { label: "My bank", credentials: { token: "secret-token" } });
    const conn = await tdb.db.connection.findUniqueOrThrow({ where: { id: created.connectionId } });
    expect(conn).toMatchObject({ status: "ACTIVE", label: "My bank", nextSyncAt: h.clock.now });
    expect(conn.credentials).toMatch(/^v1:/);
    expect(conn.credentials).not.toContain("secret-token");
    expect(created.accounts).toMatchObject([{ externalId: "A1", syncEnabled: true }]);
  });

  it("createConnection rejects credentials that do not fit the connector's schema", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    await expect(h.engine.createConnection(h.userId, "fake", { label: "x", credentials: { nope: 1 } })).rejects.toThrow();
    await expect(h.engine.createConnection(h.userId, "missing", { label: "x", credentials: {} })).rejects.toThrow(/no connector/);
  });

  it("removeConnection revokes at the provider, then deletes accounts and transactions", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    h.bank.addBooked("A1", tx("x1", "2026-03-01", "-1"));
    const id = await h.link();
    await h.engine.syncConnection(id, { trigger: "manual" });
    expect(await h.engine.removeConnection(id)).toBe(true);
    expect(h.bank.callsOf("revoke")).toMatchObject([{ token: "t0++" }]);
    expect(await tdb.db.account.count({ where: { connectionId: id } })).toBe(0);
    expect(await tdb.db.transaction.count({ where: { userId: h.userId } })).toBe(0);
    expect(await h.engine.removeConnection(id)).toBe(false);
  });

  it("removeConnection still deletes when revoking fails", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    const id = await h.link();
    h.bank.fail({ method: "revoke", times: 1, error: errors.unavailable });
    expect(await h.engine.removeConnection(id)).toBe(true);
    expect(await tdb.db.connection.count({ where: { id } })).toBe(0);
  });
});

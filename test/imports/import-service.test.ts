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

const statement = (rows = [tx(null, "2026-01-02", "-2.50", { counterpartyName: "Café" }), tx(null, "2026-01-02", "-2.50", { counterpartyName: "Café" }), tx(null, "2026-01-05", "1500", { counterpartyName: "Employer" })]) => ({
  format: "comdirect-csv",
  account: { iban: "DE89 3704 0044 0532 0130 00", name: "Girokonto", currency: "EUR" },
  transactions: rows,
});

describe("ingestStatement", () => {
  it("previews without writing, then imports; importing the same file twice adds nothing", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    const preview = await h.engine.ingestStatement(h.userId, statement(), { dryRun: true });
    expect(preview).toEqual({ dryRun: true, total: 3, new: 3, existing: 0, from: "2026-01-02", to: "2026-01-05", accountName: "Girokonto" });
    expect(await tdb.db.transaction.count({ where: { userId: h.userId } })).toBe(0);

    expect(await h.engine.ingestStatement(h.userId, statement(), { dryRun: false })).toMatchObject({ dryRun: false, added: 3, updated: 0 });
    expect(await h.engine.ingestStatement(h.userId, statement(), { dryRun: true })).toMatchObject({ new: 0, existing: 3 });
    expect(await h.engine.ingestStatement(h.userId, statement(), { dryRun: false })).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await tdb.db.transaction.count({ where: { userId: h.userId } })).toBe(3);
    const conns = await tdb.db.connection.findMany({ where: { userId: h.userId }, include: { accounts: true } });
    expect(conns).toHaveLength(1);
    expect(conns[0]).toMatchObject({ provider: "file", nextSyncAt: null });
    expect(conns[0]!.accounts[0]).toMatchObject({ externalId: "DE89370400440532013000", iban: "DE89370400440532013000" });
  });

  it("an overlapping later file adds only the rows it does not share", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    await h.engine.ingestStatement(h.userId, statement(), { dryRun: false });
    const later = statement([tx(null, "2026-01-05", "1500.00", { counterpartyName: "EMPLOYER" }), tx(null, "2026-01-09", "-30", { counterpartyName: "Gym" })]);
    expect(await h.engine.ingestStatement(h.userId, later, { dryRun: false })).toMatchObject({ added: 1 });
    expect(await tdb.db.transaction.count({ where: { userId: h.userId } })).toBe(4);
    expect((await tdb.db.user.findUniqueOrThrow({ where: { id: h.userId } })).dataVersion).toBe(2);
  });

  it("does not notify: the person is in the chat and sees the import result", async () => {
    const h = await createHarness({ tdb, bank: createFakeBank() });
    await h.engine.ingestStatement(h.userId, statement(), { dryRun: false });
    expect(await tdb.db.outbox.count({ where: { userId: h.userId } })).toBe(0);
  });
});

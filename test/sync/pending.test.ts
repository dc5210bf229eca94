import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { planReconciliation, similarCounterparty } from "../../src/sync/reconcile.ts";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "./harness.ts";

let tdb: TestDatabase;
let h: Harness;
beforeEach(async () => {
  tdb ??= await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank({ pageSize: 5 }) });
});
afterAll(async () => {
  await tdb?.drop();
});

const rows = (userId: string) =>
  tdb.db.transaction.findMany({ where: { userId }, orderBy: { bookingDate: "asc" }, select: { id: true, externalId: true, status: true, amount: true, bookingDate: true, counterpartyName: true } });

describe("pending to booked", () => {
  it("replaces a pending row with its booked twin (new id, shifted date, cleaned name) instead of duplicating it", async () => {
    h.bank.addBooked("A1", tx("b1", "2026-03-01", "-10"));
    h.bank.setPending("A1", [tx("p1", "2026-03-05", "-42.50", { counterpartyName: "VISA REWE SAGT DANKE 4711" })]);
    const id = await h.link();
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toMatchObject({ added: 2 });
    const before = (await rows(h.userId)).find((r) => r.externalId === "p1")!;
    expect(before.status).toBe("PENDING");

    h.bank.book("A1", "p1", { bookingDate: "2026-03-07", counterpartyName: "REWE Markt GmbH" });
    const outcome = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(outcome).toMatchObject({ status: "ok", added: 0, updated: 1, removed: 0 });
    const after = await rows(h.userId);
    expect(after).toHaveLength(2);
    const booked = after.find((r) => r.externalId === "p1-booked")!;
    // Same Transaction row: its id (and so category and sent notification) survives.
    expect(booked).toMatchObject({ id: before.id, status: "BOOKED", counterpartyName: "REWE Markt GmbH" });
    expect(booked.bookingDate.toISOString().slice(0, 10)).toBe("2026-03-07");
  });

  it("does not pair a pending row with a booked row of another amount or outside ±3 days", async () => {
    h.bank.setPending("A1", [tx("p1", "2026-03-05", "-42.50", { counterpartyName: "REWE" })]);
    const id = await h.link();
    await h.engine.syncConnection(id, { trigger: "manual" });
    h.bank.addBooked("A1", tx("b2", "2026-03-05", "-42.51", { counterpartyName: "REWE" }), tx("b3", "2026-03-09", "-42.50", { counterpartyName: "REWE" }));
    const outcome = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(outcome).toMatchObject({ added: 2, updated: 0, removed: 0 });
    expect((await rows(h.userId)).map((r) => r.externalId).sort()).toEqual(["b2", "b3", "p1"]);
  });

  it("removes a pending row the source no longer reports within the window it sent", async () => {
    h.bank.addBooked("A1", tx("b1", "2026-03-01", "-1"));
    h.bank.setPending("A1", [tx("p1", "2026-03-04", "-9.99"), tx("p2", "2026-03-06", "-5")]);
    const id = await h.link();
    await h.engine.syncConnection(id, { trigger: "manual" });
    // The card authorisation p1 was cancelled; p2 is still pending.
    h.bank.setPending("A1", [tx("p2", "2026-03-06", "-5")]);
    await tdb.db.connection.update({ where: { id }, data: { syncCursor: {} } });
    const outcome = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(outcome).toMatchObject({ added: 0, removed: 1 });
    expect((await rows(h.userId)).map((r) => r.externalId)).toEqual(["b1", "p2"]);
  });
});

describe("planReconciliation", () => {
  const pending = [{ id: "x", externalId: "p", bookingDate: "2026-01-10", amount: "-5.00", currency: "EUR", counterpartyName: "Bakery Schmidt" }];

  it("matches amounts exactly across scales and prefers the closest date", () => {
    const plan = planReconciliation(
      [
        { externalId: "far", status: "booked", bookingDate: "2026-01-13", amount: "-5", currency: "EUR", counterpartyName: "Schmidt" },
        { externalId: "near", status: "booked", bookingDate: "2026-01-11", amount: "-5.0", currency: "EUR", counterpartyName: "Schmidt" },
      ] as const,
      pending,
      () => false,
    );
    expect(plan.replace.map((r) => r.row.externalId)).toEqual(["near"]);
    expect(plan.upsert.map((r) => r.externalId)).toEqual(["far"]);
  });

  it("never treats a booked row it already stores as a twin", () => {
    const plan = planReconciliation([{ externalId: "b", status: "booked", bookingDate: "2026-01-10", amount: "-5", currency: "EUR" }], pending, () => true);
    expect(plan.replace).toEqual([]);
  });

  it("judges counterparties similar by shared words, not exact text", () => {
    expect(similarCounterparty("VISA REWE SAGT DANKE", "REWE Markt GmbH")).toBe(true);
    expect(similarCounterparty("Amazon EU S.a.r.l.", "AMAZON")).toBe(true);
    expect(similarCounterparty("Netflix", "Spotify AB")).toBe(false);
    expect(similarCounterparty(null, "Spotify")).toBe(true);
  });
});

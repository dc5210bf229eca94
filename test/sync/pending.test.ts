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

  it("a pre-authorisation booked at another amount becomes that booked row, once, keeping its Transaction id", async () => {
    h.bank.addBooked("A1", tx("b1", "2026-06-01", "-10"));
    h.bank.setPending("A1", [tx("p1", "2026-06-09", "-150.00", { counterpartyName: "ARAL STATION 141726125" })]);
    const id = await h.link();
    await h.engine.syncConnection(id, { trigger: "manual" });
    const before = (await rows(h.userId)).find((r) => r.externalId === "p1")!;

    // The pump held 150.00 and booked 62.37 two days later; the bank lists no pending row any more.
    h.bank.setPending("A1", []);
    h.bank.addBooked("A1", tx("b2", "2026-06-11", "-62.37", { counterpartyName: "Aral Station 141726125" }));
    await tdb.db.connection.update({ where: { id }, data: { syncCursor: {} } });
    expect(await h.engine.syncConnection(id, { trigger: "manual" })).toMatchObject({ added: 0, updated: 1, removed: 0 });
    const after = await rows(h.userId);
    expect(after.map((r) => [r.externalId, r.status, r.amount.toFixed(2)])).toEqual([
      ["b1", "BOOKED", "-10.00"],
      ["b2", "BOOKED", "-62.37"],
    ]);
    expect(after.find((r) => r.externalId === "b2")!.id).toBe(before.id);
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

  const held = (over: Partial<(typeof pending)[number]> & { merchant?: string | null }) => ({ ...pending[0]!, ...over });
  const booked = (externalId: string, bookingDate: string, amount: string, counterpartyName: string) => ({ externalId, status: "booked" as const, bookingDate, amount, currency: "EUR", counterpartyName });

  it("pairs a pending row with the same merchant's booked row at another amount when no exact twin is there", () => {
    const hotel = held({ id: "h", externalId: "ph", bookingDate: "2026-06-10", amount: "-450.00", counterpartyName: "HOTEL BAYERISCHER HOF MUENCHEN DE" });
    const plan = planReconciliation([booked("bh", "2026-06-12", "-386.40", "HOTEL BAYERISCHER HOF MUENCHEN DE")], [hotel], () => false);
    expect(plan.replace).toEqual([{ pendingId: "h", row: expect.objectContaining({ externalId: "bh" }) }]);
    expect(plan.remove).toEqual([]);
  });

  it("prefers the exact twin, and among re-priced rows the closest date, then the closest amount", () => {
    const fuel = held({ id: "f", externalId: "pf", bookingDate: "2026-06-09", amount: "-100.00", counterpartyName: "ARAL STATION 1417" });
    const exact = planReconciliation([booked("lower", "2026-06-09", "-60.00", "Aral Station 1417"), booked("same", "2026-06-11", "-100", "Aral Station 1417")], [fuel], () => false);
    expect(exact.replace.map((r) => r.row.externalId)).toEqual(["same"]);
    const repriced = planReconciliation(
      [booked("far", "2026-06-12", "-99.00", "Aral"), booked("near-big", "2026-06-10", "-20.00", "Aral"), booked("near-close", "2026-06-10", "-90.00", "Aral")],
      [fuel],
      () => false,
    );
    expect(repriced.replace.map((r) => r.row.externalId)).toEqual(["near-close"]);
  });

  it("pairs no re-priced row of another merchant (a shared town word is not enough), of the other sign, already stored, far above the hold, or outside the hold window", () => {
    const lidl = held({ id: "l", externalId: "pl", bookingDate: "2026-11-27", amount: "-22.10", counterpartyName: "LIDL SAGT DANKE Hamburg DE" });
    expect(planReconciliation([booked("edeka", "2026-11-27", "-31.20", "EDEKA//HAMBURG/DE")], [lidl], () => false).replace).toEqual([]);
    expect(planReconciliation([booked("back", "2026-11-28", "22.00", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toEqual([]);
    expect(planReconciliation([booked("old", "2026-11-26", "-12.00", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => true).replace).toEqual([]);
    // A hold is booked on or after the purchase, up to HOLD_WINDOW_DAYS later (a hotel at check-out); not 4 days before, nor 15 after.
    expect(planReconciliation([booked("later", "2026-12-05", "-12.00", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toHaveLength(1);
    expect(planReconciliation([booked("before", "2026-11-23", "-12.00", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toEqual([]);
    expect(planReconciliation([booked("late", "2026-12-12", "-12.00", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toEqual([]);
    // A tip or a currency move raises a hold a little; twice the hold is another purchase.
    expect(planReconciliation([booked("tip", "2026-11-28", "-26.50", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toHaveLength(1);
    expect(planReconciliation([booked("twice", "2026-11-28", "-44.20", "LIDL SAGT DANKE Hamburg DE")], [lidl], () => false).replace).toEqual([]);
  });

  it("removes an unmatched pending row inside the period a statement covers, even where none of its rows fall", () => {
    // comdirect on 14 Aug lists only rows booked on 10 and 11 Aug; its period runs from 15 Jul.
    const order = held({ id: "o", externalId: "po", bookingDate: "2026-08-05", amount: "-89.95", counterpartyName: "ZALANDO SE" });
    const rows = [booked("b", "2026-08-10", "-23.45", "DM-Drogerie Markt")];
    expect(planReconciliation(rows, [order], () => false).remove).toEqual([]);
    expect(planReconciliation(rows, [order], () => false, { from: "2026-07-15", to: "2026-08-14" }).remove).toEqual(["o"]);
    expect(planReconciliation(rows, [order], () => false, { from: "2026-08-06", to: "2026-08-14" }).remove).toEqual([]);
  });

  it("judges counterparties similar by shared words, not exact text", () => {
    expect(similarCounterparty("VISA REWE SAGT DANKE", "REWE Markt GmbH")).toBe(true);
    expect(similarCounterparty("Amazon EU S.a.r.l.", "AMAZON")).toBe(true);
    expect(similarCounterparty("Netflix", "Spotify AB")).toBe(false);
    expect(similarCounterparty(null, "Spotify")).toBe(true);
  });
});

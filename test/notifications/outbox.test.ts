import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeBank, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { dispatcherFor, fakeTelegram } from "./harness.ts";

let tdb: TestDatabase;
let h: Harness;
let connectionId: string;
beforeEach(async () => {
  tdb ??= await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank() });
  h.bank.addBooked("A1", tx("old1", "2026-01-02", "-10"), tx("old2", "2026-01-03", "-20"));
  connectionId = await h.link();
  await h.engine.syncConnection(connectionId, { trigger: "link" });
});
afterAll(async () => {
  await tdb?.drop();
});

const rows = () => tdb.db.outbox.findMany({ where: { userId: h.userId }, orderBy: { createdAt: "asc" } });

describe("notifications queued by a sync", () => {
  it("the first sync sends only 'imported N transactions since DATE'", async () => {
    const out = await rows();
    expect(out.map((r) => r.kind)).toEqual(["first-sync"]);
    const telegram = fakeTelegram();
    await dispatcherFor(tdb.db, telegram, h.clock).runOnce();
    expect(telegram.sent).toHaveLength(1);
    expect(telegram.sent[0]!.message.html).toBe("✅ <b>Fake Bank</b> is connected: imported 2 transactions since 2 Jan 2026.");
  });

  it("queues one message per new transaction, with category and mute buttons", async () => {
    await tdb.db.outbox.deleteMany({ where: { userId: h.userId } });
    h.bank.addBooked("A1", tx("n1", "2026-03-09", "-12.5", { counterpartyName: "Bäckerei <Schmidt>" }), tx("n2", "2026-03-09", "2500", { counterpartyName: "Employer" }));
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    const out = await rows();
    expect(out.map((r) => r.kind)).toEqual(["tx", "tx"]);
    const telegram = fakeTelegram();
    await dispatcherFor(tdb.db, telegram, h.clock).runOnce();
    const first = telegram.sent.find((s) => s.message.html.includes("Schmidt"))!;
    expect(first.message.html).toBe("<b>−€12.50</b> · Bäckerei &lt;Schmidt&gt;\nAccount A1 · Uncategorised");
    const txId = (await tdb.db.transaction.findFirstOrThrow({ where: { externalId: "n1", userId: h.userId } })).id;
    expect(first.message.buttons).toEqual([
      [
        { text: "Change category", data: `txc:${txId}` },
        { text: "Mute merchant", data: `mute:${txId}` },
      ],
    ]);
    for (const b of first.message.buttons!.flat()) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
    expect((await rows()).map((r) => [r.status, typeof r.messageId])).toEqual([
      ["SENT", "number"],
      ["SENT", "number"],
    ]);
  });

  it("turns five or more new transactions from one sync into one summary", async () => {
    await tdb.db.outbox.deleteMany({ where: { userId: h.userId } });
    h.bank.addBooked("A1", ...Array.from({ length: 12 }, (_, i) => tx(`s${i}`, "2026-03-09", `-${i + 1}`)));
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    expect((await rows()).map((r) => r.kind)).toEqual(["tx-summary"]);
    const telegram = fakeTelegram();
    await dispatcherFor(tdb.db, telegram, h.clock).runOnce();
    const html = telegram.sent[0]!.message.html;
    expect(html.split("\n")[0]).toBe("<b>12 new transactions</b> · Fake Bank");
    expect(html).toContain("…and 2 more");
  });

  it("respects notificationsOn, the minimum amount and muted merchants", async () => {
    await tdb.db.outbox.deleteMany({ where: { userId: h.userId } });
    await tdb.db.user.update({ where: { id: h.userId }, data: { notifyMinAmount: "10" } });
    await tdb.db.mutedMerchant.create({ data: { userId: h.userId, merchant: "spotify" } });
    h.bank.addBooked("A1", tx("small", "2026-03-09", "-9.99"), tx("muted", "2026-03-09", "-10.99", { counterpartyName: "Spotify" }), tx("big", "2026-03-09", "-10.00"), tx("in", "2026-03-09", "50"));
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    const queued = await tdb.db.transaction.findMany({ where: { id: { in: (await rows()).map((r) => (r.payload as { transactionId: string }).transactionId) } } });
    expect(queued.map((t) => t.externalId).sort()).toEqual(["big", "in"]);

    await tdb.db.user.update({ where: { id: h.userId }, data: { notificationsOn: false } });
    h.bank.addBooked("A1", tx("later", "2026-03-09", "-100"));
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    expect(await rows()).toHaveLength(2);
  });

  it("renders in the person's locale", async () => {
    await tdb.db.outbox.deleteMany({ where: { userId: h.userId } });
    await tdb.db.user.update({ where: { id: h.userId }, data: { locale: "de" } });
    h.bank.addBooked("A1", tx("de1", "2026-03-09", "-1234.5", { counterpartyName: "Miete" }));
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    const telegram = fakeTelegram();
    await dispatcherFor(tdb.db, telegram, h.clock).runOnce();
    expect(telegram.sent[0]!.message.html).toBe("<b>−1.234,50\u00a0€</b> · Miete\nAccount A1 · Ohne Kategorie");
    expect(telegram.sent[0]!.message.buttons![0]![0]!.text).toBe("Kategorie ändern");
  });
});

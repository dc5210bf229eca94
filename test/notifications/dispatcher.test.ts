import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createFakeBank, errors, tx } from "../fakes/fake-connector.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { dispatcherFor, fakeTelegram } from "./harness.ts";

let tdb: TestDatabase;
let h: Harness;
let connectionId: string;

beforeEach(async () => {
  tdb ??= await createTestDatabase();
  h = await createHarness({ tdb, bank: createFakeBank() });
  connectionId = await h.link();
  await h.engine.syncConnection(connectionId, { trigger: "link" }); // first sync: nothing to announce
});
afterAll(async () => {
  await tdb?.drop();
});

async function newTransactions(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `t${Date.now()}-${i}`);
  h.bank.addBooked("A1", ...ids.map((id, i) => tx(id, "2026-03-09", `-${i + 1}`, { counterpartyName: `Shop ${i}` })));
  await h.engine.syncConnection(connectionId, { trigger: "schedule" });
  return ids;
}

const outbox = () => tdb.db.outbox.findMany({ where: { userId: h.userId } });

describe("dispatcher", () => {
  it("a crash between send and record leaves the row UNCONFIRMED: each transaction is in the chat once, none twice", async () => {
    await newTransactions(3);
    const telegram = fakeTelegram();
    // The second message reaches Telegram, then the process dies before marking it SENT.
    let calls = 0;
    telegram.hang = () => ++calls === 2;
    void dispatcherFor(tdb.db, telegram, h.clock, { leaseMs: 60_000 }).runOnce();
    await expect.poll(() => telegram.sent.length).toBe(2);

    // Restarted process, lease not yet over: the row in flight is left alone.
    const restarted = fakeTelegram();
    const second = dispatcherFor(tdb.db, restarted, h.clock, { leaseMs: 60_000 });
    await second.runOnce();
    expect(restarted.sent).toHaveLength(1); // only the third, never claimed before the crash

    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
    expect(await second.runOnce()).toMatchObject({ recovered: 1, unconfirmed: 1, sent: 0 });
    h.clock.now = new Date(h.clock.now.getTime() + 86_400_000);
    expect(await second.runOnce()).toMatchObject({ recovered: 0, sent: 0 });

    const perText = new Map<string, number>();
    for (const s of [...telegram.sent, ...restarted.sent]) perText.set(s.message.html, (perText.get(s.message.html) ?? 0) + 1);
    expect([...perText.values()]).toEqual([1, 1, 1]);
    const rows = await outbox();
    expect(rows.map((r) => r.status).sort()).toEqual(["SENT", "SENT", "UNCONFIRMED"]);
    // attempts counts requests made: one each, the unconfirmed one included.
    expect(rows.map((r) => r.attempts)).toEqual([1, 1, 1]);
  });

  it("a crash after the claim but before the request: the row is sent once when the lease ends", async () => {
    await newTransactions(1);
    const telegram = fakeTelegram();
    telegram.hangBeforeSending = () => true;
    void dispatcherFor(tdb.db, telegram, h.clock, { leaseMs: 1_000 }).runOnce();
    await expect.poll(async () => (await outbox())[0]?.status).toBe("SENDING");
    h.clock.now = new Date(h.clock.now.getTime() + 2_000);
    const after = fakeTelegram();
    expect(await dispatcherFor(tdb.db, after, h.clock).runOnce()).toMatchObject({ recovered: 1, unconfirmed: 0, sent: 1 });
    expect(telegram.sent.length + after.sent.length).toBe(1);
    expect((await outbox())[0]).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("an ambiguous network error (request written, no answer) is never re-sent: UNCONFIRMED", async () => {
    await newTransactions(1);
    const telegram = fakeTelegram();
    telegram.fail = () => Object.assign(new Error("Network request for 'sendMessage' failed!"), { name: "HttpError", error: { code: "ECONNRESET" } });
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    expect(await d.runOnce()).toMatchObject({ unconfirmed: 1, sent: 0 });
    h.clock.now = new Date(h.clock.now.getTime() + 86_400_000);
    await d.runOnce();
    expect(telegram.requests).toBe(1);
    expect((await outbox())[0]).toMatchObject({ status: "UNCONFIRMED", attempts: 1 });
  });

  it("a network error raised before the request left (connection refused) is retried", async () => {
    await newTransactions(1);
    const telegram = fakeTelegram();
    telegram.fail = () => Object.assign(new Error("Network request for 'sendMessage' failed!"), { name: "HttpError", error: { code: "ECONNREFUSED" } });
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    await d.runOnce();
    expect((await outbox())[0]).toMatchObject({ status: "PENDING", attempts: 1 });
    telegram.fail = null;
    h.clock.now = new Date(h.clock.now.getTime() + 3_600_000);
    await d.runOnce();
    expect(telegram.sent).toHaveLength(1);
    expect((await outbox())[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("delays messages during quiet hours in the person's time zone and delivers them afterwards", async () => {
    await tdb.db.user.update({ where: { id: h.userId }, data: { quietHoursStart: 22, quietHoursEnd: 7, timezone: "Europe/Berlin" } });
    h.clock.now = new Date("2026-03-10T22:30:00Z"); // 23:30 in Berlin (CET)
    await newTransactions(1);
    const [row] = await outbox();
    expect(row!.notBefore).toEqual(new Date("2026-03-11T06:00:00Z")); // 07:00 Berlin
    const telegram = fakeTelegram();
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    await d.runOnce();
    expect(telegram.sent).toHaveLength(0);
    h.clock.now = new Date("2026-03-11T06:00:00Z");
    await d.runOnce();
    expect(telegram.sent).toHaveLength(1);
  });

  it("re-checks quiet hours at send time and defers without using up an attempt", async () => {
    await newTransactions(1);
    await tdb.db.user.update({ where: { id: h.userId }, data: { quietHoursStart: 0, quietHoursEnd: 23, timezone: "UTC" } });
    const telegram = fakeTelegram();
    expect(await dispatcherFor(tdb.db, telegram, h.clock).runOnce()).toMatchObject({ deferred: 1, sent: 0 });
    expect((await outbox())[0]).toMatchObject({ status: "PENDING", attempts: 0, notBefore: new Date("2026-03-10T23:00:00Z") });
  });

  it("marks a blocked user's messages FAILED without retrying", async () => {
    await newTransactions(2);
    const telegram = fakeTelegram();
    let attempts = 0;
    telegram.fail = () => (attempts++, { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    await d.runOnce();
    h.clock.now = new Date(h.clock.now.getTime() + 86_400_000);
    await d.runOnce();
    expect(attempts).toBe(1);
    expect((await outbox()).map((r) => [r.status, r.lastError])).toEqual([
      ["FAILED", "Forbidden: bot was blocked by the user"],
      ["FAILED", "Forbidden: bot was blocked by the user"],
    ]);
  });

  it("retries transient send errors later, honouring Telegram's retry_after", async () => {
    await newTransactions(1);
    const telegram = fakeTelegram();
    telegram.fail = () => ({ error_code: 429, description: "Too Many Requests: retry after 90", parameters: { retry_after: 90 } });
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    await d.runOnce();
    expect((await outbox())[0]).toMatchObject({ status: "PENDING", attempts: 1, notBefore: new Date(h.clock.now.getTime() + 90_000) });
    telegram.fail = null;
    await d.runOnce();
    expect(telegram.sent).toHaveLength(0); // not due yet
    h.clock.now = new Date(h.clock.now.getTime() + 90_000);
    await d.runOnce();
    expect(telegram.sent).toHaveLength(1);
    expect((await outbox())[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("sends the re-link message once, with a button carrying the connection", async () => {
    h.bank.fail({ method: "open", times: Infinity, error: errors.unauthorized });
    await h.engine.syncConnection(connectionId, { trigger: "schedule" });
    await h.engine.syncConnection(connectionId, { trigger: "manual" });
    const telegram = fakeTelegram();
    const d = dispatcherFor(tdb.db, telegram, h.clock);
    await d.runOnce();
    await d.runOnce();
    expect(telegram.sent).toHaveLength(1);
    expect(telegram.sent[0]!.message.html).toBe("⚠️ <b>Fake Bank</b> needs you to sign in again. The bank no longer accepts the stored login. Please link the account again.");
    expect(telegram.sent[0]!.message.buttons).toEqual([[{ text: "Re-link", data: `relink:${connectionId}` }]]);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const bob = { id: 2002, first_name: "Bob", language_code: "en" };

describe("conversations, flood control and /forget", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>> | undefined;

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });
  afterAll(async () => {
    await sim.close();
    await t.drop();
  });

  it("a conversation survives a restart midway", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [bob.id] });
    sim.sendText(bob, "/start");
    const lang = await sim.waitForBotMessage(bob.id, /Welcome/);
    sim.tapButton(bob, lang.messageId, "lang:en");
    const tz = await sim.waitForBotMessage(bob.id, /time zone/);
    await app.stop();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [bob.id], dataDir: app.dataDir });
    sim.tapButton(bob, tz.messageId, "tz:Europe/London");
    const cur = await sim.waitForBotMessage(bob.id, /Which currency/);
    sim.tapButton(bob, cur.messageId, "cur:GBP");
    await sim.waitForBotMessage(bob.id, /All set: English, Europe\/London, GBP/);
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(bob.id) } });
    expect(user.baseCurrency).toBe("GBP");
  });

  it("honours a 429 with retry_after without losing the message", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [bob.id] });
    sim.failNext("sendMessage", { kind: "429", retryAfter: 1 });
    const started = Date.now();
    sim.sendText(bob, "/help");
    await sim.waitForBotMessage(bob.id, /keeps all your accounts/, { timeoutMs: 10_000 });
    const sends = () => sim.calls.filter((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(bob.id));
    await sim.waitFor(() => sends().at(-1)?.status === 200);
    expect(sends().slice(-2).map((c) => c.status)).toEqual([429, 200]);
    expect(sends().at(-1)!.params.text).toBe(sends().at(-2)!.params.text);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("a bad request from Telegram gets a clear answer, not silence", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [bob.id] });
    sim.sendText(bob, "what is the meaning of life");
    const reply = await sim.waitForBotMessage(bob.id, /didn't understand|understand that/);
    expect(reply.text).toBeTruthy();
    sim.sendText(bob, "/frobnicate");
    await sim.waitForBotMessage(bob.id, /don't know the command \/frobnicate/);
  });

  it("/forget after confirmation leaves zero rows for that user", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [bob.id] });
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(bob.id) } });
    const conn = await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo", credentials: "v1:x:y:z:w" } });
    const acc = await t.db.account.create({ data: { userId: user.id, connectionId: conn.id, externalId: "a", name: "Giro", currency: "EUR" } });
    await t.db.transaction.create({ data: { userId: user.id, accountId: acc.id, externalId: "t", bookingDate: new Date("2026-11-01"), amount: "-3.20", currency: "EUR" } });
    sim.sendText(bob, "/forget");
    const confirm = await sim.waitForBotMessage(bob.id, /Really delete everything/);
    expect(confirm.text).toContain("1 transaction");
    sim.tapButton(bob, confirm.messageId, "forget:yes");
    await sim.waitFor(() => sim.botMessages(bob.id).some((m) => /Deleted: 1 transaction/.test(m.text ?? "")));
    const where = { userId: user.id };
    const counts = await Promise.all([
      t.db.user.count({ where: { id: user.id } }),
      t.db.transaction.count({ where }),
      t.db.account.count({ where }),
      t.db.connection.count({ where }),
      t.db.category.count({ where }),
      t.db.botSession.count({ where: { OR: [{ userId: user.id }, { key: { contains: String(bob.id) } }] } }),
    ]);
    expect(counts).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

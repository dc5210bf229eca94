import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "en" };
const stranger = { id: 666, first_name: "Mallory", language_code: "de" };

describe("onboarding and access", () => {
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

  it("registers the commands in English and German", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id] });
    const en = sim.commands() as { command: string }[];
    const de = sim.commands({ languageCode: "de" }) as { command: string; description: string }[];
    expect(en.map((c) => c.command)).toContain("forget");
    expect(de.find((c) => c.command === "forget")?.description).toBe("alle meine Daten löschen");
  });

  it("onboards with button taps and running /start again is harmless", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id] });
    sim.sendText(alice, "/start");
    const lang = await sim.waitForBotMessage(alice.id, /Welcome to Kontor/);
    sim.tapButton(alice, lang.messageId, "lang:de");
    const tz = await sim.waitForBotMessage(alice.id, /Zeitzone/);
    sim.tapButton(alice, tz.messageId, "tz:Europe/Vienna");
    const cur = await sim.waitForBotMessage(alice.id, /Währung/);
    sim.sendText(alice, "sek");
    await sim.waitForBotMessage(alice.id, /Fertig: Deutsch, Europe\/Vienna, SEK/);
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(alice.id) } });
    expect(user).toMatchObject({ locale: "de", timezone: "Europe/Vienna", baseCurrency: "SEK" });
    expect(user.onboardedAt).not.toBeNull();
    expect(await t.db.category.count({ where: { userId: user.id } })).toBeGreaterThan(10);
    expect(cur.messageId).toBeGreaterThan(tz.messageId);

    const before = sim.botMessages(alice.id).length;
    sim.sendText(alice, "/start");
    await sim.waitForBotMessage(alice.id, /schon eingerichtet/, { afterMessageId: sim.lastBotMessage(alice.id)!.messageId });
    expect(sim.botMessages(alice.id).length).toBe(before + 1);
    expect(await t.db.user.count()).toBe(1);
  });

  it("/cancel leaves onboarding midway and a new /start begins again", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id, 1002] });
    const eve = { id: 1002, first_name: "Eve", language_code: "en" };
    sim.sendText(eve, "/start");
    const lang = await sim.waitForBotMessage(eve.id, /Welcome/);
    sim.tapButton(eve, lang.messageId, "lang:en");
    await sim.waitForBotMessage(eve.id, /time zone/);
    sim.sendText(eve, "/cancel");
    await sim.waitForBotMessage(eve.id, /Cancelled\. Nothing was changed/);
    const after = sim.lastBotMessage(eve.id)!.messageId;
    sim.sendText(eve, "Europe/Paris");
    await sim.waitForBotMessage(eve.id, /Send \/start to set me up first/, { afterMessageId: after });
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(eve.id) } });
    expect(user.onboardedAt).toBeNull();
    expect(user.timezone).not.toBe("Europe/Paris");
  });

  it("refuses a stranger once, shows their id and stores nothing", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id] });
    const users = await t.db.user.count();
    const sessions = await t.db.botSession.count();
    sim.sendText(stranger, "/start");
    const refusal = await sim.waitForBotMessage(stranger.id, /666/);
    expect(refusal.text).toContain("ALLOWED_TELEGRAM_USER_IDS");
    sim.sendText(stranger, "hello?");
    sim.sendText(stranger, "/forget");
    await sim.waitFor(() => sim.pendingUpdates().length === 0 && sim.calls.filter((c) => c.method === "getUpdates").length > 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(sim.botMessages(stranger.id)).toHaveLength(1);
    expect(await t.db.user.count()).toBe(users);
    expect(await t.db.botSession.count()).toBe(sessions);
  });
});

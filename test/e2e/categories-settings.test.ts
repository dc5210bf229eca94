// Settings for the categories feature: the monthly summary toggle and the
// minimum amount for notifications, through the chat, persisted in the user row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { parseMinAmount } from "../../handlers/settings.ts";

const finn = { id: 7007, first_name: "Finn", language_code: "de" };
const NOW = new Date("2026-11-22T10:00:00Z");

describe("parseMinAmount", () => {
  it.each([
    ["20", "20"],
    ["12,50", "12.50"],
    ["12.5", "12.50"],
    [" 7 € ", "7"],
    ["off", null],
    ["AUS", null],
    ["0", null],
    ["0,00", null],
  ])("reads %j as %j", (input, expected) => {
    expect(parseMinAmount(input)).toBe(expected);
  });

  it.each(["-5", "abc", "12.345", "1e3", "", "99999999999"])("refuses %j", (input) => {
    expect(parseMinAmount(input)).toBeUndefined();
  });
});

describe("settings toggles in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const me = () => t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(finn.id) } });
  const shown = (id: number) => sim.chat(finn.id).find((m) => m.messageId === id)!.text ?? "";

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [finn.id], now: () => NOW });
    sim.sendText(finn, "/start");
    sim.tapButton(finn, (await sim.waitForBotMessage(finn.id, /Willkommen/)).messageId, "lang:de");
    sim.tapButton(finn, (await sim.waitForBotMessage(finn.id, /Zeitzone/)).messageId, "tz:Europe/Berlin");
    sim.tapButton(finn, (await sim.waitForBotMessage(finn.id, /Währung/)).messageId, "cur:EUR");
    await sim.waitForBotMessage(finn.id, /Fertig/);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("toggles the monthly summary on and off and shows it", async () => {
    expect((await me()).monthlySummary).toBe(false);
    sim.sendText(finn, "/settings");
    const view = await sim.waitForBotMessage(finn.id, /Monatsübersicht: aus/);
    sim.tapButton(finn, view.messageId, "set:monthly");
    await sim.waitFor(() => /Monatsübersicht: an/.test(shown(view.messageId)));
    expect((await me()).monthlySummary).toBe(true);
    sim.tapButton(finn, view.messageId, "set:monthly");
    await sim.waitFor(() => /Monatsübersicht: aus/.test(shown(view.messageId)));
    expect((await me()).monthlySummary).toBe(false);
  });

  it("asks for a minimum amount, refuses nonsense, stores a decimal and 'aus' clears it", async () => {
    sim.sendText(finn, "/settings");
    const view = await sim.waitForBotMessage(finn.id, /Benachrichtigen ab: jeder Betrag/, { afterMessageId: sim.lastBotMessage(finn.id)!.messageId });
    sim.tapButton(finn, view.messageId, "set:min");
    await sim.waitForBotMessage(finn.id, /Ab welchem Betrag/, { afterMessageId: view.messageId });
    sim.sendText(finn, "zwanzig");
    await sim.waitForBotMessage(finn.id, /Bitte schick einen Betrag/, { afterMessageId: view.messageId });
    expect((await me()).notifyMinAmount).toBeNull();
    sim.sendText(finn, "20,50");
    await sim.waitForBotMessage(finn.id, /Gespeichert[\s\S]*Benachrichtigen ab: 20,50\u00a0€/, { afterMessageId: view.messageId });
    expect((await me()).notifyMinAmount?.toFixed(2)).toBe("20.50");

    const again = sim.lastBotMessage(finn.id)!.messageId;
    sim.sendText(finn, "/settings");
    const next = await sim.waitForBotMessage(finn.id, /Benachrichtigen ab: 20,50/, { afterMessageId: again });
    sim.tapButton(finn, next.messageId, "set:min");
    await sim.waitForBotMessage(finn.id, /Ab welchem Betrag/, { afterMessageId: next.messageId });
    sim.sendText(finn, "aus");
    await sim.waitForBotMessage(finn.id, /Gespeichert[\s\S]*Benachrichtigen ab: jeder Betrag/, { afterMessageId: next.messageId });
    expect((await me()).notifyMinAmount).toBeNull();
  });
});

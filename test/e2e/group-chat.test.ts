import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Chat } from "grammy/types";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "en", is_bot: false };
const group: Chat.SupergroupChat = { id: -100777, type: "supergroup", title: "Family" };

describe("group chats", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>> | undefined;
  let date = 1_700_000_000;

  const say = (text: string, chat: Chat = group) =>
    sim.injectUpdate({
      message: {
        message_id: date,
        date: date++,
        chat,
        from: alice,
        text,
        ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
      },
    } as never);

  const settle = async () => {
    await sim.waitFor(() => sim.pendingUpdates().length === 0);
    await new Promise((r) => setTimeout(r, 400));
  };

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

  it("an allowed user in a group is told once that Kontor is private-only, and nothing is stored", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id] });
    say("/start");
    const notice = await sim.waitForBotMessage(group.id, /private chat/);
    for (const text of ["/accounts", "/transactions", "/connections", "how much did I spend last month?", "/start"]) say(text);
    await settle();
    expect(sim.botMessages(group.id).map((m) => m.messageId)).toEqual([notice.messageId]);
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.botSession.count()).toBe(0);
  });

  it("after onboarding privately, the group still gets none of the person's data", async () => {
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [alice.id] });
    sim.sendText(alice, "/start");
    await sim.waitForBotMessage(alice.id, /Welcome to Kontor/);
    const before = sim.botMessages(group.id).length;
    for (const text of ["/accounts", "/connections", "/transactions", "/start"]) say(text);
    await settle();
    // This app instance has not told the group yet: one notice, no answers.
    expect(sim.botMessages(group.id).length).toBe(before + 1);
    expect(sim.lastBotMessage(group.id)!.text).toMatch(/private chat/);
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(alice.id) } });
    expect(user.chatId).toBe(BigInt(alice.id));
    expect(await t.db.botSession.count({ where: { key: { contains: String(group.id) } } })).toBe(0);
  });
});

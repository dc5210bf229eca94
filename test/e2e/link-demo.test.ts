import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";

const dana = { id: 5005, first_name: "Dana", language_code: "en" };
const NOW = new Date("2026-11-22T10:00:00Z");


describe("linking the demo bank in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [dana.id], now: () => NOW, env: { DEMO_HISTORY_DAYS: "60" } });
    await onboard(sim, dana);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("links with photoTAN, deletes the password from the chat, syncs and lists accounts", async () => {
    sim.sendText(dana, "/link");
    const choose = await sim.waitForBotMessage(dana.id, /Which source/);
    sim.tapButton(dana, choose.messageId, "link:demo");
    await sim.waitForBotMessage(dana.id, /Your Demo Bank username/);
    sim.sendText(dana, "dana");
    await sim.waitForBotMessage(dana.id, /Your Demo Bank password/);
    const secret = sim.sendText(dana, "hunter2-very-secret");
    const how = await sim.waitForBotMessage(dana.id, /How do you want to confirm/);
    // The password message is gone from the chat the moment it was read.
    const pwMessage = sim.chat(dana.id).find((m) => m.messageId === secret.message!.message_id)!;
    expect(pwMessage.deleted).toBe(true);
    const photoButton = how.replyMarkup!.inline_keyboard[0]![0]!;
    sim.tapButton(dana, how.messageId, "callback_data" in photoButton ? photoButton.callback_data : "");
    const photo = await sim.waitFor(() => sim.botMessages(dana.id).find((m) => m.photo));
    expect(photo.photo!.subarray(1, 4).toString()).toBe("PNG");
    await sim.waitForBotMessage(dana.id, /Enter the 6-digit TAN/);
    // Five digits is a typo, not a wrong TAN: it costs no try.
    sim.sendText(dana, "12345");
    await sim.waitForBotMessage(dana.id, /exactly 6 digits/);
    const wrongTan = sim.sendText(dana, "000000");
    await sim.waitForBotMessage(dana.id, /not right. 2 tries left/);
    sim.sendText(dana, "111111");
    await sim.waitForBotMessage(dana.id, /not right. 1 try left/);
    const rightTan = sim.sendText(dana, "123456");
    await sim.waitForBotMessage(dana.id, /Demo Bank<\/b> is connected|Demo Bank is connected/, { timeoutMs: 20_000 });
    // TANs are secrets too: neither the wrong nor the right one stays in the chat.
    for (const tan of [wrongTan, rightTan]) expect(sim.chat(dana.id).find((m) => m.messageId === tan.message!.message_id)!.deleted).toBe(true);
    expect(sim.lastBotMessage(dana.id)!.text).toMatch(/connected with 3 account\(s\)/);
    const stored = await t.db.transaction.count();
    await app.services.dispatcher!.runOnce();
    const notice = await sim.waitForBotMessage(dana.id, /imported \d+ transactions since/);
    expect(notice.text).toContain(`imported ${stored} transactions`);
    // Only that one notice for the first sync, not one per transaction.
    await app.services.dispatcher!.runOnce();
    expect(sim.botMessages(dana.id).filter((m) => m.messageId > notice.messageId)).toHaveLength(0);

    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "demo", status: "ACTIVE" } });
    expect(conn.credentials).not.toContain("dana");
    expect(await t.db.connection.count({ where: { status: "PENDING" } })).toBe(0);
    expect(await t.db.transaction.count()).toBeGreaterThan(20);
    expect(app.log.text).not.toContain("hunter2-very-secret");

    sim.sendText(dana, "/accounts");
    const accounts = await sim.waitForBotMessage(dana.id, /Your accounts/);
    expect(accounts.text).toMatch(/Total €/);
  });

  it("/sync right after the link's sync answers with that result instead of syncing again, and adds nothing", async () => {
    const before = await t.db.transaction.count();
    sim.sendText(dana, "/sync");
    const msg = await sim.waitForBotMessage(dana.id, /Syncing 1 connection/);
    await sim.waitFor(() => /Sync finished/.test(sim.chat(dana.id).find((m) => m.messageId === msg.messageId)!.text ?? ""), 20_000);
    const final = sim.chat(dana.id).find((m) => m.messageId === msg.messageId)!;
    expect(final.text).toMatch(/Demo Bank: synced \d+ s ago/);
    expect(await t.db.transaction.count()).toBe(before);
  });

  it("/transactions pages with buttons", async () => {
    sim.sendText(dana, "/transactions");
    const page1 = await sim.waitForBotMessage(dana.id, /Transactions 1–10 of/);
    sim.tapButton(dana, page1.messageId, "txp:10");
    await sim.waitFor(() => /Transactions 11–20 of/.test(sim.chat(dana.id).find((m) => m.messageId === page1.messageId)!.text ?? ""));
  });

  it("/cancel leaves a link flow and nothing is stored", async () => {
    const connections = await t.db.connection.count({ where: { status: "ACTIVE" } });
    const after = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "/link");
    sim.tapButton(dana, (await sim.waitForBotMessage(dana.id, /Which source/, { afterMessageId: after })).messageId, "link:demo");
    await sim.waitForBotMessage(dana.id, /Your Demo Bank username/, { afterMessageId: after });
    sim.sendText(dana, "/cancel");
    await sim.waitForBotMessage(dana.id, /Linking cancelled/, { afterMessageId: after });
    // One message for one /cancel (it used to be "Cancelled…" and "Linking cancelled…").
    const lastBefore = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "/help");
    await sim.waitFor(() => sim.lastBotMessage(dana.id)!.messageId > lastBefore);
    expect(sim.botMessages(dana.id).filter((m) => m.messageId > after && /Cancelled\. Nothing was changed/.test(m.text ?? ""))).toHaveLength(0);
    expect(await t.db.connection.count({ where: { status: "ACTIVE" } })).toBe(connections);
    // The attempt's row is gone too, so /forget does not count it as a connection with credentials.
    await expect.poll(() => t.db.connection.count({ where: { status: "PENDING" } })).toBe(0);
    const user = await t.db.user.findFirstOrThrow({ where: { telegramId: BigInt(dana.id) } });
    expect(await app.services.users.inventory(user.id)).toMatchObject({ connections });
  });
});

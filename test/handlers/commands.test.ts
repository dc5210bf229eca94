// Handlers at the bot.handleUpdate level: the real bot and services, Telegram
// replaced by a recording API transformer (test/helpers/bot-harness.ts). Fast
// checks of what each command answers; the e2e suite covers whole journeys.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { t } from "../../src/i18n/index.ts";
import { startBotHarness, type ApiCall, type BotHarness } from "../helpers/bot-harness.ts";

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ allowed: [1001, 1002] });
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => void h.take());

const ada = { id: 1001, first_name: "Ada" };
const bo = { id: 1002, first_name: "Bo" };
const sent = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => c.payload.text);

describe("commands through bot.handleUpdate", () => {
  it("/start makes a user and opens onboarding with the language buttons", async () => {
    await h.send(ada, "/start");
    const calls = h.take();
    expect(sent(calls)).toEqual([t("en", "start.welcome")]);
    const markup = calls[0]!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] };
    expect(markup.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(["lang:en", "lang:de"]);
    expect(await h.tdb.db.user.count({ where: { telegramId: BigInt(ada.id) } })).toBe(1);
    // Conversations send through their own Api: the parse mode reaches them too.
    expect(calls[0]!.payload.parse_mode).toBe("HTML");
    // The conversation is waiting: /cancel ends it and says so.
    await h.send(ada, "/cancel");
    expect(sent(h.take())).toEqual([t("en", "common.cancelled")]);
  });

  it("/help lists the commands in the person's language", async () => {
    await h.send({ ...bo, language_code: "de" }, "/help");
    expect(sent(h.take())).toEqual([t("de", "help.text")]);
  });

  it("/accounts of an onboarded person without accounts points to /link", async () => {
    await h.onboard(bo);
    await h.send(bo, "/accounts");
    expect(sent(h.take())).toEqual([t("en", "accounts.none")]);
  });

  it("/cancel with nothing running says there is nothing to cancel", async () => {
    await h.send(bo, "/cancel");
    expect(sent(h.take())).toEqual([t("en", "common.nothing_to_cancel")]);
  });

  it("an unknown command is named back, escaped, and never reaches the question feature", async () => {
    await h.send(bo, "/frobnicate<b>");
    const calls = h.take();
    expect(sent(calls)).toEqual([t("en", "unknown.command", { command: "/frobnicate<b>" })]);
    expect(sent(calls)[0]).toContain("/frobnicate&lt;b&gt;");
    expect(calls.map((c) => c.method)).not.toContain("sendChatAction");
  });

  it("text from someone who never ran /start asks for /start first", async () => {
    const stranger = { id: 1002, first_name: "Bo" };
    await h.tdb.db.user.deleteMany({ where: { telegramId: BigInt(stranger.id) } });
    await h.send(stranger, "how much did I spend?");
    expect(sent(h.take())).toEqual([t("en", "unknown.not_started")]);
  });

  it("a callback button is answered and edits its message (/forget → keep)", async () => {
    await h.onboard(bo);
    await h.press(bo, "forget:no", 55);
    const calls = h.take();
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(calls[1]!.payload).toMatchObject({ chat_id: bo.id, message_id: 55, text: t("en", "forget.kept") });
    expect(await h.tdb.db.user.count({ where: { telegramId: BigInt(bo.id) } })).toBe(1);
  });

  it("a stale button of a feature that no longer applies is only acknowledged", async () => {
    await h.press(bo, "no-such-feature:1");
    expect(h.take().map((c) => c.method)).toEqual(["answerCallbackQuery"]);
  });

  it("someone not on the allow-list gets no answer from any feature", async () => {
    await h.send({ id: 999, first_name: "Eve" }, "/accounts");
    const texts = sent(h.take());
    expect(texts.every((x) => x !== t("en", "accounts.none"))).toBe(true);
    expect(await h.tdb.db.user.count({ where: { telegramId: 999n } })).toBe(0);
  });

  it("every text the bot sent in these tests went out as HTML", () => {
    const texts = h.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
    expect(texts.length).toBeGreaterThan(5);
    for (const c of texts) expect(c.payload.parse_mode, String(c.payload.text)).toBe("HTML");
  });
});

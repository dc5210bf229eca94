import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Api, Bot, GrammyError, InputFile, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";

const alice = { id: 4242, first_name: "Alice", language_code: "de" };
// The smallest valid PNG header is enough for the simulator to read width and height.
const PNG = Buffer.concat([
  Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
  Buffer.from([0, 0, 0, 64, 0, 0, 0, 32]),
  Buffer.alloc(100, 7),
]);

let sim: TelegramSimulator;
let api: Api;

beforeAll(async () => {
  sim = await startTelegramSimulator();
  api = new Api(sim.token, { apiRoot: sim.apiRoot });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

describe("telegram simulator: getUpdates", () => {
  it("serves updates until an offset confirms them", async () => {
    const first = sim.sendText(alice, "/start");
    const second = sim.sendText(alice, "hallo");
    expect(second.update_id).toBe(first.update_id + 1);
    expect((await api.getUpdates()).map((u) => u.update_id)).toEqual([first.update_id, second.update_id]);
    expect((await api.getUpdates({ limit: 1 })).map((u) => u.update_id)).toEqual([first.update_id]);
    expect((await api.getUpdates({ offset: second.update_id })).map((u) => u.update_id)).toEqual([second.update_id]);
    expect(await api.getUpdates({ offset: second.update_id + 1 })).toEqual([]);
  });

  it("marks a leading slash command with a bot_command entity", () => {
    const update = sim.sendText(alice, "/link comdirect");
    expect(update.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 5 }]);
    expect(update.message?.from).toMatchObject({ id: alice.id, is_bot: false, language_code: "de" });
  });

  it("a long poll returns as soon as the person writes", async () => {
    const started = Date.now();
    const poll = api.getUpdates({ timeout: 20 });
    setTimeout(() => sim.sendText(alice, "wake up"), 50);
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(["wake up"]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("a long poll with nothing to say ends after its timeout with an empty list", async () => {
    await expect(api.getUpdates({ timeout: 1 })).resolves.toEqual([]);
  });

  it("a second poller ends the first one with 409, as when two bot instances run", async () => {
    const first = api.getUpdates({ timeout: 20 }).catch((e: unknown) => e);
    await sim.waitFor(() => sim.isPolling());
    const second = api.getUpdates({ timeout: 20 });
    expect(await first).toMatchObject({ error_code: 409, description: expect.stringMatching(/terminated by other getUpdates/) });
    sim.sendText(alice, "for the survivor");
    expect((await second).map((u) => u.message?.text)).toEqual(["for the survivor"]);
  });

  it("refuses getUpdates with 409 while a webhook is set", async () => {
    await api.setWebhook("http://127.0.0.1:9/hook");
    const err = await api.getUpdates().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(409);
    await api.deleteWebhook({ drop_pending_updates: true });
    await expect(api.getUpdates()).resolves.toEqual([]);
  });

  it("drives a real grammY bot over long polling", async () => {
    const bot = new Bot(sim.token, { botInfo: sim.botInfo, client: { apiRoot: sim.apiRoot } });
    bot.command("start", (ctx) => ctx.reply(`Hallo ${ctx.from?.first_name}`, { reply_markup: { inline_keyboard: [[{ text: "Los", callback_data: "go" }]] } }));
    bot.callbackQuery("go", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "ok" });
      await ctx.editMessageText("Gestartet");
    });
    // drop_pending_updates would swallow a message sent before the bot is up, as on Telegram.
    let running: Promise<void> = Promise.resolve();
    await new Promise<void>((onStart) => {
      running = bot.start({ drop_pending_updates: true, onStart: () => onStart() });
    });
    try {
      sim.sendText(alice, "/start");
      const greeting = await sim.waitForBotMessage(alice.id, "Hallo Alice");
      const tap = sim.tapButton(alice, greeting.messageId, "go");
      await sim.waitForBotMessage(alice.id, "Gestartet");
      expect(sim.callbackQuery(tap.callback_query!.id)?.answer).toEqual({ text: "ok", showAlert: false, url: undefined });
    } finally {
      await bot.stop();
      await running;
    }
  });

  it("tapping a button that is not on screen is a test error", async () => {
    sim.addUser(alice);
    const sent = await api.sendMessage(alice.id, "no buttons");
    expect(() => sim.tapButton(alice, sent.message_id, "go")).toThrow(/has no button "go"/);
  });

  it("waitForBotMessage explains what the chat holds when it times out", async () => {
    sim.sendText(alice, "hallo");
    await expect(sim.waitForBotMessage(alice.id, "never", { timeoutMs: 50 })).rejects.toThrow(/#1 user: hallo/);
  });
});

describe("telegram simulator: webhook", () => {
  let hook: Server;
  let received: { secret: string | undefined; update: Update }[];
  let hookUrl: string;

  beforeEach(async () => {
    received = [];
    const bot = new Bot(sim.token, { botInfo: sim.botInfo, client: { apiRoot: sim.apiRoot } });
    let secretHeader: string | undefined;
    bot.use((ctx) => void received.push({ secret: secretHeader, update: ctx.update }));
    const handle = webhookCallback(bot, "http", { secretToken: "s3cret_T0ken" });
    hook = createServer((req, res) => {
      // Deliveries come one at a time, so the header read here belongs to the update being handled.
      const header = req.headers["x-telegram-bot-api-secret-token"];
      secretHeader = typeof header === "string" ? header : undefined;
      void handle(req, res);
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  });
  afterEach(() => new Promise<void>((resolve) => hook.close(() => resolve())));

  it("POSTs each update with the secret header and reports it in getWebhookInfo", async () => {
    await api.setWebhook(hookUrl, { secret_token: "s3cret_T0ken" });
    const update = sim.sendText(alice, "per webhook");
    await sim.waitFor(() => sim.webhookDeliveries.length === 1 && sim.pendingUpdates().length === 0);
    expect(sim.webhookDeliveries[0]).toMatchObject({ updateId: update.update_id, status: 200 });
    expect(received).toEqual([{ secret: "s3cret_T0ken", update }]);
    expect(await api.getWebhookInfo()).toMatchObject({ url: hookUrl, pending_update_count: 0 });
  });

  it("lets a test send a wrong or missing secret, which the bot refuses", async () => {
    await api.setWebhook(hookUrl, { secret_token: "s3cret_T0ken" });
    const forged = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "M" }, text: "x" } };
    expect((await sim.postToWebhookWithSecret(forged as Update, "wrong")).status).toBe(401);
    expect((await sim.postToWebhookWithSecret(forged as Update)).status).toBe(401);
    expect(received).toEqual([]);
  });
});

describe("telegram simulator: files and commands", () => {
  beforeEach(() => sim.addUser(alice));

  it("stores the bytes of a multipart sendPhoto", async () => {
    const sent = await api.sendPhoto(alice.id, new InputFile(PNG, "chart.png"), { caption: "<b>März</b>", parse_mode: "HTML" });
    expect(sent.photo?.[0]).toMatchObject({ width: 64, height: 32, file_size: PNG.length });
    expect(sent.caption).toBe("März");
    const message = sim.lastBotMessage(alice.id);
    expect(message?.photo?.equals(PNG)).toBe(true);
    expect(message?.source).toBe("<b>März</b>");
  });

  it("a document the person sends can be fetched with getFile and downloaded", async () => {
    const content = Buffer.from("Buchungstag;Betrag\n01.03.2025;-12,50\n", "latin1");
    const update = sim.sendDocument(alice, { fileName: "umsatz.csv", mimeType: "text/csv", content });
    const file = await api.getFile(update.message!.document!.file_id);
    const res = await fetch(`${sim.apiRoot}/file/bot${sim.token}/${file.file_path}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true);
  });

  it("a document the bot sends keeps its name and bytes", async () => {
    await api.sendDocument(alice.id, new InputFile(Buffer.from("a,b\n1,2\n"), "export.csv"));
    expect(sim.lastBotMessage(alice.id)?.document).toEqual({ fileName: "export.csv", mimeType: "text/csv", bytes: Buffer.from("a,b\n1,2\n") });
  });

  it("keeps commands per language", async () => {
    await api.setMyCommands([{ command: "start", description: "Start" }]);
    await api.setMyCommands([{ command: "start", description: "Los geht's" }], { language_code: "de" });
    expect(await api.getMyCommands({ language_code: "de" })).toEqual([{ command: "start", description: "Los geht's" }]);
    expect(sim.commands()).toEqual([{ command: "start", description: "Start" }]);
    const err = await api.setMyCommands([{ command: "Bad-Name", description: "x" }]).catch((e: unknown) => e);
    expect((err as GrammyError).description).toBe("Bad Request: BOT_COMMAND_INVALID");
  });
});

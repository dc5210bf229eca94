import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Api, GrammyError, HttpError, InputFile } from "grammy";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";

const alice = { id: 4242, first_name: "Alice", language_code: "de" };

let sim: TelegramSimulator;
let api: Api;

beforeAll(async () => {
  sim = await startTelegramSimulator();
  api = new Api(sim.token, { apiRoot: sim.apiRoot });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  sim.addUser(alice);
});

async function telegramError(call: Promise<unknown>): Promise<GrammyError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(err)}`);
  return err;
}

describe("telegram simulator: messages", () => {
  it("getMe returns the bot user grammY expects", async () => {
    const me = await api.getMe();
    expect(me).toEqual(sim.botInfo);
    expect(me).toMatchObject({ is_bot: true, username: "kontor_test_bot" });
  });

  it("sendMessage then editMessageText changes the text and keeps the old version", async () => {
    const sent = await api.sendMessage(alice.id, "<b>Saldo</b>: 10 &amp; 20", { parse_mode: "HTML" });
    expect(sent.text).toBe("Saldo: 10 & 20");
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
    const edited = await api.editMessageText(alice.id, sent.message_id, "Saldo: 30");
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "Saldo: 30" });
    const message = sim.lastBotMessage(alice.id);
    expect(message?.text).toBe("Saldo: 30");
    expect(message?.edits.map((v) => v.text)).toEqual(["Saldo: 10 & 20"]);
  });

  it("an identical edit is refused as not modified", async () => {
    const sent = await api.sendMessage(alice.id, "same");
    const err = await telegramError(api.editMessageText(alice.id, sent.message_id, "same"));
    expect(err.description).toMatch(/^Bad Request: message is not modified/);
  });

  it("editing or deleting an unknown message fails like Telegram", async () => {
    expect((await telegramError(api.editMessageText(alice.id, 999, "x"))).description).toBe(
      "Bad Request: message to edit not found",
    );
    expect((await telegramError(api.deleteMessage(alice.id, 999))).description).toBe(
      "Bad Request: message to delete not found",
    );
  });

  it("rejects malformed HTML with can't parse entities", async () => {
    for (const bad of ["<b>open", "<b><i>x</b></i>", "<div>x</div>", "a < b", "Tom & Jerry", "&nbsp;", '<span class="x">s</span>']) {
      const err = await telegramError(api.sendMessage(alice.id, bad, { parse_mode: "HTML" }));
      expect(err.description, bad).toMatch(/^Bad Request: can't parse entities: /);
    }
    expect(sim.botMessages(alice.id)).toHaveLength(0);
  });

  it("accepts every tag Telegram supports", async () => {
    const html =
      '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>' +
      '<span class="tg-spoiler">p</span><tg-spoiler>t</tg-spoiler><a href="https://example.org">a</a>' +
      '<code>c</code><pre><code class="language-ts">x</code></pre><blockquote>q</blockquote>' +
      '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &lt;&gt;&quot;&#65;&#x42;';
    const sent = await api.sendMessage(alice.id, html, { parse_mode: "HTML" });
    expect(sent.text).toBe('bsieunskdptacxq👍 <>"AB');
    expect(sent.entities).toContainEqual({ type: "pre", offset: 13, length: 1, language: "ts" });
  });

  it("counts the length after parsing: 4096 escaped ampersands fit, 4097 characters do not", async () => {
    const sent = await api.sendMessage(alice.id, "&amp;".repeat(4096), { parse_mode: "HTML" });
    expect(sent.text).toHaveLength(4096);
    const err = await telegramError(api.sendMessage(alice.id, "x".repeat(4097)));
    expect(err.description).toBe("Bad Request: message is too long");
  });

  it("counts UTF-16 code units, so 2049 emoji are too long", async () => {
    const err = await telegramError(api.sendMessage(alice.id, "💶".repeat(2049)));
    expect(err.description).toBe("Bad Request: message is too long");
  });

  it("refuses an empty text and a text of only markup", async () => {
    expect((await telegramError(api.sendMessage(alice.id, "  "))).description).toBe("Bad Request: message text is empty");
    expect((await telegramError(api.sendMessage(alice.id, "<b></b>", { parse_mode: "HTML" }))).description).toBe(
      "Bad Request: message text is empty",
    );
  });

  it("limits callback_data to 64 bytes", async () => {
    const keyboard = (data: string) => ({ reply_markup: { inline_keyboard: [[{ text: "ok", callback_data: data }]] } });
    await api.sendMessage(alice.id, "fits", keyboard("x".repeat(64)));
    const err = await telegramError(api.sendMessage(alice.id, "too long", keyboard("ä".repeat(33))));
    expect(err.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("refuses captions over 1024 characters", async () => {
    const err = await telegramError(
      api.sendPhoto(alice.id, new InputFile(Buffer.from("img"), "c.png"), { caption: "y".repeat(1025) }),
    );
    expect(err.description).toBe("Bad Request: message caption is too long");
  });

  it("answers chat not found for a chat nobody opened, and 403 for a blocked user", async () => {
    expect((await telegramError(api.sendMessage(777, "hi"))).description).toBe("Bad Request: chat not found");
    sim.blockUser(alice.id);
    const err = await telegramError(api.sendMessage(alice.id, "hi"));
    expect(err.error_code).toBe(403);
    expect(err.description).toBe("Forbidden: bot was blocked by the user");
  });

  it("deletes a message only within 48 hours", async () => {
    const fresh = await api.sendMessage(alice.id, "fresh");
    const old = await api.sendMessage(alice.id, "old");
    expect(await api.deleteMessage(alice.id, fresh.message_id)).toBe(true);
    sim.advanceTime(48 * 3600 * 1000 + 1000);
    const err = await telegramError(api.deleteMessage(alice.id, old.message_id));
    expect(err.description).toBe("Bad Request: message can't be deleted for everyone");
    expect(sim.chat(alice.id).map((m) => m.deleted)).toEqual([true, false]);
  });

  it("lets the bot delete a person's message, e.g. one holding a secret", async () => {
    const update = sim.sendText(alice, "my-pin-1234");
    await api.deleteMessage(alice.id, update.message!.message_id);
    expect(sim.chat(alice.id)[0]).toMatchObject({ from: "user", text: "my-pin-1234", deleted: true });
  });
});

describe("telegram simulator: faults", () => {
  it("an injected 429 reaches grammY as a GrammyError with retry_after, then calls succeed again", async () => {
    sim.failNext("sendMessage", { kind: "429", retryAfter: 7 });
    const err = await telegramError(api.sendMessage(alice.id, "hi"));
    expect(err.error_code).toBe(429);
    expect(err.parameters.retry_after).toBe(7);
    expect(err.description).toBe("Too Many Requests: retry after 7");
    await expect(api.sendMessage(alice.id, "hi")).resolves.toMatchObject({ text: "hi" });
    expect(sim.calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it("a dropped connection is an HttpError and sends nothing; afterExecute sends but loses the reply", async () => {
    sim.failNext("sendMessage", { kind: "drop" });
    await expect(api.sendMessage(alice.id, "lost")).rejects.toBeInstanceOf(HttpError);
    expect(sim.botMessages(alice.id)).toHaveLength(0);
    sim.failNext("sendMessage", { kind: "drop", afterExecute: true });
    await expect(api.sendMessage(alice.id, "sent")).rejects.toBeInstanceOf(HttpError);
    expect(sim.lastBotMessage(alice.id)?.text).toBe("sent");
  });

  it("records whether each call was executed, whatever the bot was told", async () => {
    sim.failNext("sendMessage", { kind: "drop" });
    await api.sendMessage(alice.id, "lost").catch(() => undefined);
    sim.failNext("sendMessage", { kind: "drop", afterExecute: true });
    await api.sendMessage(alice.id, "sent").catch(() => undefined);
    await telegramError(api.sendMessage(999, "nobody"));
    expect(sim.calls.map((c) => [c.status, c.executed])).toEqual([[0, false], [0, true], [400, false]]);
  });

  it("a proxy 5xx is an HTML page (an HttpError for grammY, not Telegram's answer), before or after the call took effect", async () => {
    sim.failNext("sendMessage", { kind: "5xx", status: 502, proxy: true });
    const before = await api.sendMessage(alice.id, "not sent").catch((e: unknown) => e);
    expect(before).toBeInstanceOf(HttpError);
    expect(sim.botMessages(alice.id)).toHaveLength(0);
    sim.failNext("sendMessage", { kind: "5xx", status: 504, proxy: true, afterExecute: true });
    await expect(api.sendMessage(alice.id, "sent")).rejects.toBeInstanceOf(HttpError);
    expect(sim.lastBotMessage(alice.id)?.text).toBe("sent");
    expect(sim.calls.map((c) => [c.status, c.executed])).toEqual([[502, false], [504, true]]);
  });

  it("refuses connections for a while (ECONNREFUSED, nothing executed), then serves again on the same address", async () => {
    const outage = sim.refuseConnections(300);
    // A connection kept alive from earlier calls (if any) is served once more and then closed.
    await api.getMe().catch(() => undefined);
    const err = await api.sendMessage(alice.id, "refused").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(JSON.stringify((err as HttpError).error)).toMatch(/ECONNREFUSED/);
    await outage;
    await expect(api.sendMessage(alice.id, "back")).resolves.toMatchObject({ text: "back" });
    expect(sim.botMessages(alice.id).map((m) => m.text)).toEqual(["back"]);
  });

  it("a 5xx fault uses the given status", async () => {
    sim.failNext("getMe", { kind: "5xx", status: 502 }, 2);
    expect((await telegramError(api.getMe())).error_code).toBe(502);
    expect((await telegramError(api.getMe())).error_code).toBe(502);
    await expect(api.getMe()).resolves.toBeDefined();
  });

  it("opt-in flood control answers 429 when one chat gets messages too fast", async () => {
    sim.floodControl({ perChatPerSecond: 2, retryAfter: 3 });
    await api.sendMessage(alice.id, "1");
    await api.sendMessage(alice.id, "2");
    const err = await telegramError(api.sendMessage(alice.id, "3"));
    expect(err).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    sim.floodControl(null);
    await expect(api.sendMessage(alice.id, "3")).resolves.toBeDefined();
  });

  it("answers 404 for an unknown method and 401 for a wrong token", async () => {
    const unknown = await fetch(`${sim.apiRoot}/bot${sim.token}/sendTelepathy`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
    const wrong = await fetch(`${sim.apiRoot}/bot123:wrong/getMe`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ ok: false, error_code: 401, description: "Unauthorized" });
  });

  it("reads a standard FormData upload with quoted headers", async () => {
    const form = new FormData();
    form.set("chat_id", String(alice.id));
    form.set("caption", "Export");
    form.set("document", new Blob([Buffer.from("x;y\n")]), "export.csv");
    const res = await fetch(`${sim.apiRoot}/bot${sim.token}/sendDocument`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(sim.lastBotMessage(alice.id)).toMatchObject({ caption: "Export", document: { fileName: "export.csv" } });
    expect(sim.lastBotMessage(alice.id)?.document?.bytes.toString()).toBe("x;y\n");
  });

  it("replying to a message that does not exist fails unless allowed", async () => {
    const err = await telegramError(api.sendMessage(alice.id, "re", { reply_parameters: { message_id: 99 } }));
    expect(err.description).toBe("Bad Request: message to be replied not found");
    const original = await api.sendMessage(alice.id, "original");
    const reply = await api.sendMessage(alice.id, "re", { reply_parameters: { message_id: original.message_id } });
    expect(reply.reply_to_message?.text).toBe("original");
  });

  it("reads urlencoded and query-string params too", async () => {
    const res = await fetch(`${sim.apiRoot}/bot${sim.token}/sendMessage?chat_id=${alice.id}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ text: "form", reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "a", callback_data: "a" }]] }) }),
    });
    expect(res.status).toBe(200);
    expect(sim.lastBotMessage(alice.id)?.replyMarkup?.inline_keyboard[0]?.[0]).toEqual({ text: "a", callback_data: "a" });
  });
});

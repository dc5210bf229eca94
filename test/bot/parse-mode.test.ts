import { describe, expect, it } from "vitest";
import type { Transformer } from "grammy";
import { htmlParseMode } from "../../src/bot/parse-mode.ts";

/** Runs the transformer over one call and returns the payload that would reach Telegram. */
async function through(method: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
  let seen: Record<string, unknown> = {};
  const prev = (async (_m: string, p: Record<string, unknown>) => {
    seen = p;
    return { ok: true, result: true };
  }) as unknown as Parameters<Transformer>[0];
  await htmlParseMode()(prev, method as never, payload as never);
  return seen;
}

describe("HTML parse mode transformer", () => {
  it("sets HTML on texts and captions", async () => {
    expect(await through("sendMessage", { chat_id: 1, text: "<b>hi</b>" })).toEqual({ chat_id: 1, text: "<b>hi</b>", parse_mode: "HTML" });
    expect((await through("editMessageText", { chat_id: 1, message_id: 2, text: "x" })).parse_mode).toBe("HTML");
    expect((await through("sendPhoto", { chat_id: 1, caption: "x" })).parse_mode).toBe("HTML");
  });

  it("keeps a parse mode a call chose itself", async () => {
    expect((await through("sendMessage", { chat_id: 1, text: "*x*", parse_mode: "MarkdownV2" })).parse_mode).toBe("MarkdownV2");
  });

  it("leaves methods without a parse mode untouched", async () => {
    expect(await through("answerCallbackQuery", { callback_query_id: "1" })).toEqual({ callback_query_id: "1" });
    expect(await through("sendChatAction", { chat_id: 1, action: "typing" })).toEqual({ chat_id: 1, action: "typing" });
  });
});

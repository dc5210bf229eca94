import { GrammyError, type Context } from "grammy";
import { describe, expect, it } from "vitest";
import { editOrReply } from "../../src/bot/reply.ts";

const refused = (description: string) => new GrammyError("Call to 'editMessageText' failed!", { ok: false, error_code: 400, description }, "editMessageText", {});

function buttonContext(editError: unknown) {
  const replies: string[] = [];
  const ctx = {
    callbackQuery: { message: { message_id: 1 } },
    editMessageText: async () => {
      throw editError;
    },
    reply: async (text: string) => {
      replies.push(text);
      return { message_id: 2 };
    },
  } as unknown as Context;
  return { ctx, replies };
}

describe("editOrReply", () => {
  it("an edit to the text the message already shows is done, not repeated as a new message", async () => {
    const { ctx, replies } = buttonContext(refused("Bad Request: message is not modified: specified new message content and reply markup are exactly the same"));
    await editOrReply(ctx, "same");
    expect(replies).toEqual([]);
  });

  it("a message that cannot be edited gets the text as a new message", async () => {
    const { ctx, replies } = buttonContext(refused("Bad Request: message can't be edited"));
    await editOrReply(ctx, "new text");
    expect(replies).toEqual(["new text"]);
  });
});

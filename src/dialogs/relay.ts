// A chat's update reached a replica that does not run the chat's open dialog.
// Answers the dialog waits for are handed to the owner through the inbox (a
// secret is deleted from the chat right here, first); everything else goes on
// through the bot as usual. When the owner died, the dialog is reported as
// interrupted once and its answers are swallowed: a password typed into a
// dead dialog must neither stay in the chat nor reach the question answerer.
import type { BotContext } from "../context.ts";
import type { DialogInboxStore, InboxInput, OpenDialog } from "./inbox.ts";

export type Interrupted = (ctx: BotContext) => Promise<void>;

/** The update as an answer to a dialog, or null (commands, media, other buttons). */
export function answerOf(ctx: BotContext, nonce: string): Extract<InboxInput, { kind: "text" | "button" }> | null {
  const text = ctx.message?.text;
  if (text !== undefined && !text.startsWith("/")) return { kind: "text", text, messageId: ctx.message!.message_id, deleted: false };
  const data = ctx.callbackQuery?.data;
  if (data !== undefined && data.startsWith(`ld:${nonce}:`)) return { kind: "button", data };
  return null;
}

async function deleteSecret(ctx: BotContext, messageId: number): Promise<boolean> {
  return ctx.api.deleteMessage(ctx.chat!.id, messageId).then(
    () => true,
    (err: unknown) => {
      // The owner sees deleted=false and tries once more, then asks the person to delete it.
      ctx.logger.warn({ err: String(err) }, "could not delete a secret message on the receiving replica");
      return false;
    },
  );
}

/** True when the update was taken (forwarded, or swallowed for a dead dialog). */
export async function relayToOwner(ctx: BotContext, inbox: DialogInboxStore, dialog: OpenDialog, interrupted: Interrupted): Promise<boolean> {
  const answer = answerOf(ctx, dialog.nonce);
  if (!dialog.alive) {
    if (answer?.kind === "text" && dialog.awaiting === "secret") await deleteSecret(ctx, answer.messageId);
    if (answer?.kind === "button") await ctx.answerCallbackQuery().catch(() => undefined);
    if (await inbox.abandon(dialog.id)) await interrupted(ctx);
    return answer !== null;
  }
  if (!answer) return false;
  if (answer.kind === "text") {
    // Waiting for a button: text is not for the dialog (the owner would pass it on too).
    if (dialog.awaiting === "button") return false;
    if (dialog.awaiting === "secret") answer.deleted = await deleteSecret(ctx, answer.messageId);
  }
  await inbox.post(dialog, answer);
  if (answer.kind === "button") await ctx.answerCallbackQuery().catch(() => undefined);
  ctx.logger.debug({ dialogId: dialog.id, kind: answer.kind }, "answer relayed to the replica running the dialog");
  return true;
}

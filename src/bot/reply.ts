// Every text the bot sends goes out as HTML split below Telegram's limit, so
// nothing it sends can be rejected for length.
import { GrammyError, type Context } from "grammy";
import type { InlineKeyboard } from "grammy";
import { splitHtml } from "../text/html.ts";

export async function replyHtml(ctx: Context, html: string, markup?: InlineKeyboard): Promise<number> {
  const parts = splitHtml(html);
  let lastId = 0;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const sent = await ctx.reply(part, { link_preview_options: { is_disabled: true }, ...(last && markup ? { reply_markup: markup } : {}) });
    lastId = sent.message_id;
  }
  return lastId;
}

/** Edits the message a button belongs to; falls back to a new message when it cannot be edited. */
export async function editOrReply(ctx: Context, html: string, markup?: InlineKeyboard): Promise<void> {
  const [first] = splitHtml(html);
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(first ?? "…", { ...(markup ? { reply_markup: markup } : {}) });
      return;
    } catch (err) {
      if (isNotModified(err)) return;
    }
  }
  await replyHtml(ctx, html, markup);
}

/** Telegram refused the edit because the message already shows this text: nothing to do. */
export function isNotModified(err: unknown): boolean {
  // Telegram gives this case no code of its own, only the description of a 400.
  return err instanceof GrammyError && err.error_code === 400 && err.description.includes("message is not modified");
}

// Every text the bot sends goes out as HTML split below Telegram's limit, so
// nothing it sends can be rejected for length.
import type { Context } from "grammy";
import type { InlineKeyboard } from "grammy";
import { splitHtml } from "../text/html.ts";

export async function replyHtml(ctx: Context, html: string, markup?: InlineKeyboard): Promise<number> {
  const parts = splitHtml(html);
  let lastId = 0;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const sent = await ctx.reply(part, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(last && markup ? { reply_markup: markup } : {}) });
    lastId = sent.message_id;
  }
  return lastId;
}

/** Edits the message a button belongs to; falls back to a new message when it cannot be edited. */
export async function editOrReply(ctx: Context, html: string, markup?: InlineKeyboard): Promise<void> {
  const [first] = splitHtml(html);
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(first ?? "…", { parse_mode: "HTML", ...(markup ? { reply_markup: markup } : {}) });
      return;
    } catch (err) {
      // "message is not modified" means it already shows this text: fine.
      if (err instanceof Error && /not modified/.test(err.message)) return;
    }
  }
  await replyHtml(ctx, html, markup);
}

// Kontor works in private chats only: in a group anything it answered
// (accounts, transactions, TAN prompts) would be read by everyone there. In a
// group, supergroup or channel it says so once per chat and stores nothing:
// the chats it has told are remembered in memory only, never in the database.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { t, toLocale } from "../i18n/index.ts";

const MAX_REMEMBERED = 10_000;

export function privateChatGate(): MiddlewareFn<BotContext> {
  const told = new Set<number>();
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || chat.type === "private") return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    // A channel post has no sender to talk to, and answering there would be public too.
    if (told.has(chat.id) || chat.type === "channel" || !ctx.message) return;
    if (told.size >= MAX_REMEMBERED) told.clear();
    told.add(chat.id);
    await ctx.reply(t(toLocale(ctx.from?.language_code), "access.private_only"));
  };
}

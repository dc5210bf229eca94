// Only the configured Telegram users get through. Everyone else gets one short
// refusal showing their id; nothing from them is processed or stored.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";
import { t, toLocale } from "../i18n/index.ts";

const REFUSAL_INTERVAL_MS = 60_000;

export function accessGate(allowed: readonly bigint[], now: () => Date): MiddlewareFn<BotContext> {
  const allowedSet = new Set(allowed.map(String));
  // In memory only: remembering strangers in the database would store them.
  const lastRefusal = new Map<string, number>();
  return async (ctx, next) => {
    const from = ctx.from;
    if (from && allowedSet.has(String(from.id))) return next();
    if (!from || ctx.chat?.type !== "private") return;
    const id = String(from.id);
    const at = now().getTime();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if ((lastRefusal.get(id) ?? -Infinity) + REFUSAL_INTERVAL_MS > at) return;
    lastRefusal.set(id, at);
    if (lastRefusal.size > 10_000) lastRefusal.clear();
    await ctx.reply(t(toLocale(from.language_code), "access.refused", { id }));
  };
}

import { Composer, type Context } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import type { User } from "../src/users/user-service.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { editOrReply } from "../src/bot/reply.ts";
import { t, toLocale, type Locale } from "../src/i18n/index.ts";
import { formatMoney } from "../src/format/money.ts";
import { askCurrency, askTimezone, languageName, waitAnswer, type Convo } from "./conversations/prompts.ts";

const INTERVALS = [60, 180, 360, 720, 1440];

function settingsView(user: User) {
  const locale = toLocale(user.locale);
  const quiet = user.quietHoursStart === null || user.quietHoursEnd === null ? t(locale, "settings.off") : `${user.quietHoursStart}:00–${user.quietHoursEnd}:00`;
  const html = t(locale, "settings.title", {
    language: languageName(locale),
    timezone: user.timezone,
    currency: user.baseCurrency,
    notifications: t(locale, user.notificationsOn ? "settings.on" : "settings.off"),
    quiet,
    interval: String(user.syncIntervalMinutes / 60),
    monthly: t(locale, user.monthlySummary ? "settings.on" : "settings.off"),
    min: user.notifyMinAmount === null ? t(locale, "settings.min_any") : formatMoney(user.notifyMinAmount.toFixed(), user.baseCurrency, locale),
  });
  const markup = keyboard([
    [
      { text: t(locale, "settings.language"), data: "set:lang" },
      { text: t(locale, "settings.timezone"), data: "set:tz" },
      { text: t(locale, "settings.currency"), data: "set:cur" },
    ],
    [
      { text: t(locale, "settings.notifications"), data: "set:notif" },
      { text: t(locale, "settings.quiet"), data: "set:quiet" },
    ],
    [
      { text: t(locale, "settings.min_amount"), data: "set:min" },
      { text: t(locale, "settings.monthly"), data: "set:monthly" },
    ],
    [{ text: t(locale, "settings.interval"), data: "set:int" }],
  ]);
  return { html, markup };
}

/** Parses "22-7" / "off" / "aus" into quiet hours. */
export function parseQuietHours(text: string): { start: number | null; end: number | null } | null {
  const v = text.trim().toLowerCase();
  if (["off", "aus", "none", "keine"].includes(v)) return { start: null, end: null };
  const m = /^(\d{1,2})(?::00)?\s*[-–]\s*(\d{1,2})(?::00)?$/.exec(v);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start <= 23 && end <= 23 && start !== end ? { start, end } : null;
}

/** The largest threshold accepted; beyond it every notification would be silenced by accident. */
const MAX_MIN_AMOUNT = 1_000_000_000n;

/**
 * Parses "20", "20,50", "20.5" or "off"/"aus"/"0" into a notification
 * threshold as a decimal string with at most two places; null means "notify
 * about everything"; undefined means the text is not an amount.
 */
export function parseMinAmount(text: string): string | null | undefined {
  const v = text.trim().toLowerCase().replace(/\s+/g, "");
  if (["off", "aus", "none", "keine", "alle", "all"].includes(v)) return null;
  const m = /^(?:€|eur)?(\d{1,10})(?:[.,](\d{1,2}))?(?:€|eur)?$/.exec(v);
  if (!m) return undefined;
  const units = BigInt(m[1]!);
  const cents = (m[2] ?? "").padEnd(2, "0");
  if (units > MAX_MIN_AMOUNT) return undefined;
  if (units === 0n && /^0*$/.test(cents)) return null;
  return cents === "00" ? String(units) : `${units}.${cents}`;
}

function settingsConversation(services: Services) {
  return async function settingsAsk(conversation: Convo, ctx: Context, field: string) {
    const user = await conversation.external(() => services.users.findByTelegramId(BigInt(ctx.from!.id)).then((u) => u && { id: u.id, locale: u.locale }));
    if (!user) return;
    const locale: Locale = toLocale(user.locale);
    let update: Parameters<Services["users"]["update"]>[1] = {};
    if (field === "tz") update = { timezone: await askTimezone(conversation, ctx, locale, services.config.DEFAULT_TIMEZONE) };
    else if (field === "cur") update = { baseCurrency: await askCurrency(conversation, ctx, locale) };
    else if (field === "quiet") {
      await ctx.reply(t(locale, "settings.ask_quiet"));
      for (;;) {
        const a = await waitAnswer(conversation, locale, "quiet:", true);
        const q = parseQuietHours(a.value);
        if (q) {
          update = { quietHoursStart: q.start, quietHoursEnd: q.end };
          break;
        }
        await ctx.reply(t(locale, "settings.bad_quiet"));
      }
    } else if (field === "min") {
      await ctx.reply(t(locale, "settings.ask_min"));
      for (;;) {
        const a = await waitAnswer(conversation, locale, "min:", true);
        const min = parseMinAmount(a.value);
        if (min !== undefined) {
          update = { notifyMinAmount: min };
          break;
        }
        await ctx.reply(t(locale, "settings.bad_min"));
      }
    }
    const saved = await conversation.external(async () => {
      const u = await services.users.update(user.id, update);
      return settingsView(u).html;
    });
    await ctx.reply(`${t(locale, "settings.saved")}\n\n${saved}`);
  };
}

export function settingsFeature(services: Services) {
  const composer = new Composer<BotContext>();
  composer.use(createConversation(settingsConversation(services), "settings-ask"));
  const requireUser = composer.filter((ctx): ctx is BotContext & { user: User } => ctx.user !== null);

  requireUser.command("settings", async (ctx) => {
    const { html, markup } = settingsView(ctx.user);
    await ctx.reply(html, { reply_markup: markup });
  });
  requireUser.callbackQuery("set:lang", async (ctx) => {
    await ctx.answerCallbackQuery();
    ctx.user = await services.users.update(ctx.user.id, { locale: ctx.user.locale === "de" ? "en" : "de" });
    const { html, markup } = settingsView(ctx.user);
    await editOrReply(ctx, html, markup);
  });
  requireUser.callbackQuery("set:notif", async (ctx) => {
    await ctx.answerCallbackQuery();
    ctx.user = await services.users.update(ctx.user.id, { notificationsOn: !ctx.user.notificationsOn });
    const { html, markup } = settingsView(ctx.user);
    await editOrReply(ctx, html, markup);
  });
  requireUser.callbackQuery("set:monthly", async (ctx) => {
    await ctx.answerCallbackQuery();
    ctx.user = await services.users.update(ctx.user.id, { monthlySummary: !ctx.user.monthlySummary });
    const { html, markup } = settingsView(ctx.user);
    await editOrReply(ctx, html, markup);
  });
  requireUser.callbackQuery("set:int", async (ctx) => {
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, ctx.t("settings.ask_interval"), keyboard([INTERVALS.map((m) => ({ text: `${m / 60} h`, data: `set:int:${m}` }))]));
  });
  requireUser.callbackQuery(/^set:int:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const minutes = Number(ctx.match[1]);
    if (!INTERVALS.includes(minutes)) return;
    ctx.user = await services.users.update(ctx.user.id, { syncIntervalMinutes: minutes });
    const { html, markup } = settingsView(ctx.user);
    await editOrReply(ctx, html, markup);
  });
  requireUser.callbackQuery(/^set:(tz|cur|quiet|min)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.exitAll();
    await ctx.conversation.enter("settings-ask", ctx.match[1]);
  });
  return composer;
}

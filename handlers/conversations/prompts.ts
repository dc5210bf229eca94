// Small building blocks for replayed conversations. Everything with a side
// effect outside Telegram goes through conversation.external.
import type { Context } from "grammy";
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext } from "../../src/context.ts";
import { keyboard, type Button } from "../../src/bot/keyboard.ts";
import { t, type Locale } from "../../src/i18n/index.ts";
import { isIsoCurrency } from "../../src/format/currency-code.ts";

export type Convo = Conversation<BotContext, Context>;

export type Answer = { kind: "button"; value: string } | { kind: "text"; value: string };

/**
 * Waits for a button with the given prefix (or free text when allowed). A
 * command ends the conversation and is handled as usual.
 */
export async function waitAnswer(conversation: Convo, locale: Locale, prefix: string, allowText: boolean): Promise<Answer> {
  for (;;) {
    const c = await conversation.wait();
    const data = c.callbackQuery?.data;
    if (data?.startsWith(prefix)) {
      await c.answerCallbackQuery();
      return { kind: "button", value: data.slice(prefix.length) };
    }
    const text = c.message?.text?.trim();
    if (text?.startsWith("/")) await conversation.halt({ next: true });
    if (text && allowText) return { kind: "text", value: text };
    if (c.callbackQuery) await c.answerCallbackQuery();
    await c.reply(t(locale, "start.use_buttons"));
  }
}

export async function ask(ctx: Context, html: string, rows: Button[][]): Promise<void> {
  await ctx.reply(html, { reply_markup: keyboard(rows) });
}

export const TIMEZONES = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London", "America/New_York", "America/Los_Angeles"];
export const CURRENCIES = ["EUR", "GBP", "USD", "CHF"];

export function validTimezone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    // RangeError: unknown zone.
    return null;
  }
}

export function validCurrency(code: string): string | null {
  const up = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(up) && isIsoCurrency(up) ? up : null;
}

export async function askTimezone(conversation: Convo, ctx: Context, locale: Locale, extra: string): Promise<string> {
  const zones = [...new Set([extra, ...TIMEZONES])];
  await ask(ctx, t(locale, "start.ask_timezone"), chunk(zones.map((z) => ({ text: z, data: `tz:${z}` })), 2));
  for (;;) {
    const a = await waitAnswer(conversation, locale, "tz:", true);
    const tz = validTimezone(a.value);
    if (tz) return tz;
    await ctx.reply(t(locale, "start.bad_timezone", { value: a.value.slice(0, 60) }));
  }
}

export async function askCurrency(conversation: Convo, ctx: Context, locale: Locale): Promise<string> {
  await ask(ctx, t(locale, "start.ask_currency"), [CURRENCIES.map((c) => ({ text: c, data: `cur:${c}` }))]);
  for (;;) {
    const a = await waitAnswer(conversation, locale, "cur:", true);
    const cur = validCurrency(a.value);
    if (cur) return cur;
    await ctx.reply(t(locale, "start.bad_currency", { value: a.value.slice(0, 20) }));
  }
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function languageName(locale: Locale): string {
  return locale === "de" ? "Deutsch" : "English";
}

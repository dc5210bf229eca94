import type { Context } from "grammy";
import type { Services } from "../../src/services.ts";
import { t, type Locale } from "../../src/i18n/index.ts";
import { ask, askCurrency, askTimezone, languageName, waitAnswer, type Convo } from "./prompts.ts";

/** /start for a new person: language, time zone, base currency. Survives restarts (stored replay log). */
export function onboardingConversation(services: Services) {
  return async function onboarding(conversation: Convo, ctx: Context) {
    const telegramId = ctx.from!.id;
    let locale: Locale = ctx.from?.language_code?.startsWith("de") ? "de" : services.config.DEFAULT_LOCALE;
    await ask(ctx, t(locale, "start.welcome"), [
      [
        { text: "English", data: "lang:en" },
        { text: "Deutsch", data: "lang:de" },
      ],
    ]);
    const lang = await waitAnswer(conversation, locale, "lang:", false);
    locale = lang.value === "de" ? "de" : "en";
    const timezone = await askTimezone(conversation, ctx, locale, services.config.DEFAULT_TIMEZONE);
    const currency = await askCurrency(conversation, ctx, locale);
    await conversation.external(async () => {
      const user = await services.users.findByTelegramId(BigInt(telegramId));
      if (!user) return;
      await services.users.update(user.id, { locale, timezone, baseCurrency: currency });
      await services.users.markOnboarded(user.id);
    });
    await ctx.reply(t(locale, "start.done", { language: languageName(locale), timezone, currency }));
  };
}

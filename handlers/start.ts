import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import { onboardingConversation } from "./conversations/onboarding.ts";
import { languageName } from "./conversations/prompts.ts";
import { toLocale } from "../src/i18n/index.ts";

export function startFeature(services: Services) {
  const composer = new Composer<BotContext>();
  composer.use(createConversation(onboardingConversation(services), "onboarding"));
  composer.command("start", async (ctx) => {
    const existing = ctx.user;
    if (existing?.onboardedAt) {
      await ctx.reply(
        ctx.t("start.again", { language: languageName(toLocale(existing.locale)), timezone: existing.timezone, currency: existing.baseCurrency }),
      );
      return;
    }
    ctx.user = await services.users.ensure(BigInt(ctx.from!.id), BigInt(ctx.chat.id), ctx.from?.language_code);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter("onboarding");
  });
  return composer;
}

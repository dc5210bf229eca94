import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";

/** Installed last: nothing the person sends goes unanswered. */
export function unhandledFeature() {
  const feature = new Composer<BotContext>();
  feature.on("message:text", async (ctx) => {
    const text = ctx.message.text;
    if (text.startsWith("/")) {
      const command = text.split(/\s/)[0]!.slice(0, 40);
      return void (await ctx.reply(ctx.t("unknown.command", { command })));
    }
    await ctx.reply(ctx.t(ctx.user?.onboardedAt ? "unknown.text" : "unknown.not_started"));
  });

  feature.on("callback_query", async (ctx) => {
    // A button from an old message whose feature no longer applies.
    await ctx.answerCallbackQuery();
  });

  feature.on("message", async (ctx) => {
    await ctx.reply(ctx.t(ctx.user?.onboardedAt ? "unknown.text" : "unknown.not_started"));
  });
  return feature;
}

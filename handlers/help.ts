import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import { replyHtml } from "../src/bot/reply.ts";

export function helpFeature() {
  const feature = new Composer<BotContext>();
  feature.command("help", (ctx) => replyHtml(ctx, ctx.t("help.text")));
  return feature;
}

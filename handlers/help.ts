import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import { replyHtml } from "../src/bot/reply.ts";

export const helpFeature = new Composer<BotContext>();
helpFeature.command("help", (ctx) => replyHtml(ctx, ctx.t("help.text")));

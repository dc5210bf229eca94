// /networth and portfolio questions in plain text ("what is my net worth",
// "portfolio by account"). Installed before the question feature: text that is
// not about holdings or net worth goes on to it untouched.
import { Composer, type Middleware } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import type { User } from "../src/users/user-service.ts";
import { createNetWorthService, createPortfolioAnswers } from "../src/networth/index.ts";
import { sendAnswer } from "./ask/send.ts";

type Known = BotContext & { user: User; chat: NonNullable<BotContext["chat"]> };

export function networthFeature(services: Services): Middleware<BotContext> {
  const answers = createPortfolioAnswers(createNetWorthService({ db: services.db, fx: services.fx, now: services.now }), services.now);
  const composer = new Composer<BotContext>();
  const known = composer.filter((ctx): ctx is Known => ctx.user?.onboardedAt != null && ctx.chat !== undefined);

  known.command("networth", async (ctx) => {
    const [, replies] = await Promise.all([ctx.replyWithChatAction("typing"), answers.command(ctx.user)]);
    for (const a of replies) await sendAnswer(ctx, a);
  });

  const tryAnswer = async (ctx: Known, text: string, next: () => Promise<void>) => {
    const answer = await answers.ask(ctx.user, text);
    if (!answer) return next();
    await sendAnswer(ctx, answer);
  };
  known.command("ask", (ctx, next) => tryAnswer(ctx, ctx.match.trim(), next));
  known.on("message:text", (ctx, next) => (ctx.message.text.startsWith("/") ? next() : tryAnswer(ctx, ctx.message.text, next)));
  return composer;
}

// Questions and answers in the chat: /ask, any plain text nothing else took
// (this feature is installed last), the report commands and the buttons under
// answers. Everything beyond reading the update and replying is in src/qa/.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import type { User } from "../src/users/user-service.ts";
import { createQaService, type Answer } from "../src/qa/index.ts";
import { sendAnswer } from "./ask/send.ts";

type Known = BotContext & { user: User; chat: NonNullable<BotContext["chat"]> };

export function askFeature(services: Services): Composer<BotContext> {
  const qa = createQaService({ db: services.db, analytics: services.analytics, llm: services.llm, now: services.now, logger: services.logger.child({ component: "ask" }) });
  const composer = new Composer<BotContext>();
  // Before onboarding there is no time zone or currency to answer in; "unhandled" explains /start.
  const known = composer.filter((ctx): ctx is Known => ctx.user?.onboardedAt != null && ctx.chat !== undefined);

  const answer = async (ctx: Known, work: () => Promise<Answer>) => {
    // The chat action goes out while the answer is computed, not before it.
    const [, result] = await Promise.all([ctx.replyWithChatAction("typing"), work()]);
    await sendAnswer(ctx, result);
  };

  known.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (!question) return answer(ctx, () => Promise.resolve({ html: ctx.t("ask.unknown"), chart: null, caption: "", buttons: [] }));
    await answer(ctx, () => qa.ask(ctx.user, ctx.chat.id, question));
  });
  for (const name of ["spend", "top", "compare", "categories"] as const) {
    known.command(name, (ctx) => answer(ctx, () => qa.command(ctx.user, ctx.chat.id, name, ctx.match)));
  }
  known.command("subscriptions", (ctx) => answer(ctx, () => qa.subscriptions(ctx.user)));

  known.callbackQuery(/^ask:/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await answer(ctx, () => qa.button(ctx.user, ctx.chat.id, ctx.callbackQuery.data));
  });

  known.on("message:text", async (ctx, next) => {
    const text = ctx.message.text;
    // Unknown commands belong to "unhandled", which says so.
    if (text.startsWith("/")) return next();
    await answer(ctx, () => qa.ask(ctx.user, ctx.chat.id, text));
  });
  return composer;
}

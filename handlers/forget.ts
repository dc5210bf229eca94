import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { editOrReply } from "../src/bot/reply.ts";

/** /forget: an explicit confirmation, then every row of the user is deleted. */
export const forgetFeature = new Composer<BotContext>();

forgetFeature.command("forget", async (ctx) => {
  const user = ctx.user;
  if (!user) return void (await ctx.reply(ctx.t("forget.nothing"), { parse_mode: "HTML" }));
  await ctx.reply(ctx.t("forget.confirm", await ctx.services.users.inventory(user.id)), {
    parse_mode: "HTML",
    reply_markup: keyboard([[{ text: ctx.t("forget.yes"), data: "forget:yes" }], [{ text: ctx.t("forget.no"), data: "forget:no" }]]),
  });
});

forgetFeature.callbackQuery("forget:no", async (ctx) => {
  await ctx.answerCallbackQuery();
  await editOrReply(ctx, ctx.t("forget.kept"));
});

forgetFeature.callbackQuery("forget:yes", async (ctx) => {
  await ctx.answerCallbackQuery();
  const user = ctx.user;
  if (!user) return editOrReply(ctx, ctx.t("forget.nothing"));
  await ctx.conversation.exitAll();
  const chatKey = String(ctx.chat!.id);
  // Revoke provider tokens first (best effort, inside the sync service), then delete.
  await ctx.services.beforeForget?.(user.id);
  const report = await ctx.services.users.forget(user.id, [`s:${chatKey}`, `c:${chatKey}`]);
  ctx.services.afterForget?.(user.id);
  // The session middleware would write the session back after this handler.
  ctx.session = undefined as never;
  ctx.user = null;
  await editOrReply(ctx, ctx.t("forget.done", { ...report }));
});

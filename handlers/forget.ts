import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { editOrReply } from "../src/bot/reply.ts";

/** /forget: an explicit confirmation, then every row of the user is deleted. */
export function forgetFeature(services: Services) {
  const feature = new Composer<BotContext>();
  feature.command("forget", async (ctx) => {
    const user = ctx.user;
    if (!user) return void (await ctx.reply(ctx.t("forget.nothing")));
    await ctx.reply(ctx.t("forget.confirm", await services.users.inventory(user.id)), {
      reply_markup: keyboard([[{ text: ctx.t("forget.yes"), data: "forget:yes" }], [{ text: ctx.t("forget.no"), data: "forget:no" }]]),
    });
  });

  feature.callbackQuery("forget:no", async (ctx) => {
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, ctx.t("forget.kept"));
  });

  feature.callbackQuery("forget:yes", async (ctx) => {
    await ctx.answerCallbackQuery();
    const user = ctx.user;
    if (!user) return editOrReply(ctx, ctx.t("forget.nothing"));
    await ctx.conversation.exitAll();
    const chatKey = String(ctx.chat!.id);
    // Revoke provider tokens first (best effort, inside the sync service), then delete.
    await services.linking.revokeAll(user.id, services.registry);
    const report = await services.users.forget(user.id, [`s:${chatKey}`, `c:${chatKey}`]);
    // The analytics store's copy goes too (a file under DATA_DIR/analytics).
    await services.analytics.forget(user.id).catch((err: unknown) => services.logger.error({ err }, "analytics store: could not delete a forgotten user's copy"));
    // The session middleware would write the session back after this handler.
    ctx.session = undefined as never;
    ctx.user = null;
    await editOrReply(ctx, ctx.t("forget.done", { ...report }));
  });
  return feature;
}

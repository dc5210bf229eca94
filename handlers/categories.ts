// Category corrections, "always for this merchant" rules and muting, reached
// from notification buttons and from /transactions.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import type { User } from "../src/users/user-service.ts";
import { createCorrectionService } from "../src/categories/correction-service.ts";
import { createMuteService, type MuteResult } from "../src/categories/mute-service.ts";
import { categoryName } from "../src/categories/taxonomy.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { editOrReply, replyHtml } from "../src/bot/reply.ts";
import { catData, catPattern } from "./categories/callbacks.ts";
import { categoryKeyboard, chooseText, ruleQuestion, txParams } from "./categories/views.ts";
import "./categories/messages.ts";

type Known = BotContext & { user: User };

function muteProblem(ctx: BotContext, r: Exclude<MuteResult, object>): string {
  return ctx.t(r === "not_found" ? "cat.not_found" : "mute.no_merchant");
}

export function categoriesFeature(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const corrections = createCorrectionService(services.db);
  const mutes = createMuteService(services.db);
  const known = composer.filter((ctx): ctx is Known => ctx.user !== null);

  // A new message, so the notification the button sits on stays readable.
  known.callbackQuery(catPattern.change, async (ctx) => {
    await ctx.answerCallbackQuery();
    const tx = await corrections.find(ctx.user.id, ctx.match[1]!);
    if (!tx) return void (await replyHtml(ctx, ctx.t("cat.not_found")));
    await replyHtml(ctx, chooseText(ctx, tx), categoryKeyboard(ctx, tx.id));
  });

  known.callbackQuery(catPattern.choose, async (ctx) => {
    await ctx.answerCallbackQuery();
    const tx = await corrections.setCategory(ctx.user.id, ctx.match[1]!, ctx.match[2]!);
    if (!tx) return editOrReply(ctx, ctx.t("cat.not_found"));
    const category = categoryName(tx.categoryKey!, ctx.locale);
    const done = ctx.t("cat.set", { ...txParams(ctx, tx), category });
    if (!tx.merchant) return editOrReply(ctx, done);
    await editOrReply(ctx, `${done}\n\n${ctx.t("cat.ask_rule", { category, merchant: tx.merchant })}`, ruleQuestion(ctx, tx.id));
  });

  known.callbackQuery(catPattern.always, async (ctx) => {
    await ctx.answerCallbackQuery();
    const txId = ctx.match[1]!;
    if (!(await corrections.find(ctx.user.id, txId))) return editOrReply(ctx, ctx.t("cat.not_found"));
    const rule = await corrections.alwaysForMerchant(ctx.user.id, txId);
    if (!rule) return editOrReply(ctx, ctx.t("cat.rule_failed"));
    ctx.logger.info({ recategorized: rule.recategorized }, "category rule added");
    await editOrReply(ctx, ctx.t("cat.rule_saved", { merchant: rule.merchant, category: categoryName(rule.categoryKey, ctx.locale), count: rule.recategorized }));
  });

  known.callbackQuery(catData.justThis, async (ctx) => {
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, ctx.t("cat.rule_skipped"));
  });
  known.callbackQuery(catData.cancel, async (ctx) => {
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, ctx.t("cat.cancelled"));
  });

  // Muting answers below the notification; undo edits that answer in place.
  known.callbackQuery(catPattern.mute, async (ctx) => {
    await ctx.answerCallbackQuery();
    const txId = ctx.match[1]!;
    const r = await mutes.mute(ctx.user.id, txId);
    if (typeof r === "string") return void (await replyHtml(ctx, muteProblem(ctx, r)));
    await replyHtml(ctx, ctx.t("mute.done", { merchant: r.name }), keyboard([[{ text: ctx.t("mute.undo"), data: catData.unmute(txId) }]]));
  });
  known.callbackQuery(catPattern.unmute, async (ctx) => {
    await ctx.answerCallbackQuery();
    const r = await mutes.unmute(ctx.user.id, ctx.match[1]!);
    await editOrReply(ctx, typeof r === "string" ? muteProblem(ctx, r) : ctx.t("mute.undone", { merchant: r.name }));
  });

  return composer;
}

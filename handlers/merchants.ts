// /merchants: the person's merchants by spend, each with Rename, Merge with…
// and Category; plus "A and B are the same" typed as a sentence. Buttons are
// parsed with zod (merchants-callbacks.ts) and every id is looked up within
// the asking user, so a forged or stale button finds nothing.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { Services } from "../src/services.ts";
import type { User } from "../src/users/user-service.ts";
import { cleanName, createMerchantService, NAME_MAX, type MerchantService, type RenameResult } from "../src/merchants/merchant-service.ts";
import { parseSamePhrase } from "../src/merchants/same-phrase.ts";
import { parseMutePhrase, parseRenamePhrase } from "../src/merchants/command-phrase.ts";
import { createMuteService } from "../src/categories/mute-service.ts";
import { catData } from "./categories/callbacks.ts";
import "./categories/messages.ts";
import { categoryName } from "../src/categories/taxonomy.ts";
import { editOrReply, replyHtml } from "../src/bot/reply.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { merchantData, parseMerchantData, PREFIX, type MerchantAction } from "./merchants-callbacks.ts";
import { categoryView, confirmMergeView, detailView, listView, targetView, whichStaysView } from "./merchants-views.ts";
import "./merchants-messages.ts";

type Known = BotContext & { user: User };

/** How long a "send me the new name" prompt waits for the answer. */
export const RENAME_TTL_MS = 10 * 60_000;

export function merchantsFeature(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const merchants = createMerchantService(services.db);
  const mutes = createMuteService(services.db);
  const known = composer.filter((ctx): ctx is Known => ctx.user !== null);

  known.command("merchants", async (ctx) => {
    delete ctx.session.merchantRename;
    const page = await merchants.list(ctx.user.id, 0);
    if (!page.total) return void (await replyHtml(ctx, ctx.t("mch.empty")));
    const v = listView(ctx, page);
    await replyHtml(ctx, v.text, v.markup);
  });

  known.callbackQuery(new RegExp(`^${PREFIX}:`), async (ctx) => {
    await ctx.answerCallbackQuery();
    const action = parseMerchantData(ctx.callbackQuery.data);
    if (!action) return editOrReply(ctx, ctx.t("mch.not_found"));
    await act(ctx, merchants, action, services.now);
  });

  // The answer to "send me the new name"; anything else passes on.
  known.on("message:text", async (ctx, next) => {
    const pending = ctx.session.merchantRename;
    if (!pending) return next();
    // A command or a question is not a name: the prompt is dropped and the text handled as usual.
    if (pending.until < services.now().getTime() || ctx.message.text.startsWith("/") || ctx.message.text.includes("?")) {
      delete ctx.session.merchantRename;
      return next();
    }
    const r = await merchants.rename(ctx.user.id, pending.id, ctx.message.text);
    if (!r.ok && r.reason === "invalid_name") return void (await replyHtml(ctx, ctx.t("mch.bad_name", { max: NAME_MAX })));
    delete ctx.session.merchantRename;
    await renamedReply(ctx, merchants, pending.id, r, (text, markup) => replyHtml(ctx, text, markup));
  });

  known.on("message:text", async (ctx, next) => {
    const said = parseSamePhrase(ctx.message.text);
    if (!said) return next();
    const [a, b] = await Promise.all([merchants.findByName(ctx.user.id, said.a), merchants.findByName(ctx.user.id, said.b)]);
    for (const [name, found] of [[said.a, a], [said.b, b]] as const) {
      if (!found.length) return void (await replyHtml(ctx, ctx.t("mch.same_unknown", { name })));
      if (found.length > 1) return void (await replyHtml(ctx, ctx.t("mch.same_ambiguous", { name, names: found.map((m) => m.name).join(", ") })));
    }
    const [ma, mb] = [a[0]!, b[0]!];
    if (ma.id === mb.id) return void (await replyHtml(ctx, ctx.t("mch.same_self", { a: said.a, b: said.b, name: ma.name })));
    const v = said.keep === "either" ? whichStaysView(ctx, ma, mb) : said.keep === "b" ? confirmMergeView(ctx, ma, mb) : confirmMergeView(ctx, mb, ma);
    await replyHtml(ctx, v.text, v.markup);
  });

  /** The one merchant a typed name means, or null after saying why there is none. */
  async function oneMerchant(ctx: Known, name: string) {
    const found = await merchants.findByName(ctx.user.id, name);
    if (found.length === 1) return found[0]!;
    if (!found.length) await replyHtml(ctx, ctx.t("mch.same_unknown", { name }));
    else await replyHtml(ctx, ctx.t("mch.same_ambiguous", { name, names: found.map((m) => m.name).join(", ") }));
    return null;
  }

  // "rename X to Y", "benenne X in Y um": the Rename button's path, the new name typed along. A
  // sentence can be misread where a button cannot, so the rename waits for a Yes.
  known.on("message:text", async (ctx, next) => {
    const said = parseRenamePhrase(ctx.message.text);
    if (!said) return next();
    const m = await oneMerchant(ctx, said.from);
    if (!m) return;
    const to = cleanName(said.to);
    if (!to) return void (await replyHtml(ctx, ctx.t("mch.bad_name", { max: NAME_MAX })));
    ctx.session.merchantRenameTo = { id: m.id, to, until: services.now().getTime() + RENAME_TTL_MS };
    await replyHtml(
      ctx,
      ctx.t("mch.confirm_rename", { from: m.name, to }),
      keyboard([[{ text: ctx.t("mch.rename_yes"), data: merchantData.renameTyped(m.id) }, { text: ctx.t("mch.cancel"), data: merchantData.cancel }]]),
    );
  });

  // "mute Stadtwerke": the notification's Mute button, by name.
  known.on("message:text", async (ctx, next) => {
    const name = parseMutePhrase(ctx.message.text);
    if (!name) return next();
    const m = await oneMerchant(ctx, name);
    if (!m) return;
    const r = await mutes.muteMerchant(ctx.user.id, m.id);
    if (typeof r === "string") return void (await replyHtml(ctx, ctx.t(r === "not_found" ? "mch.not_found" : "mute.no_merchant")));
    await replyHtml(ctx, ctx.t("mute.done", { merchant: m.name }), keyboard([[{ text: ctx.t("mute.undo"), data: catData.unmute(r.txId) }]]));
  });

  return composer;
}

/** The answer to a rename, typed or by button: done, or the merge it would take, or gone. */
async function renamedReply(ctx: Known, merchants: MerchantService, id: string, r: RenameResult, send: (text: string, markup?: ReturnType<typeof keyboard>) => Promise<unknown>): Promise<void> {
  if (r.ok) return void (await send(ctx.t("mch.renamed", { from: r.from, to: r.to, count: r.count })));
  if (r.reason === "invalid_name") return void (await send(ctx.t("mch.bad_name", { max: NAME_MAX })));
  if (r.reason === "name_taken" && r.other) {
    const from = await merchants.find(ctx.user.id, id);
    if (from) return void (await send(ctx.t("mch.name_taken", { name: r.other.name, from: from.name }), confirmMergeView(ctx, from, r.other).markup));
  }
  await send(ctx.t("mch.not_found"));
}

async function act(ctx: Known, merchants: MerchantService, a: MerchantAction, now: () => Date): Promise<void> {
  const userId = ctx.user.id;
  const notFound = () => editOrReply(ctx, ctx.t("mch.not_found"));
  switch (a.kind) {
    case "list": {
      const page = await merchants.list(userId, a.page);
      if (!page.total) return editOrReply(ctx, ctx.t("mch.empty"));
      const v = listView(ctx, page);
      return editOrReply(ctx, v.text, v.markup);
    }
    case "view": {
      const m = await merchants.find(userId, a.id);
      if (!m) return notFound();
      const v = detailView(ctx, m);
      return editOrReply(ctx, v.text, v.markup);
    }
    case "rename": {
      const m = await merchants.find(userId, a.id);
      if (!m) return notFound();
      ctx.session.merchantRename = { id: m.id, until: now().getTime() + RENAME_TTL_MS };
      return editOrReply(ctx, ctx.t("mch.ask_name", { name: m.name, max: NAME_MAX }), keyboard([[{ text: ctx.t("mch.cancel"), data: merchantData.cancel }]]));
    }
    case "mergePick": {
      const m = await merchants.find(userId, a.id);
      if (!m) return notFound();
      const page = await merchants.list(userId, a.page);
      if (page.total < 2) return editOrReply(ctx, ctx.t("mch.no_targets", { name: m.name }), keyboard([[{ text: ctx.t("mch.back"), data: merchantData.view(m.id) }]]));
      const v = targetView(ctx, m, page);
      return editOrReply(ctx, v.text, v.markup);
    }
    case "mergeAsk": {
      const [from, into] = await Promise.all([merchants.find(userId, a.from), merchants.find(userId, a.into)]);
      if (!from || !into || from.id === into.id) return notFound();
      const v = confirmMergeView(ctx, from, into);
      return editOrReply(ctx, v.text, v.markup);
    }
    case "merge": {
      const r = await merchants.merge(userId, a.from, a.into);
      if (!r.ok) return notFound();
      ctx.logger.info({ moved: r.moved }, "merchants merged");
      return editOrReply(ctx, ctx.t("mch.merged", { from: r.from, into: r.into, moved: r.moved }));
    }
    case "categoryPick": {
      const m = await merchants.find(userId, a.id);
      if (!m) return notFound();
      const v = categoryView(ctx, m);
      return editOrReply(ctx, v.text, v.markup);
    }
    case "category": {
      const r = await merchants.setCategory(userId, a.id, a.key);
      if (!r.ok) return notFound();
      return editOrReply(ctx, ctx.t("mch.category_set", { name: r.name, category: categoryName(r.categoryKey, ctx.locale), count: r.recategorized }));
    }
    case "renameTyped": {
      const pending = ctx.session.merchantRenameTo;
      delete ctx.session.merchantRenameTo;
      // An older confirmation's button (another merchant, or expired) renames nothing.
      if (!pending || pending.until < now().getTime() || pending.id !== a.id) return notFound();
      const r = await merchants.rename(userId, pending.id, pending.to);
      return renamedReply(ctx, merchants, pending.id, r, (text, markup) => editOrReply(ctx, text, markup));
    }
    case "cancel":
      delete ctx.session.merchantRename;
      delete ctx.session.merchantRenameTo;
      return editOrReply(ctx, ctx.t("mch.cancelled"));
  }
}

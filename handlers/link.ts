// /link and the "Re-link"/"Renew" buttons. The flow itself runs in the
// background as a live dialog: awaiting it here would hold this chat's update
// queue, and the answers the flow waits for could never arrive.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { User } from "../src/users/user-service.ts";
import type { LiveDialogs } from "../src/bot/live-dialogs.ts";
import type { LinkOutcome } from "../src/linking/link-service.ts";
import type { Services } from "../src/services.ts";
import { registerMessages, renderPlain, t, type Locale } from "../src/i18n/index.ts";
import { keyboard } from "../src/bot/keyboard.ts";
import { linkMessages } from "./link-messages.ts";

registerMessages(linkMessages);

export function outcomeText(locale: Locale, o: LinkOutcome): string {
  switch (o.status) {
    case "linked": {
      const s = o.sync;
      if (s.status === "needs_reauth" || s.status === "failed") return t(locale, "link.done_sync_failed", { label: o.label, error: renderPlain(locale, s.error) });
      // How many transactions came in is the first-sync notification's job.
      return t(locale, "link.done", { label: o.label, accounts: o.accounts });
    }
    case "relinked":
      return t(locale, "link.relinked", { label: o.label });
    case "cancelled":
      return t(locale, o.reason === "timeout" ? "common.timeout" : "link.cancelled");
    case "failed":
      return t(locale, "link.failed", { error: renderPlain(locale, o.error) });
  }
}

export function linkFeature(services: Services) {
  const { registry, linking, liveDialogs, settings, connections: view } = services;
  const composer = new Composer<BotContext>();
  const known = composer.filter((ctx): ctx is BotContext & { user: User } => ctx.user !== null);
  const checkedChats = new Set<number>();

  // Once per chat after a start: tell about a link flow a restart cut off.
  known.use(async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId !== undefined && !checkedChats.has(chatId) && !(await liveDialogs.isActive(chatId))) {
      checkedChats.add(chatId);
      for (const provider of await linking.takeInterrupted(ctx.user.id)) await ctx.reply(ctx.t("link.interrupted", { provider }));
    }
    await next();
  });

  const startFlow = async (ctx: BotContext & { user: User }, run: (dialog: Parameters<Parameters<LiveDialogs["run"]>[2]>[0]) => Promise<LinkOutcome>) => {
    const chatId = ctx.chat!.id;
    if (await liveDialogs.isActive(chatId)) return void (await ctx.reply(ctx.t("link.busy")));
    const locale = ctx.locale;
    const api = ctx.api;
    const log = ctx.logger;
    void liveDialogs
      .run(chatId, locale, run)
      .then((o) => api.sendMessage(chatId, outcomeText(locale, o)))
      .catch((err: unknown) => {
        log.error({ err: err instanceof Error ? err.message : String(err) }, "link flow crashed");
        return api.sendMessage(chatId, t(locale, "common.error"));
      })
      .catch((err: unknown) => log.warn({ err: String(err) }, "could not report the link outcome"));
  };

  known.command("link", async (ctx) => {
    const available = registry.list(settings);
    const rows = available.map((c) => [{ text: c.displayName, data: `link:${c.id}` }]);
    await ctx.reply(ctx.t("link.choose"), { reply_markup: keyboard(rows) });
  });

  known.callbackQuery(/^link:([a-z0-9-]{1,40})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
    const connector = registry.list(settings).find((c) => c.id === ctx.match[1]);
    if (!connector) return void (await ctx.reply(ctx.t("link.unavailable")));
    if (connector.kind === "file") return void (await ctx.reply(ctx.t("link.file_hint")));
    const userId = ctx.user.id;
    await startFlow(ctx, (dialog) => linking.link(userId, connector, dialog, (m) => dialog.progress(m)));
  });

  known.callbackQuery(/^(relink|renew):([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const connectionId = ctx.match[2]!;
    const conn = await view.owned(ctx.user.id, connectionId);
    const connector = conn && registry.get(conn.provider);
    if (!connector) return void (await ctx.reply(ctx.t("link.not_found")));
    const userId = ctx.user.id;
    await startFlow(ctx, (dialog) => linking.relink(userId, connectionId, connector, dialog));
  });
  return composer;
}

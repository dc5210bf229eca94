// /connections (status, re-link, remove) and /sync (now, with one progress
// message edited in place).
import { Composer, type Api } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../src/context.ts";
import type { User } from "../src/users/user-service.ts";
import type { ConnectionView } from "../src/linking/connections-view.ts";
import type { Services } from "../src/services.ts";
import type { SyncEngine, SyncOutcome } from "../src/sync/engine.ts";
import { registerMessages, renderPlain, t, type Locale } from "../src/i18n/index.ts";
import { keyboard, type Button } from "../src/bot/keyboard.ts";
import { editOrReply, replyHtml } from "../src/bot/reply.ts";
import { formatDateTime } from "../src/format/date-time.ts";
import { connectionsMessages } from "./connections-messages.ts";

registerMessages(connectionsMessages);

const PROGRESS_EDIT_MS = 1000;

function connectionLines(c: ConnectionView, locale: Locale, tz: string): string {
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, tz) : t(locale, "conn.never"));
  const lines = [t(locale, "conn.line", { label: c.label, status: t(locale, `conn.status.${c.status}`), accounts: c.accounts, last: when(c.lastSyncAt), next: when(c.status === "ACTIVE" ? c.nextSyncAt : null) })];
  if (c.lastError && c.status !== "ACTIVE") lines.push(t(locale, "conn.error", { error: c.lastError }));
  return lines.join("\n");
}

function outcomeLine(locale: Locale, label: string, o: SyncOutcome, now: Date): string {
  switch (o.status) {
    case "ok":
      return t(locale, "syncnow.result_ok", { label, added: o.added, updated: o.updated, removed: o.removed });
    case "recent": {
      const seconds = Math.max(0, Math.round((now.getTime() - o.finishedAt.getTime()) / 1000));
      return t(locale, "syncnow.result_recent", { label, seconds, added: o.added, updated: o.updated, removed: o.removed });
    }
    case "already_running":
      return o.progress
        ? t(locale, "syncnow.result_running_progress", { label, done: o.progress.accountsDone, total: o.progress.accountsTotal })
        : t(locale, "syncnow.result_running", { label });
    case "skipped":
      return t(locale, "syncnow.result_skipped", { label });
    default:
      return t(locale, "syncnow.result_failed", { label, error: renderPlain(locale, o.error) });
  }
}

/** Syncs in the background and keeps one message up to date. */
async function runSyncWithProgress(api: Api, chatId: number, locale: Locale, engine: SyncEngine, targets: ConnectionView[], log: Logger, now: () => Date) {
  const started = now().getTime();
  const messageId = (await api.sendMessage(chatId, t(locale, "syncnow.start", { count: targets.length }))).message_id;
  const done: string[] = [];
  let lastEdit = 0;
  let lastText = "";
  const edit = async (text: string, force = false) => {
    if (text === lastText || (!force && now().getTime() - lastEdit < PROGRESS_EDIT_MS)) return;
    lastEdit = now().getTime();
    lastText = text;
    await api.editMessageText(chatId, messageId, text).catch((err: unknown) => log.debug({ err: String(err) }, "progress edit skipped"));
  };
  for (const c of targets) {
    const outcome = await engine.syncConnection(c.id, {
      trigger: "manual",
      progressMessageId: messageId,
      onProgress: (p) => void edit([...done, t(locale, "syncnow.progress", { label: c.label, done: p.accountsDone, total: p.accountsTotal, added: p.added })].join("\n")),
    });
    done.push(outcomeLine(locale, c.label, outcome, now()));
    await edit(done.join("\n"));
  }
  const seconds = ((now().getTime() - started) / 1000).toFixed(1);
  await edit([...done, "", t(locale, "syncnow.summary", { seconds })].join("\n"), true);
}

export function connectionsFeature(services: Services) {
  const { connections: view, sync: engine } = services;
  const composer = new Composer<BotContext>();
  const known = composer.filter((ctx): ctx is BotContext & { user: User } => ctx.user !== null);

  known.command("connections", async (ctx) => {
    const list = await view.list(ctx.user.id);
    if (!list.length) return void (await ctx.reply(ctx.t("conn.none")));
    const html = [ctx.t("conn.title"), "", ...list.map((c) => connectionLines(c, ctx.locale, ctx.user.timezone))].join("\n\n");
    const rows: Button[][] = list.flatMap((c) => {
      const label = c.label.slice(0, 30);
      const row: Button[] = [{ text: ctx.t("conn.sync", { label }), data: `cs:${c.id}` }];
      if (c.syncs) row.push({ text: ctx.t("conn.relink", { label }), data: `relink:${c.id}` });
      return [row, [{ text: ctx.t("conn.remove", { label }), data: `cx:${c.id}` }]];
    });
    await replyHtml(ctx, html, keyboard(rows));
  });

  known.callbackQuery(/^cx:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const c = await view.owned(ctx.user.id, ctx.match[1]!);
    if (!c) return editOrReply(ctx, ctx.t("link.not_found"));
    await editOrReply(ctx, ctx.t("conn.remove_confirm", { label: c.label, accounts: c.accounts }), keyboard([[{ text: ctx.t("conn.remove_yes"), data: `cxy:${c.id}` }, { text: ctx.t("common.no"), data: "cxn" }]]));
  });
  known.callbackQuery("cxn", async (ctx) => {
    await ctx.answerCallbackQuery();
    await editOrReply(ctx, ctx.t("conn.kept"));
  });
  known.callbackQuery(/^cxy:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const c = await view.owned(ctx.user.id, ctx.match[1]!);
    if (!c) return editOrReply(ctx, ctx.t("link.not_found"));
    await engine.removeConnection(c.id);
    await editOrReply(ctx, ctx.t("conn.removed", { label: c.label }));
  });

  const startSync = async (ctx: BotContext & { user: User }, targets: ConnectionView[]) => {
    if (!targets.length) return void (await ctx.reply(ctx.t("syncnow.none")));
    const { api, locale, logger } = ctx;
    void runSyncWithProgress(api, ctx.chat!.id, locale, engine, targets, logger, services.now).catch((err: unknown) =>
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "manual sync failed"),
    );
  };
  known.command("sync", async (ctx) => {
    const list = (await view.list(ctx.user.id)).filter((c) => c.syncs && c.status !== "DISABLED");
    await startSync(ctx, list);
  });
  known.callbackQuery(/^cs:([0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const c = await view.owned(ctx.user.id, ctx.match[1]!);
    await startSync(ctx, c?.syncs ? [c] : []);
  });
  return composer;
}

// /accounts and /transactions: reading what has been synced or imported.
import { Composer } from "grammy";
import type { BotContext } from "../src/context.ts";
import type { User } from "../src/users/user-service.ts";
import type { Services } from "../src/services.ts";
import { registerMessages } from "../src/i18n/index.ts";
import { escapeHtml } from "../src/text/html.ts";
import { formatMoney, formatSignedMoney } from "../src/format/money.ts";
import { formatDate } from "../src/format/date.ts";
import { idBesideName } from "../src/format/account-id.ts";
import { keyboard, type Button } from "../src/bot/keyboard.ts";
import { editOrReply, replyHtml } from "../src/bot/reply.ts";
import { categoryName } from "../src/categories/taxonomy.ts";
import { ledgerMessages } from "./ledger-messages.ts";
import { catData } from "./categories/callbacks.ts";
import "./categories/messages.ts";

registerMessages(ledgerMessages);

const PAGE = 10;

/** The calendar day a balance was stated for, in the person's time zone (statement balances sit at noon UTC). */
function balanceDay(asOf: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(asOf);
}

export function ledgerFeature(services: Services) {
  const { ledger } = services;
  const composer = new Composer<BotContext>();
  const known = composer.filter((ctx): ctx is BotContext & { user: User } => ctx.user !== null);

  known.command("accounts", async (ctx) => {
    const { accounts, totals } = await ledger.overview(ctx.user.id, ctx.user.baseCurrency);
    if (!accounts.length) return void (await ctx.reply(ctx.t("accounts.none")));
    const lines = [ctx.t("accounts.title"), ""];
    for (const a of accounts) {
      const masked = idBesideName(a.name, a.iban);
      const id = masked ? ` ${masked}` : "";
      // A balance is only ever as new as its date: "€1,234.56 on 30 Sep 2026".
      const parts: string[] = [];
      if (a.balance !== null) parts.push(ctx.t("accounts.balance_on", { amount: formatMoney(a.balance, a.currency, ctx.locale), date: formatDate(balanceDay(a.balanceAsOf!, ctx.user.timezone), ctx.locale) }));
      // A broker's cash is one amount per currency, each in its own: no rate is guessed here.
      if (a.cash.length) parts.push(ctx.t("accounts.cash_on", { amounts: a.cash.map((c) => formatMoney(c.amount, c.currency, ctx.locale)).join(", "), date: formatDate(balanceDay(a.cashAsOf!, ctx.user.timezone), ctx.locale) }));
      const balance = parts.length ? parts.join("; ") : ctx.t("accounts.no_balance");
      lines.push(ctx.t(a.imported ? "accounts.line_imported" : "accounts.line", { name: a.name, id, source: a.connectionLabel, balance }));
    }
    const [first, ...rest] = totals;
    if (first) {
      lines.push("", ctx.t("accounts.total", { amount: formatMoney(first.amount, first.currency, ctx.locale) }));
      for (const o of rest) lines.push(ctx.t("accounts.other_currency", { amount: formatMoney(o.amount, o.currency, ctx.locale) }));
    }
    await replyHtml(ctx, lines.join("\n"));
  });

  const showPage = async (ctx: BotContext & { user: User }, offset: number, edit: boolean) => {
    const filter = { text: ctx.session.txFilter?.text, accountId: ctx.session.txFilter?.accountId };
    const { rows, total } = await ledger.transactions(ctx.user.id, filter, { offset, limit: PAGE });
    const label = filter.text ?? "";
    if (!rows.length) {
      const html = ctx.t(label ? "tx.none_filtered" : "tx.none", { filter: label });
      return edit ? editOrReply(ctx, html) : void (await ctx.reply(html));
    }
    const head = ctx.t(label ? "tx.title_filtered" : "tx.title", { filter: label, from: offset + 1, to: offset + rows.length, total });
    const lines = rows.map((r) => {
      const who = escapeHtml(r.merchant ?? r.counterpartyName ?? r.description ?? "—");
      const pending = r.status === "PENDING" ? ` <i>(${ctx.t("tx.pending")})</i>` : "";
      const cat = r.categoryKey ? ` · ${escapeHtml(categoryName(r.categoryKey, ctx.locale))}` : "";
      return `${formatDate(r.bookingDate.toISOString().slice(0, 10), ctx.locale)} <b>${formatSignedMoney(r.amount, r.currency, ctx.locale)}</b> ${who}${pending}\n    <i>${escapeHtml(r.accountName)}${cat}</i>`;
    });
    const nav: Button[] = [];
    if (offset > 0) nav.push({ text: ctx.t("tx.newer"), data: `txp:${Math.max(0, offset - PAGE)}` });
    if (offset + PAGE < total) nav.push({ text: ctx.t("tx.older"), data: `txp:${offset + PAGE}` });
    const markup = keyboard([
      ...(nav.length ? [nav] : []),
      [
        { text: ctx.t("tx.by_account"), data: "txa" },
        { text: ctx.t("cat.categorize"), data: `txk:${offset}` },
      ],
    ]);
    const html = `${head}\n\n${lines.join("\n")}`;
    if (edit) await editOrReply(ctx, html, markup);
    else await replyHtml(ctx, html, markup);
  };

  known.command("transactions", async (ctx) => {
    const text = ctx.match.trim().slice(0, 80);
    ctx.session.txFilter = text ? { text } : {};
    await showPage(ctx, 0, false);
  });
  known.callbackQuery(/^txp:(\d{1,7})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showPage(ctx, Number(ctx.match[1]), true);
  });
  // The shown page's transactions as buttons into the categories feature's flow.
  known.callbackQuery(/^txk:(\d{1,7})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const filter = { text: ctx.session.txFilter?.text, accountId: ctx.session.txFilter?.accountId };
    const { rows } = await ledger.transactions(ctx.user.id, filter, { offset: Number(ctx.match[1]), limit: PAGE });
    if (!rows.length) return void (await replyHtml(ctx, ctx.t("tx.none")));
    const buttons = rows.map((r) => {
      const who = r.merchant ?? r.counterpartyName ?? r.description ?? "—";
      const label = `${formatDate(r.bookingDate.toISOString().slice(0, 10), ctx.locale)} ${formatSignedMoney(r.amount, r.currency, ctx.locale)} ${who}`;
      return [{ text: label.slice(0, 60), data: catData.change(r.id) }];
    });
    await replyHtml(ctx, ctx.t("cat.pick_tx"), keyboard(buttons));
  });
  known.callbackQuery("txa", async (ctx) => {
    await ctx.answerCallbackQuery();
    const accounts = await ledger.accountsOf(ctx.user.id);
    const rows = [[{ text: ctx.t("tx.all_accounts"), data: "txa:all" }], ...accounts.map((a) => [{ text: a.name.slice(0, 60), data: `txa:${a.id}` }])];
    await editOrReply(ctx, ctx.t("tx.by_account"), keyboard(rows));
  });
  known.callbackQuery(/^txa:(all|[0-9a-f-]{36})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const id = ctx.match[1]!;
    // Only the person's own accounts are accepted, whatever the button said.
    const owned = id === "all" || (await ledger.accountsOf(ctx.user.id)).some((a) => a.id === id);
    ctx.session.txFilter = { ...ctx.session.txFilter, accountId: id === "all" || !owned ? undefined : id };
    await showPage(ctx, 0, true);
  });
  return composer;
}

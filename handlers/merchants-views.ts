// How merchants look in the chat: the paged list, one merchant's card, the
// merge-target picker and the category picker.
import type { BotContext } from "../src/context.ts";
import type { MerchantDetail } from "../src/merchants/merchant-service.ts";
import type { MerchantPage } from "../src/merchants/merchant-list.ts";
import { TAXONOMY, categoryName } from "../src/categories/taxonomy.ts";
import { keyboard, type Button } from "../src/bot/keyboard.ts";
import { formatMoney } from "../src/format/money.ts";
import { merchantData } from "./merchants-callbacks.ts";

const LABEL_MAX = 40;
const label = (name: string) => (name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name);

function pager(ctx: BotContext, page: MerchantPage, to: (page: number) => string): Button[] {
  const nav: Button[] = [];
  if (page.page > 0) nav.push({ text: ctx.t("mch.prev"), data: to(page.page - 1) });
  if (page.page + 1 < page.pages) nav.push({ text: ctx.t("mch.next"), data: to(page.page + 1) });
  return nav;
}

export function listView(ctx: BotContext, page: MerchantPage) {
  const rows: Button[][] = page.items.map((m) => [{ text: `${label(m.name)} · ${formatMoney(m.spent, m.currency, ctx.locale)}`, data: merchantData.view(m.id) }]);
  const nav = pager(ctx, page, merchantData.list);
  if (nav.length) rows.push(nav);
  return { text: ctx.t("mch.list", { page: page.page + 1, pages: page.pages }), markup: keyboard(rows) };
}

export function detailView(ctx: BotContext, m: MerchantDetail) {
  const category = m.categoryKey ? categoryName(m.categoryKey, ctx.locale) : ctx.t("mch.no_category");
  return {
    text: ctx.t("mch.detail", { name: m.name, count: m.count, category }),
    markup: keyboard([
      [
        { text: ctx.t("mch.rename"), data: merchantData.rename(m.id) },
        { text: ctx.t("mch.merge"), data: merchantData.mergePick(m.id, 0) },
      ],
      [
        { text: ctx.t("mch.category"), data: merchantData.categoryPick(m.id) },
        { text: ctx.t("mch.back"), data: merchantData.list(0) },
      ],
    ]),
  };
}

/** Other merchants of the page as merge targets for `from`. */
export function targetView(ctx: BotContext, from: MerchantDetail, page: MerchantPage) {
  const rows: Button[][] = page.items.filter((m) => m.id !== from.id).map((m) => [{ text: label(m.name), data: merchantData.mergeAsk(from.id, m.id) }]);
  const nav = pager(ctx, page, (p) => merchantData.mergePick(from.id, p));
  if (nav.length) rows.push(nav);
  rows.push([{ text: ctx.t("mch.back"), data: merchantData.view(from.id) }]);
  return { text: ctx.t("mch.pick_target", { name: from.name }), markup: keyboard(rows) };
}

export function confirmMergeView(ctx: BotContext, from: MerchantDetail, into: MerchantDetail) {
  return {
    text: ctx.t("mch.confirm_merge", { from: from.name, into: into.name }),
    markup: keyboard([
      [
        { text: ctx.t("mch.merge_yes"), data: merchantData.merge(from.id, into.id) },
        { text: ctx.t("mch.cancel"), data: merchantData.cancel },
      ],
    ]),
  };
}

/** "A and B are the same": either name may stay. */
export function whichStaysView(ctx: BotContext, a: MerchantDetail, b: MerchantDetail) {
  return {
    text: ctx.t("mch.same_which"),
    markup: keyboard([
      // Button texts are plain text, so the name is not run through t()'s HTML escaping.
      [{ text: `${ctx.t("mch.keep")}: ${label(a.name)}`, data: merchantData.merge(b.id, a.id) }],
      [{ text: `${ctx.t("mch.keep")}: ${label(b.name)}`, data: merchantData.merge(a.id, b.id) }],
      [{ text: ctx.t("mch.cancel"), data: merchantData.cancel }],
    ]),
  };
}

export function categoryView(ctx: BotContext, m: MerchantDetail) {
  const buttons: Button[] = TAXONOMY.map((c) => ({ text: c[ctx.locale], data: merchantData.category(m.id, c.key) }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([{ text: ctx.t("mch.back"), data: merchantData.view(m.id) }]);
  return { text: ctx.t("mch.pick_category", { name: m.name }), markup: keyboard(rows) };
}

// How a transaction and the taxonomy look in the chat.
import type { BotContext } from "../../src/context.ts";
import type { OwnTransaction } from "../../src/categories/correction-service.ts";
import { TAXONOMY, categoryName } from "../../src/categories/taxonomy.ts";
import { keyboard, type Button } from "../../src/bot/keyboard.ts";
import { formatSignedMoney } from "../../src/format/money.ts";
import { formatDate } from "../../src/format/date.ts";
import { catData } from "./callbacks.ts";

/** Parameters every text about one transaction uses; t() escapes them. */
export function txParams(ctx: BotContext, tx: OwnTransaction) {
  return {
    amount: formatSignedMoney(tx.amount, tx.currency, ctx.locale),
    merchant: tx.merchant ?? ctx.t("cat.unknown_merchant"),
    date: formatDate(tx.bookingDate, ctx.locale),
  };
}

export function chooseText(ctx: BotContext, tx: OwnTransaction): string {
  const current = tx.categoryKey ? categoryName(tx.categoryKey, ctx.locale) : ctx.t("cat.none");
  return ctx.t("cat.choose", { ...txParams(ctx, tx), current });
}

/** The whole taxonomy, two per row, in the person's language. */
export function categoryKeyboard(ctx: BotContext, txId: string) {
  const buttons: Button[] = TAXONOMY.map((c) => ({ text: c[ctx.locale], data: catData.choose(txId, c.key) }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([{ text: ctx.t("cat.cancel"), data: catData.cancel }]);
  return keyboard(rows);
}

export function ruleQuestion(ctx: BotContext, txId: string) {
  return keyboard([
    [
      { text: ctx.t("cat.rule_yes"), data: catData.always(txId) },
      { text: ctx.t("cat.rule_no"), data: catData.justThis },
    ],
  ]);
}

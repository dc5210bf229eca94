// /subscriptions as text: what is paid regularly, how often, when next, and
// which prices went up or down (old → new), most expensive first.
import type { RecurringPayment } from "../analytics/recurring.ts";
import { decimalCmp as compareDecimal } from "../format/decimal.ts";
import { t } from "../i18n/index.ts";
import { formatDate } from "../format/date.ts";
import { formatMoney } from "../format/money.ts";

export function subscriptionsHtml(payments: RecurringPayment[], locale: "en" | "de"): string {
  if (!payments.length) return t(locale, "ask.subs.none");
  const sorted = [...payments].sort((a, b) => Number(b.active) - Number(a.active) || compareDecimal(b.amount, a.amount) || a.merchant.localeCompare(b.merchant));
  const lines = [t(locale, "ask.subs.title", { count: payments.length }), ""];
  for (const p of sorted) {
    const params = {
      merchant: p.merchant,
      amount: formatMoney(p.amount, p.currency, locale),
      interval: t(locale, `ask.interval.${p.cadenceDays}`),
      next: formatDate(p.nextExpected, locale),
    };
    lines.push(t(locale, p.active ? "ask.subs.line" : "ask.subs.overdue", params));
    if (p.priceChange) {
      lines.push(
        t(locale, "ask.subs.price", {
          old: formatMoney(p.priceChange.oldAmount, p.currency, locale),
          new: formatMoney(p.priceChange.newAmount, p.currency, locale),
          date: formatDate(p.priceChange.date, locale),
        }),
      );
    }
  }
  return lines.join("\n");
}

// /subscriptions as text: what is paid regularly, how often, when next, and
// which prices went up or down (old → new), most expensive first. Household
// bills (rent, taxes, utilities, insurance) come after the subscriptions, in
// a section of their own.
import type { RecurringPayment } from "../analytics/recurring.ts";
import { decimalCmp as compareDecimal, decimalDiv, decimalMul, decimalRound, decimalSum } from "../format/decimal.ts";
import { t } from "../i18n/index.ts";
import { formatDate } from "../format/date.ts";
import { formatMoney } from "../format/money.ts";

function linesOf(payments: RecurringPayment[], locale: "en" | "de"): string[] {
  const sorted = [...payments].sort((a, b) => Number(b.active) - Number(a.active) || compareDecimal(b.amount, a.amount) || a.merchant.localeCompare(b.merchant));
  const lines: string[] = [];
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
  return lines;
}

/** Payments a month for each cadence, as a fraction: a year is twelve months, a week 52/12 of one. */
const PER_MONTH: Record<RecurringPayment["cadenceDays"], [string, number]> = { 7: ["52", 12], 14: ["26", 12], 30: ["1", 1], 90: ["1", 3], 365: ["1", 12] };

/** "Together: €122.85 a month", the active subscriptions at their latest price, one line per currency. */
function monthlyTotals(payments: RecurringPayment[], locale: "en" | "de"): string[] {
  const byCurrency = new Map<string, string[]>();
  for (const p of payments.filter((x) => x.active)) {
    const [times, months] = PER_MONTH[p.cadenceDays];
    byCurrency.set(p.currency, [...(byCurrency.get(p.currency) ?? []), decimalDiv(decimalMul(p.amount, times), String(months), 6)]);
  }
  return [...byCurrency].map(([currency, amounts]) => t(locale, "ask.subs.monthly", { amount: formatMoney(decimalRound(decimalSum(amounts), 2), currency, locale) }));
}

export function subscriptionsHtml(payments: RecurringPayment[], locale: "en" | "de"): string {
  if (!payments.length) return t(locale, "ask.subs.none");
  const subscriptions = payments.filter((p) => p.kind !== "bill");
  const bills = payments.filter((p) => p.kind === "bill");
  const sections: string[][] = [];
  if (subscriptions.length) sections.push([t(locale, "ask.subs.title", { count: subscriptions.length }), "", ...linesOf(subscriptions, locale), ...monthlyTotals(subscriptions, locale)]);
  if (bills.length) sections.push([t(locale, "ask.subs.bills", { count: bills.length }), "", ...linesOf(bills, locale)]);
  return sections.map((lines) => lines.join("\n")).join("\n\n");
}

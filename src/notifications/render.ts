// Turns an Outbox row into a Telegram message, in the person's locale, from
// the data as it is at send time. null: there is nothing left to say (the
// pending transaction it announced was cancelled).
import "../networth/messages.ts";
import type { Db } from "../db/client.ts";
import { formatDate } from "../format/date.ts";
import { formatBucket } from "../format/date.ts";
import { decimalSub } from "../format/decimal.ts";
import { formatMoney, formatSignedMoney } from "../format/money.ts";
import { addMonths } from "../analytics/periods.ts";
import { categoryName } from "../categories/taxonomy.ts";
import { renderPlain, t, type Locale } from "../i18n/index.ts";
import { reasonText } from "../sync/error-text.ts";
import "./messages.ts";
import { SUMMARY_LINES } from "./enqueue.ts";
import { callbackData, payloadSchemas, type OutboxKind, type Payload } from "./payloads.ts";

export interface OutgoingMessage {
  html: string;
  buttons?: { text: string; data: string }[][];
}

const txSelect = {
  id: true,
  amount: true,
  currency: true,
  bookingDate: true,
  counterpartyName: true,
  merchant: true,
  account: { select: { name: true } },
  category: { select: { nameEn: true, nameDe: true } },
} as const;

export async function renderOutbox(db: Db, row: { kind: string; payload: unknown }, locale: Locale): Promise<OutgoingMessage | null> {
  if (!(row.kind in payloadSchemas)) throw new Error(`unknown outbox kind ${row.kind}`);
  const kind = row.kind as OutboxKind;
  switch (kind) {
    case "tx": {
      const p = payloadSchemas.tx.parse(row.payload);
      const tx = await db.transaction.findUnique({ where: { id: p.transactionId }, select: txSelect });
      if (!tx) return null;
      const html = t(locale, "notify.tx", {
        amount: formatSignedMoney(tx.amount.toFixed(), tx.currency, locale),
        counterparty: tx.merchant || tx.counterpartyName || t(locale, "notify.tx.unknown_counterparty"),
        account: tx.account.name,
        category: (tx.category && (locale === "de" ? tx.category.nameDe : tx.category.nameEn)) || t(locale, "notify.tx.uncategorized"),
      });
      return {
        html,
        buttons: [
          [
            { text: t(locale, "notify.btn.change_category"), data: callbackData.changeCategory(tx.id) },
            { text: t(locale, "notify.btn.mute"), data: callbackData.muteMerchant(tx.id) },
          ],
        ],
      };
    }
    case "tx-summary": {
      const p = payloadSchemas["tx-summary"].parse(row.payload);
      const txs = await db.transaction.findMany({ where: { id: { in: p.transactionIds } }, select: txSelect, orderBy: [{ bookingDate: "desc" }, { importedAt: "desc" }] });
      if (!txs.length) return null;
      // Rows cancelled since queueing drop out of the list and the count.
      const count = p.count - (p.transactionIds.length - txs.length);
      const lines = txs.slice(0, SUMMARY_LINES).map((tx) =>
        t(locale, "notify.summary.line", {
          date: formatDate(tx.bookingDate.toISOString().slice(0, 10), locale),
          amount: formatSignedMoney(tx.amount.toFixed(), tx.currency, locale),
          counterparty: tx.merchant || tx.counterpartyName || t(locale, "notify.tx.unknown_counterparty"),
        }),
      );
      if (count > lines.length) lines.push(t(locale, "notify.summary.more", { count: count - lines.length }));
      return { html: [t(locale, "notify.summary.title", { count, label: p.label }), ...lines].join("\n") };
    }
    case "first-sync": {
      const p = payloadSchemas["first-sync"].parse(row.payload);
      return { html: t(locale, "notify.first_sync", { label: p.label, count: p.count, date: formatDate(p.since, locale) }) };
    }
    case "reauth": {
      const p = payloadSchemas.reauth.parse(row.payload);
      const html = t(locale, "notify.reauth", { label: p.label, reason: renderPlain(locale, reasonText(p.reason)) });
      return { html, buttons: [[{ text: t(locale, "notify.btn.relink"), data: callbackData.relink(p.connectionId) }]] };
    }
    case "consent": {
      const p = payloadSchemas.consent.parse(row.payload);
      const html = t(locale, "notify.consent", { label: p.label, date: formatDate(p.expiresAt.slice(0, 10), locale) });
      return { html, buttons: [[{ text: t(locale, "notify.btn.renew"), data: callbackData.renewConsent(p.connectionId) }]] };
    }
    case "monthly-summary":
      return { html: monthlySummaryHtml(payloadSchemas["monthly-summary"].parse(row.payload), locale) };
  }
}

function monthlySummaryHtml(p: Payload<"monthly-summary">, locale: Locale): string {
  const money = (v: string) => formatMoney(v, p.currency, locale);
  const prevMonth = formatBucket(addMonths(`${p.month}-01`, -1).slice(0, 7), "month", locale);
  const line = (key: string, value: string, previous: string) =>
    t(locale, key, { amount: money(value), delta: formatSignedMoney(decimalSub(value, previous), p.currency, locale), previous: prevMonth });
  const lines = [
    t(locale, "monthly.title", { month: formatBucket(p.month, "month", locale) }),
    line("monthly.spending", p.spending, p.previous.spending),
    ...(p.cash ? [t(locale, "monthly.cash", { amount: money(p.cash) })] : []),
    line("monthly.income", p.income, p.previous.income),
    line("monthly.net", p.net, p.previous.net),
    ...(p.netWorth ? [line("networth.monthly_change", p.netWorth.value, p.netWorth.previous)] : []),
  ];
  if (p.top.length) {
    lines.push("", t(locale, "monthly.top"));
    p.top.forEach((c, i) => {
      const name = c.key ? categoryName(c.key, locale) : t(locale, "notify.tx.uncategorized");
      lines.push(t(locale, "monthly.top_line", { rank: i + 1, category: name, amount: money(c.value) }));
    });
  }
  return lines.join("\n");
}

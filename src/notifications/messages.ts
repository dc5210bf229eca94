// Texts of push notifications. Templates hold our own markup; every parameter
// (bank text included) is escaped by t().
import { registerMessages } from "../i18n/index.ts";

export const notifyMessages = {
  en: {
    "notify.tx": "<b>{amount}</b> · {counterparty}\n{account} · {category}",
    "notify.tx.unknown_counterparty": "Unknown recipient",
    "notify.tx.uncategorized": "Uncategorised",
    "notify.btn.change_category": "Change category",
    "notify.btn.mute": "Mute merchant",
    "notify.summary.title": "<b>{count} new transactions</b> · {label}",
    "notify.summary.line": "{date} · {amount} · {counterparty}",
    "notify.summary.more": "…and {count} more",
    "notify.first_sync": "✅ <b>{label}</b> is connected: imported {count, plural, one {# transaction} other {# transactions}} since {date}.",
    "notify.reauth": "⚠️ <b>{label}</b> needs you to sign in again. {reason}",
    "notify.btn.relink": "Re-link",
    "notify.consent": "⏳ Your access to <b>{label}</b> ends on {date}. Renew it so syncing continues.",
    "notify.btn.renew": "Renew access",
    "monthly.title": "📊 <b>Your month: {month}</b>",
    "monthly.spending": "Spent: <b>{amount}</b> ({delta} vs {previous})",
    "monthly.cash": "Cash withdrawals of {amount} are not counted as spending.",
    "monthly.income": "Income: <b>{amount}</b> ({delta} vs {previous})",
    "monthly.net": "Net: <b>{amount}</b> ({delta} vs {previous})",
    "monthly.top": "<b>Top categories</b>",
    "monthly.top_line": "{rank}. {category}: {amount}",
  },
  de: {
    "notify.tx": "<b>{amount}</b> · {counterparty}\n{account} · {category}",
    "notify.tx.unknown_counterparty": "Unbekannter Empfänger",
    "notify.tx.uncategorized": "Ohne Kategorie",
    "notify.btn.change_category": "Kategorie ändern",
    "notify.btn.mute": "Händler stummschalten",
    "notify.summary.title": "<b>{count} neue Umsätze</b> · {label}",
    "notify.summary.line": "{date} · {amount} · {counterparty}",
    "notify.summary.more": "…und {count} weitere",
    "notify.first_sync": "✅ <b>{label}</b> ist verbunden: {count, plural, one {# Umsatz} other {# Umsätze}} seit {date} importiert.",
    "notify.reauth": "⚠️ <b>{label}</b>: Bitte melde dich erneut an. {reason}",
    "notify.btn.relink": "Neu verbinden",
    "notify.consent": "⏳ Dein Zugriff auf <b>{label}</b> endet am {date}. Erneuere ihn, damit der Abgleich weiterläuft.",
    "notify.btn.renew": "Zugriff erneuern",
    "monthly.title": "📊 <b>Dein Monat: {month}</b>",
    "monthly.spending": "Ausgaben: <b>{amount}</b> ({delta} ggü. {previous})",
    "monthly.cash": "Bargeldabhebungen von {amount} zählen nicht als Ausgaben.",
    "monthly.income": "Einnahmen: <b>{amount}</b> ({delta} ggü. {previous})",
    "monthly.net": "Saldo: <b>{amount}</b> ({delta} ggü. {previous})",
    "monthly.top": "<b>Größte Kategorien</b>",
    "monthly.top_line": "{rank}. {category}: {amount}",
  },
};

registerMessages(notifyMessages);

// Texts of category corrections, rules and muting, English and German.
import { registerMessages } from "../../src/i18n/index.ts";

export const categoryMessages = {
  en: {
    "cat.not_found": "I couldn't find that transaction.",
    "cat.choose": "Which category is <b>{amount}</b> · {merchant} ({date})?\nNow: {current}",
    "cat.none": "none",
    "cat.cancel": "Cancel",
    "cat.cancelled": "Nothing was changed.",
    "cat.set": "✅ {merchant} on {date} is now in <b>{category}</b>.",
    "cat.ask_rule": "Always use <b>{category}</b> for <b>{merchant}</b>?",
    "cat.rule_yes": "Yes, always",
    "cat.rule_no": "Just this one",
    "cat.rule_saved": "📌 From now on <b>{merchant}</b> goes to <b>{category}</b>. {count, plural, one {# transaction} other {# transactions}} recategorized.",
    "cat.rule_failed": "I can't make a rule from this transaction: it names no merchant or has no category.",
    "cat.rule_skipped": "OK, only this transaction was changed.",
    "cat.unknown_merchant": "this transaction",
    "cat.categorize": "✏️ Categorize",
    "cat.pick_tx": "Which transaction do you want to categorize?",
    "mute.done": "🔕 <b>{merchant}</b> is muted: no more notifications for it.",
    "mute.undo": "Undo",
    "mute.undone": "🔔 <b>{merchant}</b> is no longer muted.",
    "mute.no_merchant": "This transaction names no merchant, so there is nothing to mute.",
  },
  de: {
    "cat.not_found": "Diesen Umsatz habe ich nicht gefunden.",
    "cat.choose": "Welche Kategorie hat <b>{amount}</b> · {merchant} ({date})?\nBisher: {current}",
    "cat.none": "keine",
    "cat.cancel": "Abbrechen",
    "cat.cancelled": "Es wurde nichts geändert.",
    "cat.set": "✅ {merchant} am {date} ist jetzt in <b>{category}</b>.",
    "cat.ask_rule": "<b>{merchant}</b> immer als <b>{category}</b> einordnen?",
    "cat.rule_yes": "Ja, immer",
    "cat.rule_no": "Nur diesen",
    "cat.rule_saved": "📌 Ab jetzt kommt <b>{merchant}</b> in <b>{category}</b>. {count, plural, one {# Umsatz} other {# Umsätze}} neu eingeordnet.",
    "cat.rule_failed": "Aus diesem Umsatz kann ich keine Regel machen: Er nennt keinen Händler oder hat keine Kategorie.",
    "cat.rule_skipped": "Gut, nur dieser Umsatz wurde geändert.",
    "cat.unknown_merchant": "dieser Umsatz",
    "cat.categorize": "✏️ Kategorisieren",
    "cat.pick_tx": "Welchen Umsatz möchtest du einordnen?",
    "mute.done": "🔕 <b>{merchant}</b> ist stummgeschaltet: keine Benachrichtigungen mehr dazu.",
    "mute.undo": "Rückgängig",
    "mute.undone": "🔔 <b>{merchant}</b> ist nicht mehr stummgeschaltet.",
    "mute.no_merchant": "Dieser Umsatz nennt keinen Händler, es gibt also nichts stummzuschalten.",
  },
};

registerMessages(categoryMessages);

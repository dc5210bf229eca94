// Everything the GoCardless link flow says, in English and German.
export const gocardlessMessages = {
  en: {
    "gc.intro": "I'll connect your bank through <b>GoCardless Bank Account Data</b>. You confirm at your bank; I never see your banking password.",
    "gc.renew": "Let's renew your access to <b>{bank}</b>. Your accounts and history stay as they are.",
    "gc.open": "Open {bank} and confirm access. I'll notice by myself when you are done (up to 15 minutes).",
    "gc.open_button": "Open {bank}",
    "gc.done_button": "I'm done",
    "gc.returned": "✅ Back from {bank}. Reading your accounts…",
    "gc.rejected": "{bank} reported that access was not granted. Nothing was stored.",
    "gc.timeout": "I didn't get a confirmation from {bank} within 15 minutes. Nothing was stored; /link to try again.",
    "gc.accounts_found": "{bank} shared {count, plural, one {one account} other {# accounts}}:\n{list}",
  },
  de: {
    "gc.intro": "Ich verbinde deine Bank über <b>GoCardless Bank Account Data</b>. Du bestätigst bei deiner Bank; dein Banking-Passwort sehe ich nie.",
    "gc.renew": "Erneuern wir deinen Zugriff auf <b>{bank}</b>. Deine Konten und deine Historie bleiben, wie sie sind.",
    "gc.open": "Öffne {bank} und bestätige den Zugriff. Ich merke selbst, wenn du fertig bist (bis zu 15 Minuten).",
    "gc.open_button": "{bank} öffnen",
    "gc.done_button": "Fertig",
    "gc.returned": "✅ Zurück von {bank}. Ich lese deine Konten…",
    "gc.rejected": "{bank} meldet, dass der Zugriff nicht erteilt wurde. Es wurde nichts gespeichert.",
    "gc.timeout": "Ich habe von {bank} innerhalb von 15 Minuten keine Bestätigung bekommen. Es wurde nichts gespeichert; /link zum erneuten Versuch.",
    "gc.accounts_found": "{bank} hat {count, plural, one {ein Konto} other {# Konten}} freigegeben:\n{list}",
  },
};

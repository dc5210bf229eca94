// Everything the Plaid link flow says, in English and German.
export const plaidMessages = {
  en: {
    "plaid.open": "Open Plaid and connect your bank. The link is valid for 30 minutes; I'll notice by myself when you are done.",
    "plaid.open_button": "Connect with Plaid",
    "plaid.done_button": "I'm done",
    "plaid.returned": "✅ Plaid reports the connection finished. Reading your accounts…",
    "plaid.update": "{bank} needs you to log in again. Open Plaid and confirm; your history stays.",
    "plaid.exited": "The connection was not completed ({status}). Nothing was stored.",
    "plaid.timeout": "I didn't see the connection finish within 30 minutes. Nothing was stored; /link to try again.",
    "plaid.connected": "Connected: {banks}.",
  },
  de: {
    "plaid.open": "Öffne Plaid und verbinde deine Bank. Der Link gilt 30 Minuten; ich merke selbst, wenn du fertig bist.",
    "plaid.open_button": "Mit Plaid verbinden",
    "plaid.done_button": "Fertig",
    "plaid.returned": "✅ Plaid meldet die Verbindung als abgeschlossen. Ich lese deine Konten…",
    "plaid.update": "{bank} möchte, dass du dich neu anmeldest. Öffne Plaid und bestätige; deine Historie bleibt.",
    "plaid.exited": "Die Verbindung wurde nicht abgeschlossen ({status}). Es wurde nichts gespeichert.",
    "plaid.timeout": "Die Verbindung wurde nicht innerhalb von 30 Minuten abgeschlossen. Es wurde nichts gespeichert; /link zum erneuten Versuch.",
    "plaid.connected": "Verbunden: {banks}.",
  },
};

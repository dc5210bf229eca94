// Everything the SimpleFIN link flow says, in English and German.
export const simplefinMessages = {
  en: {
    "sf.intro": "SimpleFIN Bridge connects US and Canadian banks. Connect your banks on the Bridge website, then create a <b>Setup Token</b> there for Kontor.",
    "sf.open": "Create a Setup Token for Kontor on your SimpleFIN Bridge.",
    "sf.open_button": "Open SimpleFIN Bridge",
    "sf.ask_token": "Paste the Setup Token here (I delete it from the chat right away).",
    "sf.invalid_token": "That is not a SimpleFIN Setup Token (a long Base64 text from the Bridge). Please paste it again.",
    "sf.token_host": "That Setup Token points to a server Kontor does not talk to. Please create the token on the SimpleFIN Bridge.",
    "sf.token_used": "The Bridge does not know this Setup Token or it was already used. If you did not use it yourself, someone else may have: disable it on the Bridge and create a new one.",
    "sf.no_accounts": "Your Bridge has no accounts yet. Connect a bank on the Bridge website first, then /link again.",
    "sf.accounts_found": "Found {count, plural, one {one account} other {# accounts}}:\n{list}",
  },
  de: {
    "sf.intro": "SimpleFIN Bridge verbindet Banken in den USA und Kanada. Verbinde deine Banken auf der Bridge-Website und erstelle dort einen <b>Setup-Token</b> für Kontor.",
    "sf.open": "Erstelle auf deiner SimpleFIN Bridge einen Setup-Token für Kontor.",
    "sf.open_button": "SimpleFIN Bridge öffnen",
    "sf.ask_token": "Füge den Setup-Token hier ein (ich lösche ihn sofort aus dem Chat).",
    "sf.invalid_token": "Das ist kein SimpleFIN-Setup-Token (ein langer Base64-Text von der Bridge). Bitte füge ihn noch einmal ein.",
    "sf.token_host": "Dieser Setup-Token zeigt auf einen Server, mit dem Kontor nicht spricht. Bitte erstelle den Token auf der SimpleFIN Bridge.",
    "sf.token_used": "Die Bridge kennt diesen Setup-Token nicht oder er wurde schon benutzt. Wenn du ihn nicht selbst benutzt hast, könnte es jemand anderes getan haben: sperre ihn auf der Bridge und erstelle einen neuen.",
    "sf.no_accounts": "Deine Bridge hat noch keine Konten. Verbinde zuerst eine Bank auf der Bridge-Website und dann /link.",
    "sf.accounts_found": "{count, plural, one {Ein Konto} other {# Konten}} gefunden:\n{list}",
  },
};

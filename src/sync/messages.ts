// User-visible texts of the sync engine. Registered by importing this module
// (error-text.ts does), so no caller can render a sync text before it exists.
import { registerMessages } from "../i18n/index.ts";

export const syncMessages = {
  en: {
    "sync.error.unauthorized": "The bank no longer accepts the stored login. Please link the account again.",
    "sync.error.consent_expired": "Your consent for this account has expired. Please renew it by linking again.",
    "sync.error.rate_limited": "The bank asked us to slow down. I will try again later.",
    "sync.error.unavailable": "The bank is not reachable right now. I will try again later.",
    "sync.error.bad_response": "The bank sent data I could not read. I will try again later; if it keeps happening, the connector needs an update.",
    "sync.error.secrets": "The stored login could not be unlocked (the master key may have changed). Please link the account again.",
    "sync.interrupted": "⚠️ This sync was interrupted (Kontor stopped while it ran). Nothing was half-written; it will be retried automatically.",
    "sync.error.secrets_corrupt": "The stored login of this connection is damaged (it failed its integrity check; the master key is fine). Please link the account again.",
    "sync.error.unknown_provider": "This connection uses a provider this installation no longer supports.",
    "sync.error.unknown": "Something went wrong while syncing. Nothing was changed; I will try again later.",
    "sync.already_running": "A sync of this connection is already running.",
    "sync.progress": "Syncing {label}: {done} of {total} accounts, {added} transactions so far…",
    "sync.done": "{label}: {added} new, {updated} updated, {removed} removed.",
  },
  de: {
    "sync.error.unauthorized": "Die Bank akzeptiert die gespeicherte Anmeldung nicht mehr. Bitte verbinde das Konto neu.",
    "sync.error.consent_expired": "Deine Zustimmung für dieses Konto ist abgelaufen. Bitte erneuere sie, indem du das Konto neu verbindest.",
    "sync.error.rate_limited": "Die Bank bittet um weniger Anfragen. Ich versuche es später noch einmal.",
    "sync.error.unavailable": "Die Bank ist gerade nicht erreichbar. Ich versuche es später noch einmal.",
    "sync.error.bad_response": "Die Bank hat Daten geschickt, die ich nicht lesen konnte. Ich versuche es später noch einmal; passiert das öfter, braucht der Connector ein Update.",
    "sync.error.secrets": "Die gespeicherte Anmeldung ließ sich nicht entschlüsseln (vielleicht hat sich der Hauptschlüssel geändert). Bitte verbinde das Konto neu.",
    "sync.interrupted": "⚠️ Diese Synchronisierung wurde unterbrochen (Kontor wurde währenddessen beendet). Nichts wurde halb geschrieben; sie wird automatisch wiederholt.",
    "sync.error.secrets_corrupt": "Die gespeicherte Anmeldung dieser Verbindung ist beschädigt (Integritätsprüfung fehlgeschlagen; der Hauptschlüssel ist in Ordnung). Bitte verbinde das Konto neu.",
    "sync.error.unknown_provider": "Diese Verbindung nutzt einen Anbieter, den diese Installation nicht mehr unterstützt.",
    "sync.error.unknown": "Beim Abgleich ist etwas schiefgegangen. Es wurde nichts geändert; ich versuche es später noch einmal.",
    "sync.already_running": "Ein Abgleich dieser Verbindung läuft bereits.",
    "sync.progress": "Abgleich {label}: {done} von {total} Konten, bisher {added} Umsätze…",
    "sync.done": "{label}: {added} neu, {updated} aktualisiert, {removed} entfernt.",
  },
};

registerMessages(syncMessages);

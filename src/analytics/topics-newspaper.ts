// The newspaper: a daily's subscription ("Zeitungsabonnement" to the Rheinische Post Verlagsgesellschaft), an
// e-paper, a paper bought at the kiosk. Kontor files a subscription under Subscriptions and a kiosk's sale under
// Shopping; the bank text says "Zeitung"/"newspaper", or the payee is a daily the list below knows.
import type { Topic } from "./topics.ts";

export const NEWSPAPER_TOPIC: Topic = {
  key: "newspaper",
  en: "Newspaper",
  de: "Zeitung",
  categories: ["subscriptions", "shopping", "entertainment"],
  words: ["zeitung*", "*zeitung", "zeitungs*", "*zeitungsverlag", "tageszeitung*", "e-paper", "epaper", "newspaper*", "krant", "dagblad", "quotidien"],
  merchants: [
    "Rheinische Post", "Westdeutsche Allgemeine", "WAZ", "Kölner Stadt-Anzeiger", "Frankfurter Allgemeine", "FAZ", "Süddeutsche Zeitung",
    "Handelsblatt", "Die Zeit", "Der Tagesspiegel", "Hamburger Abendblatt", "Münchner Merkur", "Stuttgarter Zeitung", "Westdeutsche Zeitung",
    "New York Times", "Washington Post", "The Guardian", "The Times", "Financial Times", "Le Monde", "Le Figaro", "de Volkskrant", "NRC",
  ],
  said: [
    "zeitung", "zeitungen", "*zeitung", "tageszeitung", "zeitungsabo", "zeitungsabonnement", "zeitungsabos", "newspaper", "newspapers",
    "newspaper subscription", "e-paper", "krant", "dagblad",
  ],
};

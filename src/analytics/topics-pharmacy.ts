// Pharmacies within Health: "how much did we spend at pharmacies" is the Apotheke's till and its refunds of
// a Zuzahlung, not the dentist, the physiotherapist or a home alarm service filed under Health as well.
import type { Topic } from "./topics.ts";

export const PHARMACY_TOPIC: Topic = {
  key: "pharmacy",
  en: "Pharmacies",
  de: "Apotheken",
  categories: ["health"],
  words: ["*apotheke", "apotheke*", "*apotheken", "apotheek*", "*apotheek", "pharmacy*", "*pharmacy", "pharmacie*", "pharmacies", "farmacia*", "farmacie*", "chemist*", "phcy"],
  merchants: ["DocMorris", "Shop Apotheke", "Medpex", "Walgreens", "CVS Pharmacy", "Boots", "Lloyds Pharmacy", "Rite Aid"],
  said: [
    "pharmacy", "pharmacies", "*apotheke", "apotheke", "apotheken", "*apotheken", "apotheek", "pharmacie", "chemist", "chemists",
  ],
};

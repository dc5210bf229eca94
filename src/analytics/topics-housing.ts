// What a German tenant calls "Nebenkosten": the utilities they pay themselves
// (power, water, internet: Utilities & phone) and the service charges billed by
// the landlord, which Kontor files under Rent & housing with the rent because
// they go to the same payee. The landlord's rows are told from the rent by their
// words; the yearly settlement of the advance payments ("Nebenkostenabrechnung
// … Nachzahlung", a refund or a back payment) is a topic of its own, so "Nebenkosten-
// Nachzahlung 2025" finds the one payment, not the year's power bills.
import type { Topic } from "./topics.ts";

const SERVICE_CHARGE_WORDS = ["*nebenkosten", "nebenkosten*", "*betriebskosten", "betriebskosten*", "heizkosten*", "*heizkosten", "service charge*", "hausgeld*"];

export const HOUSING_TOPICS: readonly Topic[] = [
  {
    key: "utility_settlement",
    en: "Service charge settlement",
    de: "Nebenkostenabrechnung",
    categories: ["rent", "utilities"],
    // A settlement says so ("…abrechnung", "Nachzahlung", "Guthaben"); the monthly advance ("Abschlag") does not.
    words: ["*abrechnung", "abrechnung*", "*nachzahlung", "nachzahlung*", "guthaben*", "*erstattung", "settlement", "balancing charge", "reconciliation"],
    said: [
      "nebenkostenabrechnung*", "nebenkosten abrechnung", "nebenkosten nachzahlung", "nachzahlung nebenkosten", "nebenkostennachzahlung",
      "betriebskostenabrechnung*", "betriebskosten abrechnung", "betriebskosten nachzahlung", "betriebskostennachzahlung",
      "heizkostenabrechnung*", "heizkosten nachzahlung", "heizkostennachzahlung", "jahresabrechnung*",
      "service charge settlement", "service charge balancing", "utility settlement", "utilities settlement", "utility back payment",
      "utilities back payment", "service charge back payment", "back payment for utilities", "back payment for service charges",
    ],
  },
  {
    key: "service_charges",
    en: "Utilities & service charges",
    de: "Nebenkosten",
    categories: ["utilities", "rent"],
    // Every utility bill is one; of the rows paid to the landlord only those that say so (not the rent itself).
    unmarked: ["utilities"],
    words: SERVICE_CHARGE_WORDS,
    except: ["miete*", "*miete", "mietzahlung*"],
    said: ["nebenkosten", "*nebenkosten", "betriebskosten", "*betriebskosten", "service charges", "service charge"],
  },
];

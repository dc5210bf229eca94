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
  {
    // A homeowner's mortgage payment within Rent & housing, apart from the HOA dues and a landlord's charges beside it.
    key: "mortgage",
    en: "Mortgage",
    de: "Hypothek",
    categories: ["rent"],
    words: ["mortgage*", "*mortgage", "mtg", "mtge", "home loan*", "hypothek*", "baufinanzierung*", "hypotheek*", "pret immo*", "prêt immo*"],
    merchants: ["Mr. Cooper", "Rocket Mortgage", "PennyMac", "Newrez", "LoanCare", "Freedom Mortgage", "Cenlar"],
    said: ["mortgage", "mortgages", "mortgage payment", "mortgage payments", "home loan", "hypothek", "hypothekenrate", "baufinanzierung", "hypotheek"],
  },
  {
    // A US homeowners association's dues ("AVERY RANCH OWNER DES:HOA DUES"), a condo's fees.
    key: "hoa",
    en: "HOA dues",
    de: "Eigentümergemeinschaft",
    categories: ["rent"],
    words: ["hoa", "homeowners assoc*", "home owners assoc*", "owners assoc*", "owners assn", "condo fee*", "condo assoc*", "condominium assoc*"],
    said: ["hoa", "hoa dues", "hoa fees", "hoa fee", "homeowners association", "homeowners association dues", "homeowners association fees", "condo fees"],
  },
];

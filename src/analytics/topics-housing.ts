// What a German tenant calls "Nebenkosten": the utilities they pay themselves
// (power, water, internet: Utilities & phone) and the service charges billed by
// the landlord, which Kontor files under Rent & housing with the rent because
// they go to the same payee. The landlord's rows are told from the rent by their
// words; the yearly settlement of the advance payments ("Nebenkostenabrechnung
// … Nachzahlung", a refund or a back payment) is a topic of its own, so "Nebenkosten-
// Nachzahlung 2025" finds the one payment, not the year's power bills.
import { TAXONOMY } from "../categories/taxonomy.ts";
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
    // The German WEG's "Hausgeld", paid to its administrator, is the same owners' dues.
    words: ["hausgeld*", "hoa", "homeowners assoc*", "home owners assoc*", "owners assoc*", "owners assn", "condo fee*", "condo assoc*", "condominium assoc*"],
    said: [
      "hoa", "hoa dues", "hoa fees", "hoa fee", "homeowners association", "homeowners association dues", "homeowners association fees", "condo fees",
      "hausgeld", "hausgeldzahlung*", "weg hausgeld",
    ],
  },
  {
    // Rent a landlord receives: the tenants' credits that say "Miete" or "rent", which the categorizer files as other
    // income (Rent & housing is the rent paid). A tenant's deposit ("Mietkaution") is held, not earned.
    key: "rent_received",
    en: "Rent received",
    de: "Mieteinnahmen",
    categories: ["income_other"],
    words: ["miete*", "*miete", "mietzahlung*", "mieteingang*", "rent", "rents", "rental*", "rent payment*"],
    except: ["*kaution", "deposit*"],
    said: [
      "mieteinnahmen", "mieteinnahme", "mieteingang", "mieteingänge", "mieteingange", "rental income", "rent income", "rents received",
      "rent received", "rental payments received",
    ],
    received: ["mieteinnahmen", "mieteinnahme", "mieteingang", "mieteingange", "rental income", "rent income", "rents received", "rent received", "rental payments received"],
  },
  {
    // Repairs and upkeep of a home by tradesmen (plumber, electrician, painter, locksmith, roofer): the categorizer
    // files a firm it does not know wherever its name leads, so every spending category but the car's is searched;
    // the trade's or the job's word in the payee or the purpose marks the row.
    key: "repairs",
    en: "Repairs & tradesmen",
    de: "Reparaturen & Handwerker",
    categories: TAXONOMY.filter((c) => c.kind === "expense" && c.key !== "fuel").map((c) => c.key),
    words: [
      "handwerk*", "*handwerk", "reparatur*", "*reparatur", "sanitar*", "sanitaer*", "*sanitar", "*sanitaer", "installateur*", "klempner*",
      "heizungsbau*", "elektro", "elektriker*", "elektroinstallation*", "elektrotechnik*", "maler", "malerbetrieb*", "malermeister*",
      "*malerbetrieb", "schlusseldienst*", "schluesseldienst*", "dachdecker*", "tischlerei*", "schreinerei*", "fliesenleger*", "glaserei*",
      "rohrbruch*", "rohrreinigung*", "renovierung*", "plumber*", "plumbing", "electrician*", "handyman", "locksmith*", "roofer*", "roofing",
      "glazier*", "home repair*", "renovation*",
    ],
    said: [
      "repairs", "repair", "home repairs", "repairs and maintenance", "tradesmen", "tradespeople", "contractors", "reparaturen", "reparatur",
      "handwerker", "handwerkerkosten", "handwerkerrechnungen", "instandhaltung", "instandhaltungskosten", "renovierung", "renovierungen",
    ],
  },
  {
    // A tenant's deposit (Mietkaution): paid in at the start of a lease, paid back with its interest at the end.
    // The categorizer files the first as other income and the second with the rent, or nowhere in particular.
    key: "rent_deposit",
    en: "Rent deposit",
    de: "Mietkaution",
    categories: ["income_other", "rent", "other", "refunds"],
    words: ["*kaution", "mietsicherheit*", "security deposit*", "rent deposit*", "rental deposit*", "tenancy deposit*"],
    said: ["kaution", "kautionen", "mietkaution", "mietkautionen", "mietsicherheit", "deposit", "security deposit", "rent deposit", "rental deposit", "tenancy deposit"],
  },
];

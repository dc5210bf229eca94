// Words people use for each taxonomy category, English and German (French in
// synonyms-fr.ts, merged in below; and the Dutch household words people keep using in
// English: "verzekering", "belasting"). The text parser folds case and accents
// ("Gebühren" = "gebuhren" = "Gebuehren", so write the proper spelling here)
// and accepts common inflection endings (-s, -e, -en, -n, -er, -ern) on its
// own: list base and irregular forms only.
//
// German compounds: "*miete" may END a compound ("Kaltmiete", "Monatsmiete":
// the head decides the meaning); "lebensmittel*" may START one
// ("Lebensmitteleinkauf"). Markers are opt-in per word because the reverse is
// often wrong: "Mietwagen" is travel, not rent.
import { FRENCH_CATEGORY_SYNONYMS } from "./synonyms-fr.ts";

const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  groceries: [
    "groceries", "grocery", "grocery shopping", "food shopping", "food", "supermarket", "supermarkets",
    "*lebensmittel*", "*supermarkt*", "einkaufen", "wocheneinkauf", "lebensmittelladen", "discounter",
  ],
  restaurants: [
    "restaurants", "restaurant", "eating out", "eat out", "dining out", "dining", "cafe", "cafes", "coffee shops",
    "takeaway", "take-away", "takeout", "food delivery", "lunch", "dinner", "fast food", "*restaurant*",
    "essen gehen", "essen waren", "auswärts essen", "auswärts gegessen", "gastronomie", "kneipe", "imbiss",
    "lieferdienst", "essen bestellen", "essensbestellungen", "mittagessen", "abendessen", "fastfood",
  ],
  transport: [
    "public transport", "transport", "transportation", "transit", "commute", "commuting", "bus", "train", "trains",
    "subway", "metro", "tram", "taxi", "cab", "cabs", "ride hailing", "ÖPNV", "bahn*", "s-bahn", "u-bahn",
    "Straßenbahn", "öffentliche Verkehrsmittel", "öffentlichen Verkehrsmitteln", "Öffis", "nahverkehr",
    "fahrkarte", "fahrkarten", "monatskarte", "zug", "Züge", "busse", "carsharing",
    "verkehrsmittel", "fahrtkosten", "fahrten",
  ],
  fuel: [
    "fuel", "petrol", "gas", "gasoline", "diesel", "gas station", "petrol station", "car", "car costs", "parking",
    "car wash", "car repair", "*tanken", "tankstelle", "benzin*", "sprit*", "auto", "autokosten", "parken",
    "parkhaus", "werkstatt", "kfz", "getankt",
  ],
  shopping: [
    "shopping", "clothes", "clothing", "electronics", "online shopping", "furniture", "shoes",
    "Einkäufe", "shoppen", "kleidung", "klamotten", "schuhe", "elektronik", "onlineshopping", "Möbel",
  ],
  drugstore: [
    "drugstore", "drugstores", "drug store", "personal care", "toiletries", "cosmetics", "hairdresser", "haircut",
    "*drogerie*", "Körperpflege", "kosmetik", "friseur", "Frisör",
  ],
  subscriptions: [
    "subscriptions", "subscription", "subs", "streaming", "streaming services", "memberships",
    "*abo", "*abos", "abonnement", "abonnements", "streaming*", "*abonnement",
  ],
  utilities: [
    "utilities", "utility bills", "electricity", "power bill", "water", "heating", "internet", "phone", "mobile",
    "phone bill", "gas bill", "gas and electricity", "*nebenkosten", "strom*", "*strom", "heizung", "heizkosten",
    "wasser", "handy", "handyvertrag", "telefon", "mobilfunk*", "gas und strom", "strom und gas",
    "mobile bill", "mobile phone bill", "cell phone bill", "internet bill", "handyrechnung", "handykosten",
    "telefonrechnung", "telefonkosten", "internetrechnung", "internetkosten",
  ],
  rent: [
    "rent", "housing", "landlord", "mortgage", "*miete", "wohnen", "wohnung", "wohnkosten", "hausgeld", "hypothek",
  ],
  insurance: ["insurance", "insurances", "*versicherung", "*versicherungen", "haftpflicht", "*verzekering", "*verzekeringen"],
  health: [
    "health", "healthcare", "pharmacy", "pharmacies", "doctor", "doctors", "medicine", "medication", "dentist",
    "*apotheke", "*apotheken", "gesundheit", "arzt", "Ärzte", "*zahnarzt", "medikamente", "physiotherapie",
    "medical", "medical bills", "medical costs", "copay", "copays", "co-pay", "co-pays",
  ],
  entertainment: [
    "entertainment", "leisure", "hobbies", "hobby", "cinema", "movies", "concerts", "concert", "games", "gaming",
    "gym", "fitness", "sports", "theatre", "theater", "museum", "freizeit", "*unterhaltung", "kino", "konzert",
    "konzerte", "spiele", "fitnessstudio", "sport", "hobbys", "ausgehen",
  ],
  travel: [
    "travel", "travelling", "traveling", "trips", "trip", "holiday", "holidays", "vacation", "vacations", "flights",
    "flight", "hotel", "hotels", "airbnb", "rental car", "*reisen", "reise*", "*urlaub", "flug", "Flüge", "ferien",
    "ferienwohnung", "mietwagen",
  ],
  education: [
    "education", "courses", "course", "books", "tuition", "school", "university", "training",
    "bildung", "kurse", "kurs", "weiterbildung", "Bücher", "schule", "studium", "Studiengebühren", "uni",
    // Childcare is filed with education (the categorizer's booking words do the same: Kita-Gebühren, nursery fees, garderie).
    "daycare", "day care", "childcare", "child care", "preschool", "pre-school", "nursery", "nursery fees", "kita", "kinderbetreuung",
  ],
  cash: [
    "cash", "cash withdrawals", "atm", "withdrawals", "withdrawal", "*bargeld*", "geldautomat", "*abhebungen",
    "*abhebung", "barabhebungen", "barabhebung",
  ],
  fees: [
    "fees", "bank fees", "bank charges", "charges", "interest", "overdraft", "*gebühren", "*gebühr", "zinsen",
    "*zinsen", "Bankgebühren",
  ],
  taxes: [
    "taxes", "tax", "government", "tax office", "fines", "*steuer", "*steuern", "finanzamt", "Behörden", "Behörde",
    "rundfunkbeitrag", "gez", "Bußgeld", "strafzettel", "*belasting", "*belastingen",
  ],
  donations: ["donations", "donation", "charity", "gifts", "gift", "presents", "*spenden", "spende", "*geschenk", "geschenke",
    // The verb names it as well as the noun: "how much did we donate", "was haben wir gespendet".
    "donate", "donated", "donating", "gespendet", "spendeten", "spendete",
    // What a place of worship is given: "wie viel an die Moschee", "mosque donations" (heuristics.ts files them here).
    "moschee", "moscheeverein", "mosque", "moskee", "camii"],
  salary: ["salary", "salaries", "wage", "wages", "paycheck", "payroll", "*gehalt", "Gehälter", "lohn", "gehaltseingang"],
  refunds: [
    "refunds", "refund", "reimbursement", "reimbursements", "returns", "*erstattung", "*erstattungen",
    "Rückzahlung", "gutschrift", "gutschriften", "steuererstattung",
  ],
  income_other: [
    "other income", "side income", "pension", "rente", "kindergeld", "sonstige einnahmen", "Nebeneinkünfte",
    "dividends", "dividenden",
  ],
  transfers: ["transfers between accounts", "internal transfers", "transfers", "*umbuchung", "*umbuchungen", "Überträge"],
  savings: [
    "savings", "investments", "investing", "etf", "etfs", "stocks", "shares", "crypto", "*sparplan", "sparen",
    "geldanlage", "depot", "aktien", "krypto",
  ],
  other: ["miscellaneous", "misc", "other expenses", "sonstiges", "sonstige ausgaben", "diverses"],
};

export const CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(SYNONYMS).map(([key, words]) => [key, [...words, ...(FRENCH_CATEGORY_SYNONYMS[key] ?? [])]]),
);

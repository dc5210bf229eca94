// A bank's own category label ("Restaurants, bars, discothèques",
// "Restaurant-Restaurant", "EATING_OUT", "Food & Drink") read as a taxonomy
// key. Labels come from the exports described in bank-formats.md (BoursoBank,
// Amex UK/US, Starling, Monzo, Wise, N26, Chase, Discover, Capital One) and
// Plaid's personal_finance_category. categorize() asks only after brand, card
// code and content words said nothing: a bank's label is broad ("Bills and
// services" holds council tax and the phone), the merchant rules are not.
// Salary is the exception: the bank's word that money in is pay outranks the
// brand of the employer, as a payroll booking word does.
// Labels that say nothing about what was bought (General, Payments, Income,
// transfers) are left out on purpose; so are occasions ("Holidays"), which
// categorize.ts reads last.
import { foldText } from "./normalize.ts";

const TABLE: Readonly<Record<string, readonly string[]>> = {
  restaurants: [
    // BoursoBank, Amex ("Restaurant-…"; UK "Entertainment-Restaurants"), Starling, Monzo/Wise, Chase, Capital One, N26, Plaid
    "Restaurants, bars, discothèques", "Restaurants", "Restaurant", "Bar & Café", "Fast Food Restaurants", "Restauration rapide",
    "EATING_OUT", "COFFEE", "TAKEAWAY", "Eating out", "Food & Drink", "Dining", "Bars & Restaurants", "FOOD_AND_DRINK",
    "FOOD_AND_DRINK_RESTAURANT", "FOOD_AND_DRINK_FAST_FOOD", "FOOD_AND_DRINK_COFFEE",
  ],
  groceries: [
    "Alimentation", "Supermarchés", "Groceries", "Supermarkets", "Grocery", "Food & Groceries", "Lebensmittel", "FOOD_AND_DRINK_GROCERIES",
  ],
  shopping: [
    "Achats en ligne", "Multimédia à domicile", "Vêtements", "Vêtements et accessoires", "High-Tech", "Merchandise & Supplies", "Internet Purchase",
    "Department Stores", "Clothing Stores", "Electronics Stores", "Book Stores", "Sporting Goods Stores", "Wholesale Stores",
    "Hardware Supplies", "SHOPPING", "Merchandise", "Media & Electronics", "Medien & Elektronik", "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT",
  ],
  transport: [
    "Transports en commun", "Transports quotidiens (métro, bus…)", "Taxis", "Train", "Billets de train", "Transportation", "Taxis & Coach", "Rail Services", "TRANSPORT",
    "Transport & Car", "Transport & Auto", "TRANSPORTATION", "TRANSPORTATION_PUBLIC_TRANSIT", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES",
  ],
  fuel: [
    "Carburant", "Parking", "Péages", "Fuel", "Parking Charges", "Tolls & Fees", "FUEL", "CAR", "Gas", "Automotive", "Gasoline",
    "Gas/Automotive", "TRANSPORTATION_GAS", "TRANSPORTATION_PARKING", "TRANSPORTATION_TOLLS",
  ],
  utilities: [
    "Electricité, gaz", "Electricité, gaz, eau", "Energie (électricité, gaz, fuel, chauffage…)", "Eau", "Téléphonie (fixe et mobile)",
    "Téléphonie (fixe et mobile), internet", "Internet", "Cable & Internet Comm", "Communications",
    "Bills & Utilities", "Phone/Cable", "Utilities", "Household & Utilities", "Haushalt & Nebenkosten", "RENT_AND_UTILITIES",
  ],
  rent: ["Loyers, charges", "Loyer", "MORTGAGE", "RENT_AND_UTILITIES_RENT"],
  insurance: ["Assurances", "Mutuelle", "Assurance habitation", "Assurance auto", "Insurances & Finances", "Versicherungen & Finanzen", "GENERAL_SERVICES_INSURANCE"],
  health: [
    "Pharmacie", "Médecins", "Santé", "Pharmacies", "Health Care Services", "Health & Wellness", "Medical Services", "Health Care",
    "Healthcare & Drug Stores", "Gesundheit & Drogerien", "MEDICAL",
  ],
  drugstore: ["Coiffeur", "PERSONAL_CARE", "Personal care"],
  entertainment: [
    "Loisirs", "Cinéma", "Sport", "Theatrical Events", "General Attractions", "Entertainment", "Leisure & Entertainment",
    "Freizeit & Unterhaltung", "ENTERTAINMENT", "ENTERTAINMENT_TV_AND_MOVIES",
  ],
  travel: [
    "Hôtels", "Billets d'avion", "Voyages", "Travel", "Airline", "Lodging", "Travel Agencies", "Vehicle Rental", "Travel/ Entertainment",
    "Airfare", "Car Rental", "Other Travel", "Travel & Holidays", "Reisen & Urlaub", "TRAVEL",
  ],
  subscriptions: ["Abonnements - Autres"],
  cash: ["Retraits d'espèces"],
  // Pay, as the bank files it: money in only (categorize.ts reads it before the brand dictionary).
  salary: ["Salaires et revenus d'activité", "INCOME_WAGES"],
  education: ["Education", "Bildung", "GENERAL_SERVICES_EDUCATION"],
  fees: ["Frais bancaires", "Fees & Adjustments", "Fee/Interest Charge", "BANK_FEES"],
  taxes: ["Impôts", "Government Services", "GOVERNMENT_AND_NON_PROFIT", "TAX"],
  donations: ["Cadeaux", "Charities", "CHARITY", "GIFTS", "Charity", "Gifts", "Gifts & Donations", "GOVERNMENT_AND_NON_PROFIT_DONATIONS"],
};

const BY_LABEL: ReadonlyMap<string, string> = new Map(Object.entries(TABLE).flatMap(([key, labels]) => labels.map((l) => [foldText(l), key] as const)));

/**
 * The taxonomy key a bank's label names, or null. Amex joins a group and a
 * detail ("Merchandise & Supplies-Groceries"): the detail decides, the group
 * when the detail is unknown. Plaid's detailed values extend their primary
 * ("FOOD_AND_DRINK_GROCERIES"): the longest known prefix decides.
 */
export function providerLabelCategory(label: string | null | undefined): string | null {
  if (!label) return null;
  const whole = BY_LABEL.get(foldText(label));
  if (whole) return whole;
  const dash = label.lastIndexOf("-");
  if (dash > 0) {
    const detail = BY_LABEL.get(foldText(label.slice(dash + 1)));
    if (detail) return detail;
    const group = BY_LABEL.get(foldText(label.slice(0, dash)));
    if (group) return group;
  }
  if (/^[A-Z]+(?:_[A-Z]+)+$/.test(label)) {
    const parts = label.split("_");
    for (let n = parts.length - 1; n >= 1; n--) {
      const hit = BY_LABEL.get(foldText(parts.slice(0, n).join("_")));
      if (hit) return hit;
    }
  }
  return null;
}

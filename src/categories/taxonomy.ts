// The built-in category taxonomy. Keys are the stable identifiers used in
// QuerySpecs, rules and the merchant dictionary; names are per language.
export type CategoryKind = "expense" | "income" | "transfer";

export interface CategoryDef {
  key: string;
  en: string;
  de: string;
  kind: CategoryKind;
}

export const TAXONOMY: readonly CategoryDef[] = [
  { key: "groceries", en: "Groceries", de: "Lebensmittel", kind: "expense" },
  { key: "restaurants", en: "Restaurants & cafés", de: "Restaurants & Cafés", kind: "expense" },
  { key: "transport", en: "Public transport & taxi", de: "ÖPNV & Taxi", kind: "expense" },
  { key: "fuel", en: "Fuel & car", de: "Tanken & Auto", kind: "expense" },
  { key: "shopping", en: "Shopping", de: "Einkäufe", kind: "expense" },
  { key: "drugstore", en: "Drugstore & personal care", de: "Drogerie & Körperpflege", kind: "expense" },
  { key: "subscriptions", en: "Subscriptions & streaming", de: "Abos & Streaming", kind: "expense" },
  { key: "utilities", en: "Utilities & phone", de: "Nebenkosten & Telefon", kind: "expense" },
  { key: "rent", en: "Rent & housing", de: "Miete & Wohnen", kind: "expense" },
  { key: "insurance", en: "Insurance", de: "Versicherungen", kind: "expense" },
  { key: "health", en: "Health & pharmacy", de: "Gesundheit & Apotheke", kind: "expense" },
  { key: "entertainment", en: "Leisure & entertainment", de: "Freizeit & Unterhaltung", kind: "expense" },
  { key: "travel", en: "Travel & holidays", de: "Reisen & Urlaub", kind: "expense" },
  { key: "education", en: "Education", de: "Bildung", kind: "expense" },
  { key: "cash", en: "Cash withdrawals", de: "Bargeld", kind: "expense" },
  { key: "fees", en: "Bank fees & interest", de: "Gebühren & Zinsen", kind: "expense" },
  { key: "taxes", en: "Taxes & government", de: "Steuern & Behörden", kind: "expense" },
  { key: "donations", en: "Donations & gifts", de: "Spenden & Geschenke", kind: "expense" },
  { key: "salary", en: "Salary", de: "Gehalt", kind: "income" },
  { key: "refunds", en: "Refunds", de: "Erstattungen", kind: "income" },
  { key: "income_other", en: "Other income", de: "Sonstige Einnahmen", kind: "income" },
  { key: "transfers", en: "Transfers between accounts", de: "Umbuchungen", kind: "transfer" },
  { key: "savings", en: "Savings & investments", de: "Sparen & Anlegen", kind: "transfer" },
  { key: "other", en: "Other", de: "Sonstiges", kind: "expense" },
] as const;

export const CATEGORY_KEYS = TAXONOMY.map((c) => c.key);

export function categoryName(key: string, locale: "en" | "de"): string {
  const def = TAXONOMY.find((c) => c.key === key);
  return def ? def[locale] : key;
}

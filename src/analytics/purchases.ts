// "Biggest purchases", "größte Einkäufe", "plus gros achats": a purchase is a
// buy from a shop or merchant, something chosen and paid for. A ranking of
// purchases that opens with the rent standing order answers another question.
// Left out, by category (taxonomy.ts), because nobody calls them purchases:
// - rent: the home's rent or mortgage, paid to a landlord by standing order;
// - utilities: energy, water, broadband and phone bills, paid by direct debit
//   (a bill, not a buy; the shopping for a new phone is filed as shopping);
// - taxes: council tax, income tax, vehicle tax, fines;
// - insurance: premiums;
// - fees: bank fees and interest charged;
// - cash: a withdrawal buys nothing yet (bank-formats.md §4.2);
// - donations: gifts of money to people and charities.
// Kept: groceries, restaurants, transport, fuel, shopping, drugstore,
// subscriptions (bought from a merchant), health, leisure, travel, education
// and "other", and rows with no category, which are most often a shop not yet
// known. Transfers, savings and income are never spending to begin with.
// "Biggest expenses" / "größte Ausgaben" keep everything: a bill is an expense.
export const NOT_PURCHASES: readonly string[] = ["rent", "utilities", "taxes", "insurance", "fees", "cash", "donations"];

/** A WHERE condition: the row is a purchase (its category is none of NOT_PURCHASES, or it has none). */
export const PURCHASES_ONLY = `(category_key IS NULL OR category_key NOT IN (${NOT_PURCHASES.map((k) => `'${k}'`).join(", ")}))`;

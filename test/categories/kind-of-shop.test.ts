// Shops the dictionary does not know are categorized by the kind of shop
// their name says, in six languages; bank fees, card bills and refunds by
// their wording; and none of it takes over a transfer to a person.
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";

const out = (counterpartyName: string, description: string | null = null): CategorizeInput => ({ amount: "-23.40", counterpartyName, description });
const text = (description: string, amount = "-4.90"): CategorizeInput => ({ amount, description });
const key = (tx: CategorizeInput) => categorize(tx, { rules: [] }).categoryKey;

describe("unknown shops by their kind", () => {
  it.each<[string, string]>([
    ["Sonnen-Apotheke", "health"],
    ["PHARMACIE DU CENTRE", "health"],
    ["Apotheek De Linde", "health"],
    ["Farmacia San Marco", "health"],
    ["Zahnarztpraxis Dr. Lehmann", "health"],
    ["Tandartspraktijk Smit", "health"],
    ["Stadtbäckerei Kruse", "groceries"],
    ["Boulangerie Dupont", "groceries"],
    ["Bakkerij Van Dam", "groceries"],
    ["Fleischerei Wagner", "groceries"],
    ["Slagerij Jansen", "groceries"],
    ["Pizzeria Da Mario", "restaurants"],
    ["Trattoria Toscana", "restaurants"],
    ["Imbiss am Markt", "restaurants"],
    ["Snackbar De Friet", "restaurants"],
    ["THE RED LION", "restaurants"],
    ["Brasserie du Port", "restaurants"],
    ["Friseursalon Haarscharf", "drugstore"],
    ["Kapsalon Mooi", "drugstore"],
    ["Textilreinigung Blitz", "drugstore"],
    ["Fahrradladen Speiche", "shopping"],
    ["Buchhandlung am Dom", "shopping"],
    ["Librairie Gallimard", "shopping"],
    ["Bloemist Roos", "shopping"],
    ["Parkhaus Zentrum", "fuel"],
    ["Tankstation De Brug", "fuel"],
    ["Fahrschule Schulz", "education"],
  ])("%s → %s", (name, category) => {
    expect(key(out(name))).toBe(category);
  });

  it("calls money back from such a shop a refund", () => {
    expect(key({ amount: "12.50", counterpartyName: "Eetcafe De Hoek 7588", description: "Pasvolgnr: 001 Terugstorting" })).toBe("refunds");
    expect(key({ amount: "8.00", counterpartyName: "Pizzeria Da Mario" })).toBe("refunds");
  });

  it("keeps a payment to a person about a night out as other, not a shop", () => {
    expect(key(out("Lena Hoffmann", "Anteil Urlaub"))).toBe("other");
  });
});

describe("bank fees, card bills and refunds by their wording", () => {
  it.each<[string, string]>([
    ["Auslandseinsatzentgelt", "fees"],
    ["Kontoentgelt April", "fees"],
    ["LATE FEE", "fees"],
    ["FOREIGN TRANSACTION FEE", "fees"],
    ["FRAIS PAIEMENT HORS ZONE EURO", "fees"],
    ["Kosten buitenland", "fees"],
    ["INTEREST CHARGE ON PURCHASES", "fees"],
  ])("%s → %s", (words, category) => {
    expect(key(text(words))).toBe(category);
  });

  it.each([["AMEX Abbuchung 05/2026"], ["AMEX AUTOPAY"], ["Creditcardafrekening"], ["DEBIT MENSUEL CARTE"], ["Saldenausgleich Kreditkarte"], ["CAPITAL ONE AUTOPAY PYMT"], ["PAYMENT - THANK YOU"]])("%s is a card bill, a transfer", (words) => {
    expect(key(text(words, "-812.33"))).toBe("transfers");
  });

  it("does not take a card purchase for a card bill", () => {
    expect(key({ amount: "-23.10", counterpartyName: "LIDL", transactionType: "MasterCard Payment" })).toBe("groceries");
    expect(key({ amount: "-9.99", description: "CARD PAYMENT TO TESCO STORES 3021" })).toBe("groceries");
  });

  it.each([["Terugstorting"], ["CREDIT VOUCHER"], ["REMBOURSEMENT ACHAT"]])("%s from a shop is a refund", (words) => {
    expect(key({ amount: "19.99", counterpartyName: "Zalando SE", description: words })).toBe("refunds");
  });
});

describe("own transfers named by the holder's name", () => {
  const ownNames = new Set(["alex beispiel"]);
  const withOwn = (tx: CategorizeInput) => categorize(tx, { rules: [], ownNames }).categoryKey;

  it("makes Revolut's 'To <own name>' and 'Payment from <own name>' transfers", () => {
    expect(withOwn({ amount: "-300.00", description: "To Alex Beispiel", transactionType: "Transfer" })).toBe("transfers");
    expect(withOwn({ amount: "250.00", description: "Payment from Alex Beispiel", transactionType: "Transfer" })).toBe("transfers");
    expect(withOwn({ amount: "-100.00", counterpartyName: "ALEX BEISPIEL", description: "Sparen" })).toBe("transfers");
  });

  it("a savings plan to the holder's depot at an IBAN Kontor holds no account for stays Savings, as before the name was known", () => {
    const plan = { amount: "-200.00", counterpartyName: "Alex Beispiel", counterpartyIban: "DE89 1001 2345 1234 5678 90", description: "Sparplan Depot" };
    const own = { rules: [], ownNames, ownIbans: new Set(["DE00120300000012345678"]) };
    expect(categorize(plan, own).categoryKey).toBe("savings");
    expect(categorize(plan, { rules: [] }).categoryKey).toBe("savings");
    // The same words to one of the holder's own accounts are a transfer between them.
    expect(categorize({ ...plan, counterpartyIban: "DE00 1203 0000 0012 3456 78" }, own).categoryKey).toBe("transfers");
  });

  it("leaves other people's names alone, even with the same surname", () => {
    expect(withOwn({ amount: "-40.00", description: "To Maria Beispiel", transactionType: "Transfer" })).toBe("other");
    expect(withOwn({ amount: "-40.00", counterpartyName: "Alex Muster", description: "Kino" })).not.toBe("transfers");
  });

  it("keeps salary naming the employee as salary, and ignores the holder fields US banks print on every row", () => {
    expect(withOwn({ amount: "2800.00", counterpartyName: "Nordlicht Medien GmbH", description: "Gehalt 10/2026 Alex Beispiel" })).toBe("salary");
    expect(withOwn({ amount: "-62.10", description: "ORIG CO NAME:COMCAST  CO ENTRY DESCR:CABLE  SEC:WEB IND ID:123 IND NAME:ALEX BEISPIEL" })).not.toBe("transfers");
    expect(withOwn({ amount: "-15.00", description: "VENMO DES:PAYMENT ID:XXXXX00000000 INDN:ALEX BEISPIEL CO ID:XXXXX00000 WEB" })).not.toBe("transfers");
  });

  it("takes the holder's own words for an own account over a word that reads as pay", () => {
    expect(withOwn({ amount: "399.04", description: "Alex Beispiel TO MY OWN PENSION POT SAVER CRUISE APRIL BGC", transactionType: "DIRECTDEP" })).toBe("transfers");
    expect(withOwn({ amount: "973.84", description: "CR Alex Beispiel TO MY OWN PENSION POT SAVER CRUISE MARCH" })).toBe("transfers");
    // A pension paid to the holder names them too, without those words: pay.
    expect(withOwn({ amount: "1210.00", counterpartyName: "Deutsche Rentenversicherung Bund", description: "Rente 11/2026 Alex Beispiel" })).toBe("salary");
    // The words without the holder's name: someone else's money.
    expect(categorize({ amount: "399.04", description: "TO MY OWN PENSION POT", transactionType: "DIRECTDEP" }, { rules: [] }).categoryKey).not.toBe("transfers");
  });
});

describe("payments to people", () => {
  it("keep other whatever leisure or shop word their purpose has", () => {
    expect(key(out("Lena Hoffmann", "Kino und Essen"))).toBe("other");
    expect(key(out("Jonas Weber", "Pizza Abend"))).toBe("other");
    expect(key({ amount: "15.00", counterpartyName: "Jonas Weber", description: "Pizza zurück" })).toBe("income_other");
  });

  it("still count household words, and a shop named after its owner keeps its kind", () => {
    expect(key({ amount: "-750.00", counterpartyName: "Klaus Schneider", description: "Miete Wohnung Mai" })).toBe("rent");
    expect(key(out("Optik Schneider"))).toBe("health");
    expect(key(out("Zahnarztpraxis Dr. Lehmann"))).toBe("health");
  });
});

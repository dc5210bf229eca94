// Shapes read in the second UK/US tuning round (HSBC, Barclays, Monzo, Amex, the US banks): each case is one printed
// shape that many shops share, written in other names than the corpus's; the label is the name a person would write.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a card row: labelled first, then categorized with that label. */
const categoryOf = (description: string, amount: string) =>
  categorize({ amount, counterpartyName: null, description, merchant: merchantName({ description }) }, { rules: [] }).categoryKey;

/** Each card text (with its amount) gets the category. */
const itCategorizes = (cases: [string, string, string][]) =>
  it.each(cases)("%s (%s) → %s", (description, amount, category) => {
    expect(categoryOf(description, amount)).toBe(category);
  });

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a brewery's Co is its company's, with the terminal's town after it too", () => {
  itLabels([
    ["))) HOPSTONE BREWERY CO LEEDS", "Hopstone Brewery"],
    ["VIS FELLSIDE BREWING CO BRISTOL", "Fellside Brewing"],
  ]);
});

describe("a café's name words: a crumb or a pantry sells cake and coffee", () => {
  itCategorizes([
    ["SQ *NUTMEG & CRUMB     LEEDS         GBR", "-8.40", "restaurants"],
    ["ZTL*SAFFRON AND CRUMB ON 04 MAR          CPM", "-6.10", "restaurants"],
    ["THE BRAMBLE PANTRY     BRISTOL       GBR", "-12.75", "restaurants"],
    ["))) SUMUP *HEATHERSIDE PANTRY LEEDS", "-9.20", "restaurants"],
    // …a bakery's word says it is a bakery still.
    ["CRUMB LANE BAKERY      GLASGOW       GBR", "-4.30", "groceries"],
  ]);
});

describe("a cuisine and 'restaurant' after a restaurant's name are its kind, not its name", () => {
  itLabels([
    ["PURCHASE AUTHORIZED ON 03/11 JADE GARDEN CHINESE REST AUSTIN TX S123456789012345 CARD 1234", "Jade Garden"],
    ["KARTENZAHLUNG | HOA SEN ASIA RESTAURANT INH. V. TRAN//KOELN/DE", "Hoa Sen"],
    ["))) LITTLE NAPLES ITALIAN RESTAURANT LEEDS", "Little Naples"],
    // …a name that is only the cuisine and the word keeps them, and a restaurant without a cuisine keeps its word.
    ["ASIA RESTAURANT 0412", "Asia Restaurant"],
    ["HAFENBLICK RESTAURANT 0412", "Hafenblick Restaurant"],
  ]);
});

// Revolut prints a transfer as "To <payee>": the payee's kind decides.
describe("a church's community-nursing service is care, as a Sozialstation is", () => {
  it.each([
    ["To Diakoniestation Hanau gGmbH", "-120.00"],
    ["To Ökumenische Diakoniestation Nordstadt e.V.", "-86.40"],
  ])("%s (%s) → health", (description, amount) => {
    expect(categoryOf(description, amount)).toBe("health");
  });
});

describe("a family trade printed with the founder's initial and '& Son' goes by the surname and the trade", () => {
  itLabels([
    ["G PENHALE & SON BUTCHERS 4417   ON 12 MAR          CPM", "Penhale Butchers"],
    ["VIS J D ASHWORTH AND SON BAKERS LEEDS", "Ashworth Bakers"],
    // …without an initial the firm's "& Sons" is how it is known.
    ["TREGEAR & SONS BUTCHERS ON 12 MAR          CPM", "Tregear & Sons Butchers"],
  ]);
});

// Shapes UK and US bank texts print that the labeller or the categorizer read wrong: a payer's reference
// code after its legal form, a store number after a kind of shop, trade words (playhouse, jerk, cider shop),
// a car-finance agreement, and real chains people meet again. Each case is one printed shape.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string, transactionType: string | null = null) =>
  categorize({ amount, counterpartyName, description, transactionType, merchant: merchantName({ counterpartyName, description, transactionType }) }, { rules: [] }).categoryKey;

describe("a payer's initials after its legal form are its reference, not a brand", () => {
  it.each<[string, string]>([
    ["CR BRAMLEY PRINTING LTD BP PAYROLL MAY", "Bramley Printing"],
    ["CR HOLLOWAY MARINE LTD HM PAYROLL JUNE", "Holloway Marine"],
    ["CR ABBOTSFORD PACKAGING LTD APL PAYROLL JUNE", "Abbotsford Packaging"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

  it("still reads a brand that the text names in its own words", () => {
    expect(merchantName({ description: "CR APPLE DISTRIBUTION INTL LTD REFUND" })).toBe("Apple");
  });
});

describe("a store number after a kind of drink shop", () => {
  it("keeps the cider shop's own word", () => {
    expect(merchantName({ description: "FROME CIDER SHOP 1349   ON 15 JAN          BCC" })).toBe("Frome Cider Shop");
  });
});

describe("trade words say the kind of place", () => {
  it.each<[string, string]>([
    ["LYCEUM PLAYHOUSE       BRISTOL       GBR", "entertainment"],
    ["VIS SQ *ISLAND JERK STATION LEEDS", "restaurants"],
    ["SUMUP *YARDIE JERK HUT   MANCHESTER    GBR", "restaurants"],
    ["ZTL*DEVON CIDER SHOP ON 15 SEP          BCC", "groceries"],
  ])("%s → %s", (description, category) => {
    expect(categoryOf(null, description, "-24.50")).toBe(category);
  });

  it("files a car's PCP agreement with the car's costs", () => {
    expect(categoryOf(null, "NORTHGATE LENDING NGL PCP AGR 5520418 STO", "-289.00", "PAYMENT")).toBe("fuel");
    expect(categoryOf(null, "KESTREL CAPITAL PCP AGREEMENT 7730218 DDR", "-312.40", "PAYMENT")).toBe("fuel");
  });
});

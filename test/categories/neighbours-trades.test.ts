// The trades of Germany's eastern and northern neighbours as their shops name themselves (Polish, Czech, Danish),
// printed without their letters: people cross the border to fill up, shop and eat. Made-up shops.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

describe("a neighbour's trade word names the trade", () => {
  it.each([
    [null, "CARTE 12/07/26 POTRAVINY U SLUNCE CB*1234", "-18.40", "groceries"],
    ["PIEKARNIA ZIARENKO", "Kartenzahlung girocard", "-6.20", "groceries"],
    ["BAGERIET VED TORVET", null, "-9.80", "groceries"],
    [null, "SKIPPERS GRAENSEHANDEL//FLENSBURG/DE 2026-05-02T11:00", "-64.10", "groceries"],
    ["STACJA PALIW POD SOSNAMI", null, "-58.00", "fuel"],
    ["CERPACI STANICE U LESA", null, "-61.30", "fuel"],
    ["APTEKA POD LWEM", null, "-12.99", "health"],
    ["LEKARNA U ZLATE KORUNY", null, "-8.50", "health"],
    ["KAVARNA U MOSTU", null, "-7.20", "restaurants"],
    ["HOSPODA NA RYCHTE", null, "-23.00", "restaurants"],
    ["HAVNENS GRILLBAR", null, "-14.00", "restaurants"],
  ])("%s / %s → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description, amount)).toBe(category);
  });

  it("a person whose surname is a Danish butcher's word is no butcher", () => {
    expect(categoryOf("Jan Slagter", "Terugbetaling etentje", "-40.00")).not.toBe("groceries");
  });
});

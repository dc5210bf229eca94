// "Bar" is a restaurant word ("Bar Centrale", "Sushi Bar Koi"), but beauty
// studios call themselves bars too: a brow, lash, nail or blow-dry bar is
// personal care, filed with hairdressers and beauty salons.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (description: string, amount = "-25.00") =>
  categorize({ amount, counterpartyName: null, description, merchant: merchantName({ description }) }, { rules: [] }).categoryKey;

describe("bars", () => {
  it.each([
    "SUMUP *THE BROW BAR LEEDS",
    "NAIL BAR LUXE 0412",
    "Lash Bar Prenzlauer Berg",
    "CARTE 05/05/26 BEAUTY BAR ELODIE CB*1234",
    "BLOW DRY BAR CHELSEA LONDON GBR",
    "Brows & Lashes Bar Köln",
  ])("%s is personal care", (description) => {
    expect(categoryOf(description)).toBe("drugstore");
  });

  it.each(["BAR CENTRALE MILANO", "SUSHI BAR KOI 1234", "The Salad Bar Oxford", "OYSTER BAR ROYAL", "Juice Bar Mitte", "WINE BAR LE ZINC"])("%s stays a restaurant or bar", (description) => {
    expect(categoryOf(description)).toBe("restaurants");
  });
});

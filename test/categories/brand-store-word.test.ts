// A brand followed by a bare store word ("WM MORRISONS STORE", no store number
// after it) is still the brand: "store" says it is a shop, which every brand is,
// and a brand's own longer phrase ("wm morrisons") is no other shop's name.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

function read(description: string, transactionType = "POS") {
  const merchant = merchantName({ description, transactionType });
  return { merchant, category: categorize({ amount: "-23.40", description, merchant, transactionType }, { rules: [] }).categoryKey };
}

describe("a brand with a store word after it", () => {
  it.each([
    ["WM MORRISONS STORE", "Morrisons", "groceries"],
    ["'7858 24DEC25 C , WM MORRISONS STORE , LEEDS GB", "Morrisons", "groceries"],
    ["WM MORRISONS STORE 0412 LEEDS", "Morrisons", "groceries"],
    ["ASDA STORES", "Asda", "groceries"],
    ["BOOTS SHOP", "Boots", "drugstore"],
  ])("%s is %s (%s)", (text, merchant, category) => {
    expect(read(text)).toEqual({ merchant, category });
  });

  it("reads the brand's own longer phrase as the brand, whatever kind of shop follows it", () => {
    expect(read("WM MORRISONS CAFE").merchant).toBe("Morrisons");
  });

  it("keeps a brand's word inside another shop's name when a kind of shop follows it", () => {
    expect(read("TST* DUSTY BOOTS SALOON", "DEB")).toEqual({ merchant: "Dusty Boots Saloon", category: "restaurants" });
  });
});

// How the dictionary copes with what banks do to brand names (spacing,
// truncation, short abbreviations) without taking people's names or local
// shops for brands.
import { describe, expect, it } from "vitest";
import { matchMerchantText } from "../../src/categories/merchant-dictionary.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { MERCHANTS } from "../../src/categories/merchant-data.ts";

describe("brand dictionary size", () => {
  it("knows at least 1,500 distinct brands", () => {
    expect(new Set(MERCHANTS.map(([name]) => name)).size).toBeGreaterThanOrEqual(1500);
  });

  it("gives each canonical name one category, wherever its rows are", () => {
    const seen = new Map<string, string>();
    for (const [name, key] of MERCHANTS) {
      expect(seen.get(name) ?? key, name).toBe(key);
      seen.set(name, key);
    }
  });
});

describe("matchMerchantText tolerates bank spellings", () => {
  it.each([
    ["HOMEDEPOT.COM       SEATTLE        WA", "The Home Depot"],
    ["WWW.BURGERKING.DE", "Burger King"],
    ["MC DONALDS 1234", "McDonald's"],
    ["POCO EINRICHTUNGSM", "POCO"],
    ["Netto Marken-Disc", "Netto Marken-Discount"],
    ["AH 1234 Utrecht", "Albert Heijn"],
    ["Lidl Vertriebs GmbH & Co. KG", "Lidl"],
    ["MARKTKAUF, LEIPZIG DE", "Marktkauf"],
    ["MONOP' PARIS", "Monoprix"],
    ["CARREFOUR HYPER", "Carrefour"],
    ["PULL&BEAR 123", "Pull&Bear"],
    ["JD WETHERSPOON", "Wetherspoon"],
  ])("%s → %s", (text, name) => {
    expect(matchMerchantText(text)?.name).toBe(name);
  });

  it("finds a start-only abbreviation after the bank's own words", () => {
    expect(merchantName({ description: "BEA   NR:XXX972   20.10.26/10.21 AH 1234 Utrecht,PAS206" })).toBe("Albert Heijn");
  });

  it.each([
    ["Verlag AH Schmidt"], // "AH" counts only as the first word
    ["PayPal Express-Zahlung"], // the "E xpress" format's letters must not make every EXPRESS an EDEKA
    ["Trattoria Bella Italia"], // a chain's name inside a local restaurant's
    ["Frank Weber"], // "fraenk" folds to "frank"
    ["Paul Schmidt"],
    ["Jan Meijer"],
    ["Normal Service"],
    ["Simply Red Tickets"],
    ["Depot Gebühr"],
  ])("does not take %s for a brand", (text) => {
    expect(matchMerchantText(text)).toBeNull();
  });

  it("does not take a common first name plus surname for a brand", () => {
    const people = ["Anna Müller", "Paul Fischer", "Lena Wagner", "Thomas Becker", "Marie Dubois", "Daan de Vries", "Giulia Rossi", "Carlos Garcia", "Oliver Smith", "Nicolas Martin"];
    for (const p of people) expect(matchMerchantText(p), p).toBeNull();
  });
});

// How merchants are named and keyed: the name a customer calls the business,
// one key whatever article, joiner or cut the bank printed, and the brand
// behind a name cut off at the card network's field width.
import { describe, expect, it } from "vitest";
import { MERCHANTS } from "../../src/categories/merchant-data.ts";
import { merchantByCutName, merchantByName } from "../../src/categories/merchant-dictionary.ts";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";

describe("merchantKey", () => {
  it.each([
    ["The Fox & Hounds", "THE FOX AND HOUNDS"],
    ["The Fox & Hounds", "FOX & HOUNDS"],
    ["The Grind House", "Grind House"],
    ["Marks and Spencer", "Marks & Spencer"],
    ["Müller und Söhne", "MUELLER & SOEHNE"],
    ["Boulangerie Paul et Fils", "Boulangerie Paul & Fils"],
    ["Bakker en Zoon", "BAKKER & ZOON"],
    ["Vue Cinemas", "VUE"],
    ["DEXTERS LETTINGS", "Dexters"],
    ["Odeon Theatres", "The Odeon"],
  ])("gives %s and %s one key", (a, b) => {
    expect(merchantKey(a)).toBe(merchantKey(b));
  });

  it.each([
    ["The Range", "Range Rover"],
    ["Fox & Hounds", "Fox Hounds Kennel"],
    ["The Body Shop", "Body Shop Repairs"],
    ["Rock and Roll Bar", "Rock Bar"],
    ["Adler Group", "Adler"],
    ["Stores Direct", "Direct"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(merchantKey(a)).not.toBe(merchantKey(b));
  });

  it("keeps an article, joiner or trade word that is the whole name or stands where it is not one", () => {
    expect(merchantKey("The")).toBe("the");
    expect(merchantKey("Salt and")).toBe("salt and");
    expect(merchantKey("And Co Bar")).toBe("and co bar");
    expect(merchantKey("Theatre Royal")).toBe("theatre royal");
    expect(merchantKey("Stores")).toBe("stores");
    expect(merchantKey("The Stores")).toBe("stores");
  });
});

// Words that name the kind of business, which customers leave out: "AMC", not "AMC Theatres".
const DROPPED_SUFFIX = /\s(?:Theatres|Theaters|Cinemas|Supermarkets|Markets|Stores|Shops|Restaurants|Lettings|Holdings|Group)$/;
// The suffix stays where the short name would be another word or another row:
// "Acme" is the placeholder name of every example, "The Gym" and "Adler" are
// ordinary words, "Stewart's" is the chain's fuel row, "Cardinal" a word and another company (Cardinal Health),
// "Taj" a hotel chain, "Nugget" a word, "ANM" initials no one says alone (the Aberdeen marts are "ANM Group").
// "Marshall" alone is the amplifier maker; the car dealers are "Marshall Motor Group".
// "Worth Ave" alone is a street; the gadget insurer is "Worth Ave. Group".
const KEEPS_SUFFIX = new Set(["Acme Markets", "Weis Markets", "The Gym Group", "Adler Group", "Stewart's Shops", "Marcus Theatres", "Cardinal Group", "Taj Stores", "Nugget Markets", "ANM Group", "Marshall Motor Group", "Worth Ave. Group"]);

describe("dictionary names", () => {
  it("use the name customers say, without a business-type suffix, outside the listed exceptions", () => {
    const long = [...new Set(MERCHANTS.map(([name]) => name))].filter((n) => DROPPED_SUFFIX.test(n) && !KEEPS_SUFFIX.has(n));
    expect(long).toEqual([]);
    for (const name of KEEPS_SUFFIX) expect(MERCHANTS.some(([n]) => n === name), name).toBe(true);
  });

  it.each([
    ["AMC THEATRES 0456", "AMC"],
    ["Backhaus Kamps GmbH", "Kamps"],
    ["KAMPS BAECKEREI", "Kamps"],
    ["WHOLE FOODS MARKET", "Whole Foods"],
    ["UCI KINOWELT", "UCI"],
    ["Lufthansa Group", "Lufthansa"],
    ["BASS PRO SHOPS 0123", "Bass Pro"],
    // A plural of a phrase's later word is the same brand: "vue cinema" covers "VUE CINEMAS".
    ["VUE CINEMAS", "Vue"],
    // A fare association's member operators bill under their own names.
    ["Rheinbahn AG", "Rheinbahn"],
    ["DSW21 Dortmunder Stadtwerke", "DSW21"],
    ["VRR Ticket", "VRR"],
  ])("labels %s with the short name %s", (text, name) => {
    expect(merchantLabel({ counterpartyName: text })).toBe(name);
  });

  it("knows the short canonical names as names, so a stored label labels to itself", () => {
    for (const name of ["AMC", "Kamps", "Whole Foods", "UCI", "Lufthansa", "Bass Pro", "Eurostar"]) {
      expect(merchantByName(name)?.name, name).toBe(name);
      expect(merchantLabel({ merchant: name }), name).toBe(name);
    }
  });
});

describe("a name cut at the field width", () => {
  it.each([
    ["CHECKCARD 0824 WHOLE FOODS MAR AUSTIN CA 5907", "Whole Foods"],
    ["PURCHASE AUTHORIZED ON 10/19 LUFTHANS 0456 AUSTIN CA", "Lufthansa"],
    ["VISA KAUFLAN 1234 NR XXXX 1287 BERLIN DE", "Kaufland"],
  ])("%s is the one brand it starts: %s", (description, name) => {
    expect(merchantLabel({ description })).toBe(name);
  });

  it("needs six characters, a cut inside a word, a field as long as banks cut, and exactly one brand", () => {
    expect(merchantByCutName("Lufthans", 24)?.name).toBe("Lufthansa");
    expect(merchantByCutName("Lufthans", 8)).toBeNull();
    expect(merchantByCutName("Luftha", 24)?.name).toBe("Lufthansa");
    expect(merchantByCutName("Lufth", 24)).toBeNull();
    // "Amazon" is complete and starts several brands ("Amazon Prime", "Amazon Web Services").
    expect(merchantByCutName("Amazon", 24)).toBeNull();
    expect(merchantByCutName("Amazo", 24)).toBeNull();
    // A whole word followed by more words is not cut: "Whole Foods" is itself a name, "Whole" no brand.
    expect(merchantByCutName("Whole Food", 24)?.name).toBe("Whole Foods");
    expect(merchantByCutName("Rose Lane Dental Practi", 24)).toBeNull();
    // The completed word is a brand of its own; "Kaufland Mobil" only continues it.
    expect(merchantByCutName("Kauflan", 24)?.name).toBe("Kaufland");
    expect(merchantByCutName("Kaufland Mob", 24)?.name).toBe("Kaufland Mobil");
  });
});

describe("canonical names", () => {
  // One chain under two rows only because its fuel sales get another category.
  const ONE_BUSINESS = [["Stewart's", "Stewart's Shops"]];

  it("never share a key, or two businesses would be one merchant", () => {
    const byKey = new Map<string, string>();
    for (const [name] of MERCHANTS) {
      const other = byKey.get(merchantKey(name));
      const same = ONE_BUSINESS.some((pair) => pair.includes(name) && pair.includes(other ?? ""));
      if (other !== undefined && !same) expect(other, name).toBe(name);
      byKey.set(merchantKey(name), name);
    }
  });
});

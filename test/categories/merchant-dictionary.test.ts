import { describe, expect, it } from "vitest";
import { matchMerchant, matchMerchantText } from "../../src/categories/merchant-dictionary.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { MERCHANTS } from "../../src/categories/merchant-data.ts";
import { CATEGORY_KEYS } from "../../src/categories/taxonomy.ts";
import { foldText } from "../../src/categories/normalize.ts";

describe("merchant dictionary data", () => {
  it("lists more than 500 merchants, each with a taxonomy key and at least one phrase", () => {
    expect(MERCHANTS.length).toBeGreaterThan(500);
    for (const [name, key, ...phrases] of MERCHANTS) {
      expect(CATEGORY_KEYS, name).toContain(key);
      expect(phrases.length, name).toBeGreaterThan(0);
    }
  });

  it("writes every phrase already folded, so it can match at all", () => {
    for (const [name, , ...phrases] of MERCHANTS) {
      for (const p of phrases) expect(foldText(p.replace(/^[~^*]/, "")), `${name}: ${p}`).toBe(p.replace(/^[~^*]/, ""));
    }
  });
});

describe("matchMerchantText", () => {
  it.each([
    ["REWE SAGT DANKE 44011234", "REWE", "groceries"],
    ["EDEKA Center Müller//Hamburg/DE", "EDEKA", "groceries"],
    ["LIDL DIENSTL. SAGT DANKE", "Lidl", "groceries"],
    ["ALDI SUED 71 Muenchen", "ALDI SÜD", "groceries"],
    ["ALDI SÜD", "ALDI SÜD", "groceries"],
    ["NETTO MARKEN-DISCOUNT 3412", "Netto Marken-Discount", "groceries"],
    ["Kaufland Berlin-Mitte", "Kaufland", "groceries"],
    ["DM-Drogerie Markt GmbH//Karlsruhe", "dm", "drugstore"],
    ["DM FIL.1234 H:65", "dm", "drugstore"],
    ["ROSSMANN 2193", "Rossmann", "drugstore"],
    ["Müller Handels GmbH & Co. KG", "Müller", "drugstore"],
    ["DB Vertrieb GmbH", "Deutsche Bahn", "transport"],
    ["BVG Ticket App", "BVG", "transport"],
    ["HVV Hamburger Verkehrsverbund", "HVV", "transport"],
    ["ARAL Station 123", "Aral", "fuel"],
    ["Shell Deutschland Oil GmbH", "Shell", "fuel"],
    ["ESSO STATION 4711", "Esso", "fuel"],
    ["TotalEnergies Station Berlin", "TotalEnergies", "fuel"],
    ["AMZN Mktp DE*2K4L83FH4", "Amazon", "shopping"],
    ["Amazon Prime*RT4J21", "Amazon Prime", "subscriptions"],
    ["PAYPAL *NETFLIX", "Netflix", "subscriptions"],
    ["Spotify AB", "Spotify", "subscriptions"],
    ["DisneyPlus", "Disney+", "subscriptions"],
    ["APPLE.COM/BILL", "Apple", "subscriptions"],
    ["GOOGLE *YouTubePremium", "YouTube", "subscriptions"],
    ["TESCO STORES 2831", "Tesco", "groceries"],
    ["SAINSBURY'S S/MKTS", "Sainsbury's", "groceries"],
    ["WM MORRISON STORE", "Morrisons", "groceries"],
    ["TFL TRAVEL CH", "TfL", "transport"],
    ["UBER *TRIP HELP.UBER.COM", "Uber", "transport"],
    ["UBER *EATS PENDING", "Uber Eats", "restaurants"],
    ["Lieferando.de", "Lieferando", "restaurants"],
    ["DELIVEROO", "Deliveroo", "restaurants"],
    ["McDonald's 1234", "McDonald's", "restaurants"],
    ["STARBUCKS STORE #10293", "Starbucks", "restaurants"],
    ["WAL-MART #1234", "Walmart", "groceries"],
    ["TARGET 00012345 AUSTIN TX", "Target", "shopping"],
    ["WHOLEFDS MKT 10234", "Whole Foods", "groceries"],
    ["TRADER JOE'S #552", "Trader Joe's", "groceries"],
    ["CHEVRON 0092341", "Chevron", "fuel"],
    ["Vodafone GmbH", "Vodafone", "utilities"],
    ["Telekom Deutschland GmbH", "Telekom", "utilities"],
    ["Telefonica Germany GmbH", "O2", "utilities"],
    ["IKEA Deutschland", "IKEA", "shopping"],
    ["MEDIA MARKT TV-HIFI-ELEKTRO", "MediaMarkt", "shopping"],
    ["ZALANDO SE", "Zalando", "shopping"],
    ["H&M 123", "H&M", "shopping"],
    ["Allianz Versicherungs-AG", "Allianz", "insurance"],
    ["HUK-COBURG", "HUK-COBURG", "insurance"],
    ["Finanzamt Charlottenburg", "Finanzamt", "taxes"],
    ["Rundfunk ARD, ZDF, DRadio", "Rundfunkbeitrag", "taxes"],
    ["Vattenfall Europe Sales", "Vattenfall", "utilities"],
    ["E.ON Energie Deutschland", "E.ON", "utilities"],
  ])("recognises %s as %s", (text, name, key) => {
    expect(matchMerchantText(text)).toMatchObject({ name, categoryKey: key });
  });

  it("matches German compounds by word part", () => {
    expect(matchMerchantText("Marien-Apotheke Köln")?.categoryKey).toBe("health");
    expect(matchMerchantText("Stadtapotheke")?.categoryKey).toBe("health");
    expect(matchMerchantText("Stadtwerke München GmbH")?.categoryKey).toBe("utilities");
  });

  it("does not match a name inside another word", () => {
    expect(matchMerchantText("Brewery Tap Room")).toBeNull();
    expect(matchMerchantText("Shellfish Market")).toBeNull();
  });

  it("ignores a surname that is also a drugstore's name", () => {
    expect(matchMerchantText("Hans Müller")).toBeNull();
  });

  it("does not mistake the German word über for Uber", () => {
    expect(matchMerchantText("Zahlung über Paypal an Max")).toBeNull();
  });

  it("sees through payment wrappers to the shop", () => {
    expect(matchMerchantText("REWE Markt GmbH Google Pay")?.name).toBe("REWE");
    expect(matchMerchantText("SumUp *Edeka Schulz")?.name).toBe("EDEKA");
  });

  it("prefers the counterparty but reads the description when the counterparty is a processor", () => {
    expect(
      matchMerchant({ counterpartyName: "PayPal Europe S.a.r.l. et Cie S.C.A", description: "1040 PP.5678.PP . Spotify AB, Ihr Einkauf bei Spotify AB" })?.name,
    ).toBe("Spotify");
  });
});

describe("merchantName", () => {
  it.each([
    [{ counterpartyName: "REWE SAGT DANKE 1234" }, "REWE"],
    [{ description: "PAYPAL *NETFLIX" }, "Netflix"],
    [{ counterpartyName: "SQ *BLUE BOTTLE COFFEE 0042" }, "Blue Bottle Coffee"],
    [{ counterpartyName: "Backhaus Kamps GmbH//Koeln/DE" }, "Kamps"],
    [{ counterpartyName: "KAISERS TENGELMANN 1234 BERLIN" }, "Kaisers Tengelmann"],
    [{ counterpartyName: "Bäckerei Schmidt GmbH & Co. KG" }, "Bäckerei Schmidt"],
    [{ counterpartyName: "Marien-Apotheke" }, "Marien-Apotheke"],
    [{ merchant: "Café Luna", counterpartyName: "SumUp Payments" }, "Café Luna"],
  ])("labels %j as %s", (tx, expected) => {
    expect(merchantName(tx)).toBe(expected);
  });

  it("skips a processor as counterparty and uses the text", () => {
    expect(merchantName({ counterpartyName: "PayPal Europe S.a.r.l.", description: "PAYPAL *KLEINER LADEN" })).toBe("Kleiner Laden");
  });

  it("returns null when nothing readable is left", () => {
    expect(merchantName({ counterpartyName: "4711 0815", description: null })).toBeNull();
    expect(merchantName({})).toBeNull();
  });
});

describe("a brand named by a common word, behind a card terminal's prefix", () => {
  it.each([
    ["CCV*PLUS VERMEULEN", "PLUS"],
    ["CCV*PLUS VERMEULEN UTRECHT, NL", "PLUS"],
    ["SUMUP *PLUS KOOPS", "PLUS"],
    ["Zettle_*Spar Koops", "SPAR"],
  ])("labels %s as %s, the franchise's owner after the brand", (text, name) => {
    expect(merchantName({ counterpartyName: text })).toBe(name);
    expect(matchMerchant({ description: text })?.categoryKey).toBe("groceries");
  });

  it.each(["PLUS ACCOUNT FEE", "Tagesgeld PLUS", "PAYPAL *PLUS500", "CCV*CAFE PLUS"])("does not read %s as the supermarket", (text) => {
    expect(merchantName({ counterpartyName: text })).not.toBe("PLUS");
    expect(matchMerchant({ counterpartyName: text })?.name).not.toBe("PLUS");
  });

  it("keeps Disney Plus a streaming service, with or without a terminal prefix", () => {
    expect(merchantName({ counterpartyName: "Disney Plus" })).toBe("Disney+");
    expect(merchantName({ counterpartyName: "SUMUP *DISNEY PLUS" })).toBe("Disney+");
  });
});

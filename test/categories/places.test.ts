// Towns printed after the shop's name on card descriptors come off the label;
// a town that is also a word ending shop names is deliberately not a town.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { CITIES, KNOWN_CITIES, NOT_CITIES } from "../../src/categories/places.ts";
import { MERCHANTS } from "../../src/categories/merchant-data.ts";
import { foldText, foldUmlauts } from "../../src/categories/normalize.ts";

describe("a town after the shop's name is not part of the name", () => {
  it.each<[string, string]>([
    ["SQ *BLUE HERON CAFE TACOMA WA", "Blue Heron Cafe"],
    ["ROSE BAKERY SCOTTSDALE AZ", "Rose Bakery"],
    ["TST* LITTLE SAIGON KITCHEN SAN ANTONIO TX", "Little Saigon Kitchen"],
    ["HARBOR BOOKS ANN ARBOR MI", "Harbor Books"],
    ["CORNER DELI HOBOKEN NJ", "Corner Deli"],
    ["SUNSET TACOS SANTA MONICA CA", "Sunset Tacos"],
    ["MAPLE LEAF DINER ST LOUIS MO", "Maple Leaf Diner"],
    ["OCEAN VIEW SURF SHOP FT LAUDERDALE FL", "Ocean View Surf Shop"],
    ["BAECKEREI SCHNEIDER GIESSEN DE", "Baeckerei Schneider"],
    ["CAFE LUISE RUESSELSHEIM DE", "Cafe Luise"],
    ["METZGEREI HUBER ZWEIBRUECKEN DE", "Metzgerei Huber"],
    ["BLUMEN WERNER FUERSTENFELDBRUCK", "Blumen Werner"],
    ["Buchhandlung Lesezeichen Lüdenscheid", "Buchhandlung Lesezeichen"],
    ["WEINHAUS KELLER NEU-ULM DE", "Weinhaus Keller"],
    ["EISCAFE ROSSI SCHWAEBISCH GMUEND DE", "Eiscafe Rossi"],
    ["GASTHOF ZUR POST UNTERSCHLEISSHEIM DE", "Gasthof Zur Post"],
    ["CAFE SACHER KLAGENFURT AT", "Café Sacher"],
    ["CONFISERIE HAUSER WINTERTHUR CH", "Confiserie Hauser"],
    ["THE COFFEE HOUSE HUDDERSFIELD GBR", "The Coffee House"],
    ["SUMUP *GREEN GROCER STRATFORD-UPON-AVON GB", "Green Grocer"],
    ["FISH AND CHIPS ST ALBANS GB", "Fish And Chips"],
    ["BOULANGERIE MARTIN SAINT-ETIENNE FR", "Boulangerie Martin"],
    ["CB LA PETITE EPICERIE AIX-EN-PROVENCE", "La Petite Epicerie"],
    ["PAIEMENT CB CAVE DES VIGNERONS MONTPELLIER", "Cave Des Vignerons"],
    ["BAKKERIJ DE VRIES NIJMEGEN NL", "Bakkerij De Vries"],
    ["DE BRUINE BOON S-HERTOGENBOSCH NL", "De Bruine Boon"],
    ["FRITUUR DE KEIZER BRUGGE BE", "Frituur De Keizer"],
    ["TAPAS BAR PEPE ZARAGOZA ES", "Tapas Bar Pepe"],
    ["BAR CENTRALE BERGAMO IT", "Bar Centrale"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

  it("splits a newly listed town the terminal ran into the name", () => {
    expect(merchantName({ description: "SUMUP *CORNER BAKERYHUDDERSFIELD   GBR" })).toBe("Corner Bakery");
  });
});

describe("a word that is a town and ends shop names stays", () => {
  it.each<[string, string]>([
    ["LE PETIT ORANGE", "Le Petit Orange"],
    ["GOLDEN HORSE DERBY", "Golden Horse Derby"],
    ["PIZZERIA BELLA SORRENTO", "Pizzeria Bella Sorrento"],
    ["TAVERNA DE OUDE HOORN", "Taverna De Oude Hoorn"],
    ["HOTEL ZUM HOF", "Hotel Zum Hof"],
    ["THREE KINGS DEAL", "Three Kings Deal"],
  ])("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

  it("does not split a town that ends another town off it", () => {
    // "Brandenburg" would cut Neubrandenburg into "Neu" + a town.
    expect(merchantName({ description: "SUMUP *BLUMEN HOFMANN NEUBRANDENBURG  DE" })).toBe("Blumen Hofmann");
  });
});

describe("the town list", () => {
  // Listed before these checks existed: Zurich is also the insurer's name, and the dictionary reads it first.
  const LISTED_BEFORE = new Set(["zurich", "zuerich"]);
  // The descriptor never splits these off a word run together (its GLUE_EXCEPT), or both towns were listed before.
  const GLUE_SAFE = new Set(["essen", "hagen", "kassel"]);
  const towns = [...CITIES].filter((c) => !LISTED_BEFORE.has(c));

  it("holds no town that the merchant dictionary uses as a brand's name or phrase", () => {
    const brandWords = new Set<string>();
    for (const [name, , ...phrases] of MERCHANTS) {
      for (const p of [name, ...phrases.filter((x) => !x.startsWith("~"))]) {
        const folded = foldText(p.replace(/^\^/, ""));
        brandWords.add(folded).add(foldUmlauts(folded));
      }
    }
    expect(towns.filter((c) => brandWords.has(c) || brandWords.has(foldUmlauts(c)))).toEqual([]);
  });

  it("holds none of the towns left out on purpose", () => {
    expect(towns.filter((c) => NOT_CITIES.has(c))).toEqual([]);
  });

  it("holds no town that ends another listed town, which would split it in two", () => {
    // Only the known cities are split off a word run together (the gazetteer's small towns never are).
    const single = [...KNOWN_CITIES].filter((c) => !c.includes(" "));
    const ends = (c: string) => single.filter((w) => w.length - c.length >= 2 && w.endsWith(c));
    const splitting = single.filter((c) => c.length >= 4 && !GLUE_SAFE.has(c) && ends(c).length > 0);
    expect(splitting.map((c) => `${c} ends ${ends(c).join(", ")}`)).toEqual([]);
  });

  it("prints umlauts and Saint in every spelling banks use", () => {
    const printed = ["russelsheim", "ruesselsheim", "unterschleissheim", "st etienne", "saint etienne", "st albans", "ft lauderdale", "s hertogenbosch"];
    for (const spelling of printed) {
      expect(CITIES.has(spelling), spelling).toBe(true);
    }
  });
});

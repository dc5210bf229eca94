// Local shops no dictionary knows, named by their trade in the card text:
// German, Austrian, English, French, Dutch, Italian and Spanish. And the
// vocabulary itself: every word decides its own category, and none repeats a
// word heuristics.ts already knows.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { contentCategory, keywordLists } from "../../src/categories/heuristics.ts";
import { foldText, foldUmlauts } from "../../src/categories/normalize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { SHOP_KIND_WORDS } from "../../src/categories/shop-kinds.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] });

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount).categoryKey).toBe(category);
  });

describe("an unknown local shop by the trade its name says", () => {
  itCategorizes([
    [null, "SUMUP *SLAGERIJ DE VRIES", "-18.40", "groceries"],
    [null, "BOUCHERIE MARTIN 0412 LYON", "-23.10", "groceries"],
    [null, "CARTE 14/03 QUINCAILLERIE DUBOIS CB*4471", "-12.90", "shopping"],
    [null, "CARTE 02/04 LAVERIE DES LILAS CB*1182", "-6.00", "drugstore"],
    [null, "PAIEMENT CB 1203 ONGLERIE BELLA NICE", "-35.00", "drugstore"],
    [null, "CARTE X1234 BURALISTE LE BALTO", "-11.80", "groceries"],
    [null, "SUMUP *BUVETTE DU LAC ANNECY", "-9.50", "restaurants"],
    [null, "CARTE 11/05 CORDONNERIE SAINT MICHEL CB*9921", "-14.00", "drugstore"],
    [null, "CB TRAITEUR DELICES D ASIE 75011", "-16.20", "restaurants"],
    [null, "CB OPTIQUE DU CENTRE 34000 MONTPELLIER", "-89.00", "health"],
    [null, "CARROSSERIE DUPONT SARL 69008", "-340.00", "fuel"],
    [null, "SUMUP *BEISL ZUR LINDE WIEN", "-27.60", "restaurants"],
    [null, "HEURIGER MAYER GRINZING 1190", "-31.40", "restaurants"],
    [null, "TRAFIK NR 47 GRAZ", "-7.80", "groceries"],
    [null, "Tabakwaren Schulze Dresden", "-9.60", "groceries"],
    [null, "SUMUP *NATURKOSMETIK LINDNER", "-24.95", "drugstore"],
    [null, "LANDGASTHAUS ZUR MUEHLE", "-58.20", "restaurants"],
    [null, "SCHWIMMHALLE NORD KASSE 2", "-4.50", "entertainment"],
    [null, "ELEKTROMARKT HOFFMANN 0815 KASSEL", "-49.99", "shopping"],
    [null, "AUTOTEILE KRAUSE GMBH LEIPZIG", "-62.30", "fuel"],
    [null, "FERIENPARK SEEBLICK RUEGEN", "-412.00", "travel"],
    [null, "STADTBUECHEREI MUENSTER JAHRESAUSWEIS", "-20.00", "education"],
    [null, "SQ *BODEGA 24 BROOKLYN NY", "-8.75", "groceries"],
    [null, "ZTL*HIGHGATE IRONMONGERS LONDON", "-15.49", "shopping"],
    [null, "SQ *HILLTOP CARVERY BATH", "-21.90", "restaurants"],
    [null, "SUMUP *MARIOS GELATO BRIGHTON", "-5.20", "restaurants"],
    [null, "ABBEY TOBACCONIST LONDON GBR", "-12.60", "groceries"],
    [null, "SQ *NORTHSIDE CHIPPER DUBLIN", "-11.00", "restaurants"],
    [null, "CHECKCARD 0412 ELM STREET CHIROPRACTIC DENVER CO", "-65.00", "health"],
    [null, "PARKSIDE LAUNDROMAT CHICAGO IL", "-7.25", "drugstore"],
    [null, "SQ *LAKESIDE PAINTBALL LTD", "-45.00", "entertainment"],
    [null, "SEASIDE MOTEL TORQUAY", "-96.00", "travel"],
    [null, "SUMUP *IJZERWAREN DE WIT", "-13.45", "shopping"],
    [null, "BEA NR:12AB34 PANNENKOEKENHUIS DE MOLEN", "-38.70", "restaurants"],
    [null, "SUMUP *KRINGLOOPWINKEL DE ARK", "-6.50", "shopping"],
    [null, "BEA STRANDPAVILJOEN ZUID ZANDVOORT", "-24.00", "restaurants"],
    [null, "CCV*SHOARMA ISTANBUL ROTTERDAM", "-12.50", "restaurants"],
    [null, "Drogist Van Leeuwen Utrecht", "-8.99", "drugstore"],
    [null, "SPORTSCHOOL FITFORCE AMERSFOORT", "-29.95", "entertainment"],
    [null, "SUMUP *ROSTICCERIA DA GINO ROMA", "-14.00", "restaurants"],
    [null, "FERRAMENTA ROSSI SNC MILANO", "-18.30", "shopping"],
    [null, "TABACCHI N 12 FIRENZE", "-5.50", "groceries"],
    [null, "AGRITURISMO IL POGGIO SIENA", "-180.00", "travel"],
    [null, "CERVECERIA LA OLLA MADRID", "-22.40", "restaurants"],
    [null, "FERRETERIA GARCIA SL VALENCIA", "-9.90", "shopping"],
    [null, "ESTANCO N 5 SEVILLA", "-10.00", "groceries"],
  ]);

  it("reads money back from such a shop as a refund of its category", () => {
    expect(categoryOf(null, "CARTE 02/05 QUINCAILLERIE DUBOIS AVOIR", "12.90")).toEqual({ categoryKey: "refunds", source: "fallback", refundOf: "shopping" });
  });

  it("keeps a transfer to a person a person's, whatever trade word its purpose names", () => {
    expect(categoryOf("Jan de Vries", "Kroeg vrijdag", "-15.00").categoryKey).toBe("other");
  });
});

describe("the shop-kind vocabulary", () => {
  // A compound pattern ("[a-z]+restaurant") stands for one of its compounds.
  const sample = (word: string) => word.replace(/\[a-z\][*+]/g, "zz");
  const all = SHOP_KIND_WORDS.flatMap(([key, words]) => words.map((word) => [key, word] as const));

  it.each(all)("%s: %s decides its own category", (key, word) => {
    expect(contentCategory({ amountSign: -1, texts: [sample(word)] })).toBe(key);
  });

  it("repeats no word heuristics.ts already knows", () => {
    // heuristics.ts's own keyword lists, matched as it matches them (whole folded words): a shop-kind word one of them
    // catches is a duplicate. (Read from keywordLists() rather than by mocking the vocabulary away: a module reset
    // would reach every file after this one in a worker that runs files without isolation.)
    // Money out only, as a shop's payment is: the lists of money in (salary, pensions, refunds) do not apply.
    const own = keywordLists().slice(0, -SHOP_KIND_WORDS.length).filter(({ key }) => !["salary", "income_other", "refunds"].includes(key));
    const lists = own.map(({ key, entries }) => ({ key, words: new RegExp(`(^| )(${entries.map(foldUmlauts).join("|")})( |$)`) }));
    const known = all.filter(([, word]) => {
      const text = foldUmlauts(foldText(sample(word)));
      return lists.some((l) => l.words.test(text));
    });
    expect(known).toEqual([]);
  });

  it("lists each word once", () => {
    const words = all.map(([, word]) => word);
    expect(words.filter((word, i) => words.indexOf(word) !== i)).toEqual([]);
  });
});

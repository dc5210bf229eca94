// Shapes met in caravanners', campers' and boat owners' accounts (pool 53, read after scoring): marinas and
// campsites, water-sports clubs, boat and camping gear, and a card's statement settled. Each case is a made-up
// business of a shape many real ones share.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("a card's statement settled is a card bill", () => {
  itCategorizes([
    [null, "MASTERCARD STATEMENT SETTLED 04/2026", "-712.40", "transfers"],
    [null, "VISA STATEMENT SETTLED IN FULL", "-288.10", "transfers"],
    [null, "CREDIT CARD BALANCE SETTLED 11/2025", "-1210.00", "transfers"],
  ]);
});

describe("a marina's or a campsite's fee is travel", () => {
  itCategorizes([
    [null, "Kartenzahlung YACHTHAFEN SCHLEIMUENDE GMBH. 12345678//Kiel 2026-07-02T10:11:12 KFN 1 VJ 2812", "-64.00", "travel"],
    [null, "SUMUP *HOLMWOOD MARINA ON 03 AUG          CPM", "-120.00", "travel"],
    [null, "BEA   NR:XXX111   01.07.26/10.00 JACHTHAVEN DE KRAMMER Bruinisse,PAS123", "-38.00", "travel"],
    [null, "CARTE 12/07/26 PORT DE PLAISANCE DE LORIENT CB*1234", "-52.00", "travel"],
    ["Ostseecamping Brodauer Strand GmbH", "Stellplatz 12 Aufenthalt 14.-21.08.", "-410.00", "travel"],
    [null, "NATURCAMPING AM HAFFSEE//ANKLAM/DE 2026-06-02T10:00", "-88.00", "travel"],
  ]);
});

describe("a water-sports club's dues are leisure", () => {
  itCategorizes([
    ["Wassersportverein Plauer See e.V.", "Mitgliedsbeitrag 2026 Mitgl. 118", "-180.00", "entertainment"],
    ["Watersportvereniging De Zuidwester", "Contributie 2026 lid 88", "-210.00", "entertainment"],
    ["Seglerverein Ammersee e.V.", "Jahresbeitrag 2026", "-240.00", "entertainment"],
  ]);
});

describe("boat and camping gear is shopping", () => {
  itCategorizes([
    [null, "VIS SOLENT CHANDLERY LTD PORTSMOUTH", "-96.00", "shopping"],
    [null, "VISA BOOTSZUBEHOER HANSEN 1234", "-54.00", "shopping"],
    [null, "CHECKCARD 0412 SUNRISE AWNINGS AND RV PARTS PHOENIX AZ 1234", "-188.00", "shopping"],
    [null, "Kartenzahlung CAMPINGBEDARF NORD. 12345678//Rostock", "-42.00", "shopping"],
    ["Vorzeltwelt Sauerland GmbH", null, "-320.00", "shopping"],
  ]);
});

describe("a French deferred card's monthly debit is a card bill, whatever its purpose says", () => {
  // Pool 50 (read): a business card's monthly debit named for expenses ("notes de frais") is no bank fee.
  itCategorizes([
    [null, "DEBIT MENSUEL CARTE GOLD MASTERCARD NOTES DE FRAIS MARS", "-1320.00", "transfers"],
    [null, "ECHEANCE CARTE VISA PREMIER FRAIS DE MISSION 02/2026", "-884.10", "transfers"],
    [null, "DEBIT MENSUEL CARTE 4974XXXXXXXX1234", "-402.75", "transfers"],
    [null, "DEBIT MENSUEL CARTE AFFAIRES NOTES DE FRAIS JUIN", "-975.30", "transfers"],
  ]);
});

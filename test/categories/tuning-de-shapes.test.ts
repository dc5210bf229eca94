// Shapes German banks (comdirect, DKB, ING, Sparkasse, Postbank, Commerzbank,
// Volksbank, N26) and PayPal print around a shop's name: a co-operative's
// legal form in capitals, a joining word left dangling where the card field's
// width cut the name, a therapy or health centre named by its kind, and real
// brands printed in forms the dictionary did not know.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

describe("what a German bank prints after a name is not the name", () => {
  it.each<[string | null, string | null, string]>([
    // A co-operative's eG, printed in capitals or title case by the terminal, is a legal form like GmbH.
    [null, "VISA BIOLADEN SONNENBLUME EG 4412", "Bioladen Sonnenblume"],
    [null, "KARTENZAHLUNG | WINZERKELLER HOHENTWIEL EG//KONSTANZ/DE", "Winzerkeller Hohentwiel"],
    ["Dorfladen Unterthingau Eg", "Kartenzahlung girocard", "Dorfladen Unterthingau"],
    // A joining word the field's width left at the end is no part of the name.
    [null, "ERGOTHERAPIE WEGWEISER FUER//HAMBURG/DE 2025-06-30T10:47:15", "Ergotherapie Wegweiser"],
    ["PRAXIS KLANGRAUM FÜR", null, "Praxis Klangraum"],
    ["ATELIER SCHOENE DINGE UND", null, "Atelier Schoene Dinge"],
  ])("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
  });

  it("keeps a name that is only a joining word and one more", () => {
    expect(merchantName({ counterpartyName: "HAUS FUER" })).not.toBe("Haus");
  });
});

describe("therapy and health centres are health by their kind's word", () => {
  it.each<[string | null, string | null, string]>([
    ["Therapiezentrum Lindenhof GmbH", null, "health"],
    [null, "ZTL*THERAPIEZENTRUM AM WALL", "health"],
    ["BERGMANN ZENTRUM FUER GESUNDHEIT GMBH", null, "health"],
    ["Gesundheitszentrum Rheinaue", null, "health"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-48.00")).toBe(category);
  });
});

describe("real brands in the forms German banks print them", () => {
  it.each<[string | null, string | null, string]>([
    ["SOONER.DE", null, "Sooner"],
    ["TIXFORGIGS.COM", null, "Tixforgigs"],
    ["energis GmbH", "energis Abschlagszahlung 10/2026 Vertragskonto 5550123", "energis"],
    ["Hol'ab Getraenkemarkt GmbH", null, "Hol'ab!"],
    [null, "KRAEMER MEGA STORE 0112", "Krämer Pferdesport"],
    ["Stiegeler Internet Service GmbH & Co. KG", "Rechnung 05/2026 Kundennr. 12345", "Stiegeler"],
    [null, "ALL-INKL.COM", "ALL-INKL.COM"],
  ])("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
  });

  it.each<[string | null, string | null, string, string]>([
    ["SOONER.DE", null, "-6.99", "subscriptions"],
    ["TIXFORGIGS.COM", null, "-39.00", "entertainment"],
    ["energis GmbH", "energis Abschlagszahlung 10/2026 Vertragskonto 5550123", "-84.00", "utilities"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

describe("what a payment is for, from the bank's and the payee's wording", () => {
  it.each<[string | null, string | null, string, string]>([
    // Paying a buy-now-pay-later bill is paying for what was bought.
    ["Klarna Bank AB (publ)", "Ihre Klarna Rechnung Mai 2026 Ref. K-9912004711", "-64.90", "shopping"],
    ["Klarna Bank AB (publ)", "Klarna Ratenkauf Rate 03/2026 Vertragsnr. 8812093344", "-25.00", "shopping"],
    // A district's or a town's administration (its car registration office too), written out or cut short.
    [null, "VISA KREISVERW. SUEDWESTPFALZ ZULASSUNG 1188", "-31.20", "taxes"],
    ["Kreisverwaltung Bernkastel-Wittlich", "Zulassung Kennzeichen WIL-AB 123", "-36.80", "taxes"],
    [null, "KARTENZAHLUNG | ZULASSUNGSSTELLE LANDKREIS HARBURG//WINSEN/DE", "-27.40", "taxes"],
    // A magazine or newspaper publisher sells its titles by subscription.
    ["HOLZMANN ZEITSCHRIFTENVERLAG GMBH", null, "-48.00", "subscriptions"],
    ["Hellweger Zeitungsverlag GmbH", null, "-32.90", "subscriptions"],
    // A cider tavern or a winemaker's seasonal tavern is somewhere to eat and drink.
    [null, "APFELWEINWIRTSCHAFT ZUM LAHMEN ESEL. 11223344//Frankfurt", "-41.30", "restaurants"],
    ["Besenwirtschaft Weingut Kern", null, "-28.50", "restaurants"],
    ["Strausswirtschaft Hof Mertes", null, "-22.00", "restaurants"],
    // An anglers' club (its permit for a stretch of river) is a hobby's.
    ["Angelsportverein Forelle Brilon e.V.", "Erlaubnisschein Diemel 2026 Mitgliedsnr. 77", "-45.00", "entertainment"],
    // A snack bar is food whatever its name's words: "Hoa" there is a name, no US homeowners association.
    [null, "SUMUP *IMBISS HOA MAI//BERLIN/DE", "-9.80", "restaurants"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

describe("practices by the name people use", () => {
  it.each<[string | null, string | null, string]>([
    // An orthodontist's practice by its trade's name, as "KFO Praxis" is.
    ["Kieferorthopaedische Praxis Dr. Brandhorst", null, "Kieferorthopaedie Dr. Brandhorst"],
    ["Kieferorthopädische Praxis Dr. Yilmaz", "Eigenanteil Behandlung", "Kieferorthopädie Dr. Yilmaz"],
  ])("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
  });
});

describe("bodies and chains German bank customers pay or are paid by", () => {
  it.each<[string | null, string | null, string]>([
    // The child benefit office goes by its own name, not its parent agency's.
    ["Bundesagentur für Arbeit - Familienkasse", "Kindergeld 04/2026 KG-Nr. 123FK998877", "Familienkasse"],
    [null, "VISA ALIVA.DE 5512093 1234", "Aliva"],
    ["FSP Fahrzeug-Sicherheitspruefung GmbH & Co. KG", "Hauptuntersuchung WN-XY 42", "FSP"],
    ["RAHM ZENTRUM FUER GESUNDHEIT GMBH", null, "Sanitätshaus Rahm"],
  ])("%s / %s → %s", (counterpartyName, description, label) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
  });

  it.each<[string | null, string | null, string, string]>([
    [null, "VISA ALIVA.DE 5512093 1234", "-23.95", "health"],
    ["FSP Fahrzeug-Sicherheitspruefung GmbH & Co. KG", "Hauptuntersuchung WN-XY 42", "-139.00", "fuel"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

describe("a bank's own charges by their wording", () => {
  it.each<[string | null, string | null, string, string]>([
    // The surcharge for converting a payment's currency is the bank's fee, whatever the payment was.
    [null, "Währungsumrechnung Kartenzahlung in CZK Aufschlag Juli", "-1.85", "fees"],
    [null, "Waehrungsumrechnung Ueberweisung in GBP Entgelt", "-3.10", "fees"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

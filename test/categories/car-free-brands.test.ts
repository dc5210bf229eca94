// Real brands of young city households living without a car (pool 75): climbing halls and gyms, fitness apps, co-living
// operators and room portals, hostels, meal kits, bike insurers, rail and transit, coffee bars and taprooms, concert
// venues, a robo-adviser; and the trade words of a sublet room's rent and a bike shop's slang name. Guards: the
// ordinary words beside them, and a person's payback that names a venue, stay what they were.
import { describe, expect, it } from "vitest";
import { categoryOf, itKeeps, itNames } from "./brand-cases.ts";

describe("climbing halls, gyms and fitness apps by their printed forms", () => {
  itNames([
    [null, "BERTA BLOCK GMBH//BERLIN/DE 2026-02-01T10:00:00", "-14.00", "Berta Block", "entertainment"],
    ["DER KEGEL BERLIN FHAIN", "", "-12.50", "Der Kegel", "entertainment"],
    [null, "NORDWANDHALLE KLETT/WILHELMSBURG/HAMBURG/DE", "-15.00", "Nordwandhalle", "entertainment"],
    [null, "KLETTERFABRIK KOELN//KOELN/DE 2026-02-01T10:00:00", "-16.00", "Kletterfabrik Köln", "entertainment"],
    [null, "ZTL*GLASGOW CLIMBING CEGLASGOW       GBR", "-12.00", "Glasgow Climbing Centre", "entertainment"],
    [null, "SUPERFIT GMBH//BERLIN/DE 2026-02-01T10:00:00", "-39.00", "Superfit", "entertainment"],
    [null, "VIS DIGME FITNESS ST PAULS LONDON", "-22.00", "Digme", "entertainment"],
    [null, "YOGAEASY.DE//HAMBURG/DE 2026-02-01T10:00:00", "-9.99", "YogaEasy", "subscriptions"],
    [null, "8FIT.COM BERLIN", "-7.99", "8fit", "subscriptions"],
    [null, "VIRTUAGYM BV Amsterdam, NL", "-8.00", "Virtuagym", "subscriptions"],
  ]);
});

describe("co-living operators and room portals are rent; hostels travel; meal kits groceries", () => {
  itNames([
    [null, "HABYT.COM BOOKING//BERLIN/DE 2026-02-01T10:00:00", "-40.00", "Habyt", "rent"],
    ["LYVLY LTD", "LYVLY COLIVING ROOM 12", "-850.00", "Lyvly", "rent"],
    [null, "PURCHASE AUTHORIZED ON 01/02 STREETEASY.COM NEW YORK NY S123 CARD 1111", "-30.00", "StreetEasy", "rent"],
    [null, "SAFESTAY YORK          YORK          GBR", "-90.00", "Safestay", "travel"],
    [null, "JAZ IN THE CITY AMSTERDAM Amsterdam, NL", "-180.00", "Jaz in the City", "travel"],
    [null, "ALLPLANTS LTD LONDON", "-60.00", "Allplants", "groceries"],
    [null, "PURCHASE AUTHORIZED ON 01/02 SUNBASKET.COM SAN FRANCISCO CA S123 CARD 1111", "-70.00", "Sunbasket", "groceries"],
    [null, "CYCLEGUARD DD MARCH", "-8.00", "Cycleguard", "insurance"],
  ]);
});

describe("rail, a monorail and a transit card are transport; coffee bars, taprooms and venues their trades", () => {
  itNames([
    [null, "LEOEXPRESS.COM PRAHA", "-19.00", "Leo Express", "transport"],
    [null, "CHECKCARD 0101 SEATTLE MONORAIL SVCS SEATTLE WA 123", "-3.50", "Seattle Monorail", "transport"],
    [null, "PURCHASE AUTHORIZED ON 01/02 MYORCA.COM AUTOLOAD SEATTLE WA S123 CARD 1111", "-20.00", "ORCA", "transport"],
    [null, "MAN VERSUS MACHINE COFFEE//MUENCHEN/DE 2026-02-01T10:00:00", "-4.80", "Man versus Machine", "restaurants"],
    [null, "HOPFENREICH//BERLIN/DE 2026-02-01T10:00:00", "-18.00", "Hopfenreich", "restaurants"],
    // Tossed's salad bars print the branch after the chain's name.
    [null, "TOSSED ST PAULS 1234   ON 08 DEC          BCC", "-8.50", "Tossed", "restaurants"],
    [null, "BEA   NR:XXX111   01.02.26/09.10 ZETTLE_*BUTCHERS TEARS Amsterdam,PAS111", "-12.00", "Butcher's Tears", "restaurants"],
    [null, "MUFFATWERK MUENCHEN//MUENCHEN/DE 2026-02-01T10:00:00", "-30.00", "Muffathalle", "entertainment"],
    [null, "CARTE 01/02/26 LE TRABENDO PARIS CB*1111", "-25.00", "Le Trabendo", "entertainment"],
    [null, "CHECKCARD 0101 SQ *BICYCLE HABITAT NEW YORK NY 123", "-60.00", "Bicycle Habitat", "shopping"],
    [null, "VIR SEPA YOMONI VERSEMENT MENSUEL", "-100.00", "Yomoni", "savings"],
  ]);
});

describe("the words beside them keep their meaning", () => {
  itKeeps([
    [null, "KEGELBAHN DER KEGEL CLUB", "Der Kegel"],
    [null, "VIR SEPA MME ANNE DURAND REMBOURSEMENT PLACES TRABENDO", "Le Trabendo"],
    [null, "LANDRYS SEAFOOD HOUSE HOUSTON TX", "Landry's Bicycles"],
    [null, "HABITAT STORE LONDON", "Bicycle Habitat"],
  ]);
});

describe("a sublet room's rent and a bike shop by its slang name", () => {
  it.each([
    ["Mara Lindqvist", "Untermiete Zimmer Mai 2026", "-450.00", "rent"],
    [null, "DRAHTESEL FAHRRADLADEN//LEIPZIG/DE 2026-02-01T10:00:00", "-89.00", "shopping"],
    // "Spokes" names many a bike shop and repairer ("NORTHERN SPOKES", "SPOKES CYCLE REPAIRS").
    [null, "))) NORTHERN SPOKES GLASGOW", "-45.00", "shopping"],
    [null, "VIS SPOKES CYCLE REPAIRS LEEDS", "-30.00", "shopping"],
    // Guards: a flat's own rent and a person's payment without a purpose keep their categories.
    ["Hausverwaltung Nord GmbH", "Miete Mai 2026 Whg 3", "-900.00", "rent"],
    ["Mara Lindqvist", "Danke", "-20.00", "other"],
    [null, "SPOKESMAN REVIEW SUBSCR SPOKANE WA", "-15.00", "subscriptions"],
  ])("%s / %s (%s) → %s", (counterpartyName, description, amount, category) => {
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });
});

// Towns across a border that people cross to shop, fill up and eat (Słubice, Cheb, Padborg, Wasserbillig, La Jonquera),
// printed after a shop's name: they come off the label like a home town does. Poland, Czechia and Denmark had no town
// list at all, so their codes (PL, CZ, DK) went and the town stayed. Each case is a made-up business in a card line's
// real shape (bank-formats.md §3): a bare or SumUp card line, Boursorama's CARTE … CB*, ABN AMRO's BEA … ,PAS, a US
// debit line. A word the town lists keep out, and a town after a one-word name, stay on the name.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { placeNames } from "../../src/categories/place-names.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a town across Germany's eastern or northern border comes off the label", () => {
  itLabels([
    // Poland: the Oder and Neisse towns and the Baltic coast
    ["SKLEP POD LIPA KOSTRZYN PL", "Sklep Pod Lipa"],
    ["BAR MLECZNY ZAGLOBA SLUBICE PL", "Bar Mleczny Zagloba"],
    ["SUMUP *PIEKARNIA ZLOTY KLOS SWINOUJSCIE PL", "Piekarnia Zloty Klos"],
    ["KWIACIARNIA POD ROZA ZGORZELEC POL", "Kwiaciarnia Pod Roza"],
    // Czechia: the Saxon and Bavarian border, a town of two or three words
    ["POTRAVINY U MOSTU CHEB CZ", "Potraviny U Mostu"],
    ["POTRAVINY U MOSTU HRENSKO CZE", "Potraviny U Mostu"],
    ["RESTAURACE U TRI RUZI KARLOVY VARY CZ", "Restaurace U Tri Ruzi"],
    ["POTRAVINY U MOSTU USTI NAD LABEM CZ", "Potraviny U Mostu"],
    ["CERPACI STANICE NOVAK ZELEZNA RUDA CZ", "Cerpaci Stanice Novak"],
    ["VIETNAM MARKT DRACHE ROZVADOV CZ", "Vietnam Markt Drache"],
    // Denmark: ø printed as O or OE, å as A or AA
    ["SUMUP *GRILLBAR BAKKEN TONDER DNK", "Grillbar Bakken"],
    ["GRILLBAR BAKKEN TOENDER DK", "Grillbar Bakken"],
    ["GRAENSEHANDEL NORDLYS KRUSAA DK", "Graensehandel Nordlys"],
    ["GRAENSEHANDEL NORDLYS PADBORG DK", "Graensehandel Nordlys"],
    ["Kaffebar Nordlys Soenderborg DK", "Kaffebar Nordlys"],
  ]);
});

describe("a border-trade village of the other neighbours comes off the label", () => {
  itLabels([
    // Luxembourg's fuel and tobacco villages on the Moselle
    ["TABAK ECK WASSERBILLIG LU", "Tabak Eck"],
    ["CAFE DE LA MOSELLE SCHENGEN LU", "Cafe De La Moselle"],
    // French cards at the Belgian, Spanish, Andorran and Italian borders
    ["CARTE 12/07/26 TABAC DU CANAL ADINKERKE CB*1234", "Tabac Du Canal"],
    ["CARTE 12/07/26 TABAC DU CANAL LA JONQUERA CB*1234", "Tabac Du Canal"],
    ["CARTE 12/07/26 PARFUMERIE DU PORT ANDORRA LA VELLA CB*1234", "Parfumerie Du Port"],
    ["CARTE 12/07/26 BAR DEL PUERTO IRUN CB*1234", "Bar Del Puerto"],
    ["CARTE 12/07/26 TRATTORIA DEL MARE VENTIMIGLIA CB*1234", "Trattoria Del Mare"],
    // Dutch cards in the Belgian enclave and the German-speaking east of Belgium
    ["BEA   NR:XXX111   01.07.26/10.00 Tankstation De Grens Baarle-Hertog,PAS123", "Tankstation De Grens"],
    ["BEA   NR:XXX111   01.07.26/10.00 Tankstation De Grens Kelmis,PAS123", "Tankstation De Grens"],
    // The Irish border, and the US's crossings to Canada and Mexico
    ["))) MAGUIRES FORECOURT LIFFORD", "Maguires Forecourt"],
    ["PURCHASE AUTHORIZED ON 07/31 MAPLE LEAF GIFTS NIAGARA FALLS ON CARD 7158", "Maple Leaf Gifts"],
    ["CHECKCARD 0818 BORDER DUTY FREE CALEXICO CA 24224433231105006465166", "Border Duty Free"],
  ]);
});

describe("a name a border town is also called stays on it", () => {
  itLabels([
    // After a one-word name only a city everyone knows is where it was paid.
    ["RESTAURACJA GDANSK PL", "Restauracja Gdansk"],
    ["CAFE SOPOT", "Cafe Sopot"],
    // Towns the lists keep out: Most is cider, Tábor a surname, Police a word.
    ["KELTEREI FRISCHER MOST", "Kelterei Frischer Most"],
    ["BISTRO PAVEL TABOR CZ", "Bistro Pavel Tabor"],
    ["SECURITY SHOP POLICE PL", "Security Shop Police"],
    // A surname a left-out town begins with, at the end of a 24-character card field (Carrigans, Co. Donegal).
    ["THE OLD ORCHARD CARRIGAN", "The Old Orchard Carrigan"],
    // A border word that is no town ends the name.
    ["SKLEP POD LIPA PL", "Sklep Pod Lipa"],
  ]);
});

describe("a border town asked for by its own letters finds it printed without them", () => {
  it.each<[string, string[]]>([
    ["Plzeň", ["plzen"]],
    ["Tønder", ["tonder", "toender"]],
    ["Kruså", ["krusa", "krusaa"]],
    ["Świnoujście", ["swinoujscie"]],
    ["Ústí nad Labem", ["usti nad labem"]],
  ])("%s is also %j", (name, printed) => {
    expect(placeNames(name)).toEqual(expect.arrayContaining(printed));
  });

  it("a name already plain has no other spelling", () => {
    expect(placeNames("padborg")).toEqual(["padborg"]);
  });
});

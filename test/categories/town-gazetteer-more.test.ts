// The fuller gazetteer (towns-de-small.ts, towns-*-more.ts): a market town, spa village, resort or suburb printed after
// a local shop's name comes off the label like a city does, whole, in two or three words, or cut by the card field;
// a word or name that a new town's name begins with, or that the lists keep out, stays on the shop's name.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a small town after the shop's name is where the card was used", () => {
  itLabels([
    ["WEINHAUS ZUR SONNE MEERSBURG DE", "Weinhaus Zur Sonne"],
    ["BAECKEREI HAHN SCHLIERSEE", "Baeckerei Hahn"],
    ["SKIVERLEIH ALPIN KAPRUN", "Skiverleih Alpin"],
    ["GASTHOF SEEBLICK HALLSTATT AT", "Gasthof Seeblick"],
    ["BAKKERIJ VAN DAM BOSKOOP NL", "Bakkerij Van Dam"],
    ["PENHALLOW PASTIES LOOE", "Penhallow Pasties"],
    ["THE OLD FORGE BAKERY PITLOCHRY", "The Old Forge Bakery"],
    ["SUMUP *HARBOUR FUDGE SOUTHWOLD GB", "Harbour Fudge"],
    ["CB CREPERIE TI BREIZH ROSCOFF", "Creperie Ti Breizh"],
    ["SQ *CANYON OUTFITTERS MOAB UT", "Canyon Outfitters"],
    ["MUEHLENBAECKEREI GRAF OBERSTAUFEN", "Muehlenbaeckerei Graf"],
    ["CCV*FRITURE DE MOLEN ARCEN", "Friture De Molen"],
  ]);
});

describe("a town of two or three words comes off whole", () => {
  itLabels([
    ["GALLOWAY BUTCHERS CASTLE DOUGLAS", "Galloway Butchers"],
    ["HONEYBOURNE CHEESE CHIPPING CAMPDEN", "Honeybourne Cheese"],
    ["FISCHEREI MUELLER PLAU AM SEE", "Fischerei Mueller"],
    ["SKIVERLEIH HUBER REIT IM WINKL", "Skiverleih Huber"],
    ["SQ *COASTSIDE TACOS HALF MOON BAY CA", "Coastside Tacos"],
  ]);
});

describe("a small town cut by a 20- or 25-character card field comes off from a long start", () => {
  itLabels([
    // Postbank's 20 characters: Tettnang cut to seven letters
    ["MOSTEREI ZEH TETTNAN", "Mosterei Zeh"],
    // 25 characters: Baiersbronn cut to eight
    ["BLUMENHAUS SONNE BAIERSBR", "Blumenhaus Sonne"],
  ]);
});

describe("a word a new town begins with, or a name the lists keep out, stays on the name", () => {
  itLabels([
    // a short start of a new town (Liebenburg, Truckee) is a word at the field's end
    ["EISCAFE SUESSE LIEBE", "Eiscafe Suesse Liebe"],
    ["SMOKEY JOS BBQ FOOD TRUCK", "Smokey Jos Bbq Food Truck"],
    // a long start that is a word (Châteauroux, Châteaudun)
    ["VINS ET CAVE CHATEAU", "Vins Et Cave Chateau"],
    // the first part of Juan-les-Pins, a saint a pharmacy is named for, a Spanish name a restaurant takes
    ["TAQUERIA DON JUAN", "Taqueria Don Juan"],
    ["APOTHEKE ST ANTON", "Apotheke St Anton"],
    ["PHARMACIE SAINTE CROIX", "Pharmacie Sainte Croix"],
    ["PIZZERIA SAN PEDRO", "Pizzeria San Pedro"],
    // Freehold (New Jersey) is an estate agent's word
    ["ASHCROFT ESTATES FREEHOLD", "Ashcroft Estates Freehold"],
  ]);
});

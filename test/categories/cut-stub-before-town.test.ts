// A town's stub the card field cut after a word that closes a shop's name, the terminal's town printed after it, is no
// word of the name; an elided French article does not join a town in mixed case the terminal printed after a cut name.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a town's stub after a word closing the name, before the terminal's town", () => {
  itLabels([
    [null, "VIS MIDLAND RD SUPERSTORE BED GLASGOW", "Midland Rd Superstore"],
    [null, "WESTON POINT GARAGE RUNCLEEDS         GBR", "Weston Point Garage"],
    [null, "MARKETPLACE FISH CO KNARLEEDS         GBR", "Marketplace Fish Co"],
    [null, "HUNTLEYS FARM SHOP SAMLESBRISTOL       GBR", "Huntleys Farm Shop"],
  ]);
  // Guards: a name that goes on past its kind's word keeps its last word.
  itLabels([
    [null, "HATHERSAGE SWIMMING POOLGLASGOW       GBR", "Hathersage Swimming Pool"],
    [null, "PIONEER VALLEY FARM STANDBROOKLYN       WA", "Pioneer Valley Farm Stand"],
    [null, "SQ *CHAPEL ALLERTON BARBELEEDS         GBR", "Chapel Allerton Barbe"],
  ]);
});

describe("an elided article does not join a town in mixed case after a cut name", () => {
  itLabels([[null, "BEA   NR:XXX869   27.01.26/18.46 ZETTLE_*KOFFIEBRANDERIJ D Utrecht,PAS478", "KOFFIEBRANDERIJ D Utrecht"]]);
  // Guards: the article in capitals, or in a mixed-case name, still joins.
  itLabels([
    [null, "AU BOUQUET D EMILIE", "Au Bouquet D'Emilie"],
    [null, "CARTE 02/02/26 CB RESTAURANT L ESCALE CB*1234", "Restaurant L'Escale"],
  ]);
});

describe("a health trade's word closes a name too, so a town's stub after it is cut", () => {
  itLabels([[null, "))) CARRON PHYSIOTHERAPY FALK MANCHESTER", "Carron Physiotherapy"]]);
  // Guards: the name without a stub, and a pharmacy whose next word is a whole town, stay as they were.
  itLabels([
    [null, "))) CARRON PHYSIOTHERAPY MANCHESTER", "Carron Physiotherapy"],
    [null, "))) ROWLANDS PHARMACY LEEDS LONDON", "Rowlands Pharmacy"],
  ]);
});

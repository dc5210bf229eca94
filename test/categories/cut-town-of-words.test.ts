// Towns the card field's width cut that the one-word cut-town guess missed: a town of several words cut inside
// ("COLDWATER RD FUEL FT WAYN", "SHOARMA VENNEP NIEUW-VENN", "GARAGE BEAUFILS LA FERTE", or before the terminal's town:
// "PEERY HOTEL SALT LAKE CIT AUSTIN WA"), a town cut after a name joined with its kind by a hyphen ("MAINSPITZ-TANKSTELLE
// KOEN"), and "NEU"/"ALT" after a trade and its owner, which no German name ends with ("AUTOSATTLEREI PFALLER NEU").
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("towns of several words, hyphenated names and NEU cut at the field's end", () => {
  itLabels([
    [null, "COLDWATER RD FUEL FT WAYN", "Coldwater Road Fuel"],
    [null, "COLDWATER RD FUEL FT WAYN #6437 AUSTIN NY", "Coldwater Road Fuel"],
    [null, "PEERY HOTEL SALT LAKE CIT AUSTIN WA", "Peery Hotel"],
    ["SHOARMA VENNEP NIEUW-VENN", null, "Shoarma Vennep"],
    [null, "CARTE 11/10/25 GARAGE BEAUFILS LA FERTE CB*5046", "Garage Beaufils"],
    [null, "MAINSPITZ-TANKSTELLE KOEN", "Mainspitz-Tankstelle"],
    ["AUTOSATTLEREI PFALLER NEU", null, "Autosattlerei Pfaller"],
  ]);
  // Guards: short of the field's width, a whole name after a joining word or a saint, no town's start, a name that is
  // no trade and owner, a hyphenated name ending on a whole word.
  itLabels([
    ["AUTOSATTLEREI MAIER NEU", null, "Autosattlerei Maier Neu"],
    ["SCHUHHAUS NEU", null, "Schuhhaus Neu"],
    ["MODEHAUS ALT UND NEU", null, "Modehaus Alt Und Neu"],
    ["CAFE RESTAURANT DE LA FERT", null, "Cafe Restaurant De La Fert"],
    ["BISTROT DE LA PLACE SAINT", null, "Bistrot De La Place Saint"],
    ["CHEZ MARIE LE PETIT QUEV", null, "Chez Marie Le Petit Quev"],
    ["FLORIST ROSE GARDEN CITY", null, "Florist Rose Garden City"],
    ["SCHMIDT-MUELLER IMMOBILIEN", null, "Schmidt-Mueller Immobilien"],
    ["KUNST-CAFE AM MARKTPLATZ", null, "Kunst-Cafe Am Marktplatz"],
  ]);
});

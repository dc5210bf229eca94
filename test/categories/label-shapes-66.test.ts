// Label shapes still wrong after pool 66: a bus company's ticket and a market stall's weekly market printed after the
// name; a collecting society by its association's name. Each rule has must-not-move guards.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a ticket's word after a bus company and a weekly market after a stall are not the name", () => {
  itLabels([
    ["Stadtbus Wasserburg Fahrkarte", null, "Stadtbus Wasserburg"],
    [null, "STADTVERKEHR LINDAU FAHRSCHEIN", "Stadtverkehr Lindau"],
    ["Ortsbus Bad Aibling Tageskarte", null, "Ortsbus Bad Aibling"],
    ["VISA GEMUESE HAHN WOCHENMARKT 4026", "NR XXXX 3425 HAMBURG DE KAUFUMSATZ 15.04 119.90", "Gemuese Hahn"],
    [null, "SUMUP *KAESE WEBER WOCHENMARKT", "Kaese Weber"],
  ]);
  // Guards: a market's own name and a ticket word after one word stay as before.
  itLabels([
    ["Wochenmarkt Karlsplatz", null, "Wochenmarkt Karlsplatz"],
    ["Stadtbus Fahrkarte", null, "Stadtbus Fahrkarte"],
  ]);
});

describe("a collecting society goes by its name", () => {
  itLabels([
    ["Vereniging Buma", "Buma repartitie 2026 lidnr 661420", "Buma/Stemra"],
    [null, "BUMA STEMRA LICENTIE HUISCONCERT 2026", "Buma/Stemra"],
  ]);
});

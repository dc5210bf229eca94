// A district or a town that prints the office booking the payment after its name is the district or the town: the
// parental-allowance office and the fines office of one Landkreis are one payee. A name that is no district or town
// ("Stadtwerke Hildesheim") is left as printed.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a district or a town, then its office", () => {
  itLabels([
    ["Landkreis Hameln-Pyrmont Elterngeldstelle", "BEEG Basiselterngeld Dezember 2025 Az 513EG6107", "Landkreis Hameln-Pyrmont"],
    ["Stadt Hildesheim Bussgeldstelle", "Az 123 Verwarnungsgeld", "Stadt Hildesheim"],
    ["Kreis Pinneberg Jugendamt", "Elternbeitrag", "Kreis Pinneberg"],
  ]);
  itLabels([
    ["Landkreis Hameln-Pyrmont", "Abfallgebuehr 2025", "Landkreis Hameln-Pyrmont"],
    ["Stadtwerke Hildesheim", "Abschlag Strom", "Stadtwerke Hildesheim"],
  ]);
});

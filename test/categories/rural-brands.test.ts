// Brands rural and village households pay (brands/rural.ts), written as the descriptors several banks print for them:
// each gets the brand's label and its category. Beside them, payees that share the brand's initials keep their own label.
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("heating oil, village broadband, a riding chain and regional transit by their brands", () => {
  itNames([
    [null, "VIS BOILERJUICE.COM BRISTOL", "-412.00", "BoilerJuice", "utilities"],
    [null, "AIRBAND COMMUNITY INTERNET AIRBAND FIXED WIRELESS 1234 FT", "-40.00", "Airband", "utilities"],
    ["EPPLEJECK 0117", "EPPLEJECK 0117 ARNHEM, NL", "-89.00", "Epplejeck", "shopping"],
    [null, "VGO VERKEHRSGES. OBERHESS, HAMBURG DE Karte Nr. 4871 78XX XXXX 3909 Kartenzahlung", "-5.60", "VGO", "transport"],
    ["VGO BUS 0417 SCHOTTE", "VGO BUS 0417 SCHOTT/HAUPTSTR. 86/FRANKFURT/DE 09-08-2025T17:11:37", "-3.20", "VGO", "transport"],
    [null, "EVB ELBE-WESER GMBH, FRANKFURT DE Karte Nr. 4871 78XX XXXX 7433 Kartenzahlung", "-12.40", "EVB", "transport"],
    ["EVB Fahrkarte Bremervörde", "LEIPZIG 752/HAUPTSTR. 27/LEIPZIG/DE 10.06.2026 um 17:36:46 Uhr", "-4.10", "EVB", "transport"],
  ]);
  // Guards: another firm of the same initials stays itself.
  itKeeps([
    ["EVB Energieversorgung Beckum GmbH", "Abschlag Strom 05/2026", "EVB"],
    ["VGO Immobilien GmbH", "Miete Mai", "VGO"],
  ]);
});

// A brand's own filling station named by its word ("GLOBUS TANKSTELLE", "… Tankstellen GmbH") sells fuel, whatever the
// brand's other shops sell; a Dutch tenant check ("Huurcheck") is a credit check's fee, not the rent its word begins.
// Made-up rows in the banks' shapes; beside them the rows that must not move.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a brand's filling station and a tenant check are what their words say", () => {
  itCategorizes([
    ["Kartenzahlung girocard", "GLOBUS TANKSTELLE", "LEIPZIG 598/HAUPTSTR. 35/LEIPZIG/DE 26.03.2026 um 18:11:40 Uhr 90548502/434567/ECTL/", "-61.20", "fuel"],
    ["MasterCard Payment", "Kaufland Tankstelle", null, "-48.10", "fuel"],
    ["Betaalautomaat", "Huurcheck B.V. 2359", "Pasvolgnr: 001 20-01-2026 11:14 Transactie: 357673 Term: AB938C", "-39.12", "fees"],
  ]);
  describe("but the brand's shop and a rent paid stay where they were", () => {
    itCategorizes([
      ["Kartenzahlung girocard", "GLOBUS SB-WARENHAUS", "LEIPZIG 598/HAUPTSTR. 35/LEIPZIG/DE 26.03.2026 um 18:11:40 Uhr 90548502/434567/ECTL/", "-61.20", "groceries"],
      ["Overschrijving", "Woonstichting De Key", "Naam: Woonstichting De Key Omschrijving: Huur maart 2026", "-812.00", "rent"],
    ]);
  });
});

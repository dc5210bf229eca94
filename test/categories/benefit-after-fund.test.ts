// A French fund's transfer prints the fund, then the benefit it pays ("VIR SEPA CAF DU CHER PRESTATION ACCUEIL JEUNE
// ENFANT JULY 2025"): the benefit is what was paid, not more of the fund's name, so each fund is one label whatever
// benefit a month brings (the casing of an all-capitals name is title case, as elsewhere).
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("a French fund, then the benefit it pays", () => {
  itLabels([
    [null, "VIR SEPA CAF DU CHER PRESTATION ACCUEIL JEUNE ENFANT JULY 2025 6104477", "Caf Du Cher"],
    [null, "VIR SEPA CAF DU CHER ALLOCATIONS FAMILIALES MAI 2025", "Caf Du Cher"],
    [null, "VIR SEPA CPAM DU RHONE INDEMNITES JOURNALIERES 0525", "CPAM"],
  ]);
});

describe("a name of one word keeps the word after it", () => {
  itLabels([["Prestations Plus", null, "Prestations Plus"]]);
});

describe("a waste levy after a community's name, a utility's service said again after its code", () => {
  itLabels([
    [null, "VIR SEPA BOURGES PLUS REDEVANCE ORDURES MENAGERES 2025 USAGER 624117", "Bourges Plus"],
    [null, "VIR SEPA BOURGES PLUS REOM 2025 1ER SEMESTRE NOUVEL OCCUPANT 624117", "Bourges Plus"],
    [null, "GREENVILLE WATER GVL WATER START SERVICE FEE 0510 68019646 JANE DOE", "Greenville Water"],
  ]);
});

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

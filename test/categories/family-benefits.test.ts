// State family benefits are the household's pay, as the corpus files them (test/corpus/writing-a-pool.md): Kindergeld,
// Elterngeld, child benefit, the CAF's family allowances, the SVB's kinderbijslag. The other benefits, including the
// housing and minimum-income ones a family fund also pays, stay other income.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a state family benefit paid in is pay", () => {
  itCategorizes([
    ["Gutschrift", "Familienkasse Niedersachsen-Bremen", "Kindergeld 11/2025 KG-Nr. 612FK074410", "250.00", "salary"],
    ["Gutschrift", "Familienkasse Niedersachsen-Bremen", "KG Juli 2025 612FK074410 1 Kind", "255.00", "salary"],
    ["Gutschrift", "Landkreis Hameln-Pyrmont Elterngeldstelle", "BEEG Basiselterngeld Dezember 2025 Az 513EG6107", "1318.26", "salary"],
    ["Gutschrift", "Stadt Leipzig", "ElterngeldPlus Lebensmonat 09 Az 77-EG-1182", "612.00", "salary"],
    ["Gutschrift", "Familienkasse Bayern Süd", "Kinderzuschlag 03/2026 KiZ-Nr. 915KZ0041", "292.00", "salary"],
    ["DIRECTDEP", null, "HMRC CHILD BENEFIT OFFICE HMRC CHB MARCH REF 614407 BGC", "156.68", "salary"],
    [null, null, "CR HMRC CHILD BENEFIT OFFICE CHB 61 44 07 AB CHILD BENEFIT", "138.36", "salary"],
    [null, null, "VIR SEPA CAF DU CHER PRESTATION ACCUEIL JEUNE ENFANT JULY 2025 6104477", "173.02", "salary"],
    [null, null, "VIR SEPA CAF DE PARIS ALLOCATIONS FAMILIALES 03/2026", "141.99", "salary"],
    ["Overschrijving", "SVB Kinderbijslag", "Naam: SVB Kinderbijslag Omschrijving: KB uitbetaling kwartaal 01 2026 SVB", "476.90", "salary"],
    [null, "Belastingdienst/Toeslagen", "Kinderopvangtoeslag JUNE 2025 toeslagnr 61044771", "568.63", "salary"],
    [null, "Belastingdienst/Toeslagen", "Voorschot kindgebonden budget 03-2026", "210.00", "salary"],
  ]);
  describe("but other benefits, a family fund's housing benefit and money paid out stay what they are", () => {
    itCategorizes([
      [null, null, "VIR SEPA CAF DES DEUX SEVRES APL 02/2026 ALLOCATAIRE 6241173", "114.09", "income_other"],
      [null, null, "VIR SEPA CAF DE L ISERE AIDE AU LOGEMENT VERSEE AU BAILLEUR 03/2026", "220.00", "income_other"],
      [null, null, "VIR SEPA CAF DE LA GIRONDE RSA 03/2026 ALLOCATAIRE 1234567", "560.00", "income_other"],
      [null, "Belastingdienst/Toeslagen", "Zorgtoeslag 03-2026", "123.00", "income_other"],
      ["Overschrijving", "UWV", "UITKERING WW april 2026", "980.00", "income_other"],
      ["Gutschrift", "Stadt Leipzig", "Wohngeld 04/2026 Az 5512", "180.00", "income_other"],
      ["Gutschrift", "Herr Meier", "Danke fürs Auslegen", "12.00", "income_other"],
      // Dues paid to a club of the French Alpine Club (CAF) are no benefit.
      [null, null, "PRLV SEPA CLUB ALPIN FRANCAIS CHAMBERY COTISATION CAF 2026", "-90.00", "entertainment"],
    ]);
  });
});

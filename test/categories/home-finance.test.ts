// What owning and renovating a home costs at the bank beside the mortgage's instalment (home-finance.ts): the bank's
// price for setting a home loan up or keeping its money ready (fees), a further advance and a public renovation loan
// on the home (rent, as the mortgage is), a Bausparvertrag's saving (savings). Shapes from pool 67; the rest made up.
import { describe } from "vitest";
import { itCategorizes } from "./trade-cases.ts";

describe("a home loan's arrangement and commitment charges are fees, whatever loan word they name", () => {
  itCategorizes([
    // Pool 67's shapes.
    [null, null, "Bereitstellungszinsen Baudarlehen 02/2025", "-5.66", "fees"],
    [null, null, "Afsluitprovisie bouwdepot", "-9.02", "fees"],
    ["Lastschrift", "Deutsche Bank", "Bereitstellungsprovision Immobiliendarlehen 12345", "-34.50", "fees"],
    ["Incasso", "Rabobank", "Bereidstellingsprovisie bouwdepot juni", "-12.40", "fees"],
    [null, null, "MORTGAGE ARRANGEMENT FEE", "-999.00", "fees"],
    [null, null, "PRLV SEPA CREDIT AGRICOLE FRAIS DE DOSSIER PRET HABITAT", "-500.00", "fees"],
  ]);
});

describe("a further advance and a public renovation loan on the home are the home's cost, as its mortgage is", () => {
  itCategorizes([
    // Pool 67's shapes.
    ["Direct Debit", "VERNON BUILDING SOC", "VERNON BS FURTHER ADVANCE 670441", "-575.05", "rent"],
    [null, "Stichting Nationaal Warmtefonds", "Energiebespaarlening termijn 05-2025 contract 670441", "-241.58", "rent"],
    ["Direct Debit", "LEEDS BUILDING SOC", "LBS FURTHER ADVANCE 22913", "-410.00", "rent"],
    ["Incasso", "SVn", "Duurzaamheidslening termijn 06-2026 lening 88123", "-95.00", "rent"],
    ["Incasso", "Stimuleringsfonds Volkshuisvesting", "Blijverslening maand 07 contract 5521", "-60.00", "rent"],
  ]);
});

describe("a Bausparvertrag's saving is savings, not an own-account move", () => {
  itCategorizes([
    // Pool 67's shape.
    ["DAUERAUFTRAG", "Wuestenrot Bausparkasse AG", "Bausparvertrag 67044177 Sparrate Februar 2026", "-177.64", "savings"],
    ["Basislastschrift", "Schwaebisch Hall", "Bausparvertrag 99887 Sparbeitrag Juni", "-75.00", "savings"],
    ["Basislastschrift", "Debeka", "Bausparbeitrag 06/2026 Vertrag 445566", "-60.00", "savings"],
    ["DAUERAUFTRAG", "Alte Leipziger", "Regelsparbeitrag BSV 3344 Juli", "-40.00", "savings"],
  ]);
});

describe("must not move: own savings, the Bauspar loan itself, a mortgage, other loans and advances", () => {
  itCategorizes([
    ["DAUERAUFTRAG", "Max Beispiel", "Sparrate Tagesgeld Mai", "-200.00", "transfers"],
    ["Lastschrift", "ING", "Sparrate Extra-Konto", "-100.00", "transfers"],
    ["Basislastschrift", "BHW Bausparkasse", "Zins und Tilgung Bauspardarlehen 4711", "-320.00", "rent"],
    ["Direct Debit", "NATIONWIDE BS", "MORTGAGE 1234", "-900.00", "rent"],
    ["Faster Payment", null, "SALARY ADVANCE REPAY", "-200.00", "other"],
    [null, null, "CASH ADVANCE FEE", "-5.00", "fees"],
    ["Overschrijving", "Volkswagen Pon Financial Services", "Lening auto termijn 12", "-300.00", "fuel"],
  ]);
});

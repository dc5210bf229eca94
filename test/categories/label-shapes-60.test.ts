// Label shapes that came out wrong after pool 60 (self-employed people and sole traders): a card processor's own bill
// read as a shop, a US tax body's ACH entry with its system's or return's words after the name, a long body name cut on
// a preposition, a French payer's purpose after its name or legal form, an accountant's purpose after "CPAs". Businesses
// and rows are made up in the printed shapes of bank-formats.md §3 (a few are the pool's own rows); each rule has a guard.
import { describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { labelOf, itLabels } from "../helpers/label-rows.ts";

/** Labels one merchant's key: umlauts and capitals a bank prints differently do not make another merchant. */
const itKeys = (cases: [string | null, string | null, string][]) =>
  it.each(cases)("%s / %s → %s", (counterparty, description, name) => {
    const label = labelOf(counterparty, description);
    expect(label && merchantKey(label)).toBe(merchantKey(name));
  });

describe("a card processor's own bill for its terminal and service is the processor's, not a shop's", () => {
  itKeys([
    ["PAYONE GmbH", "Entgeltabrechnung März 2026 Kartenterminal H5000", "Payone"],
    ["PAYONE GmbH", "Terminalmiete und Servicepauschale 10/2026 VU-Nr. 60041172", "Payone"],
    ["PAYONE GmbH", "Entgeltabrechnung Dezember 2025 Kartenterminal H5000 EREF: 1402750471 IBAN: DE00405663562795494763 BIC: GENODEF1XXX", "Payone"],
    ["SumUp Limited", "Transaktionsgebühren 04/2026 Händler 4471", "SumUp"],
    ["Unzer GmbH", "Disagio April 2026 VU 88120", "Unzer"],
  ]);
  // Guard: a shop a processor collected for is still the shop.
  itKeys([["PAYONE GmbH", "Bäckerei Pfeifle", "Bäckerei Pfeifle"]]);
});

describe("a US tax body's ACH entry goes by the body, without its payment system's or return's words", () => {
  itKeys([
    [null, "IRS EFTPS EFTPS DES:1040ES EST ID:270600411723", "IRS"],
    [null, "IRS EFTPS IRS EFTPS ESTIMATED TAX 2026", "IRS"],
    [null, "IRS EFTPS TAX PAYMENT 941 Q2", "IRS"],
    [null, "TEXAS COMPTROLLER WEBFILE SALES TAX FEBRUARY 2026", "Texas Comptroller"],
    [null, "TEXAS COMPTROLLER TX COMPTROLLER SALES TAX 32060041172 0222 71978806 JANE DOE", "Texas Comptroller"],
    [null, "MARYLAND COMPTROLLER DES:MD SALES TAX ID:XXXXX1172 INDN:JANE DOE CO ID:XXXXX0004 WEB", "Maryland Comptroller"],
    [null, "Texas Comptroller", "Texas Comptroller"],
  ]);
  // Guard: a shop whose name only starts like a body keeps its name.
  itLabels([[null, "IRSHAD GROCERY AUSTIN TX", "Irshad Grocery"]]);
});

describe("a long name cut at the limit never ends on a preposition", () => {
  // (The physiotherapists' own society is a brand row now, brands/extra-29.ts; a body no list knows shows the cut.)
  it("Koninklijk Nederlands Genootschap voor Podotherapie", () => {
    const label = labelOf("Koninklijk Nederlands Genootschap voor Podotherapie", null);
    expect(label).not.toMatch(/\s(?:voor|for|of|für|fuer|pour)$/i);
    expect(label).toBe("Koninklijk Nederlands Genootschap");
  });
  it("Koninklijk Nederlands Genootschap voor Fysiotherapie is its brand", () => {
    expect(labelOf("Koninklijk Nederlands Genootschap voor Fysiotherapie", null)).toBe("KNGF Fysiotherapie");
  });
  it("Bundesverband der Freien Berufe für Selbständige Therapeuten", () => {
    expect(labelOf("Bundesverband Selbstaendiger Physiotherapeuten fuer Deutschland", null)).not.toMatch(/\sfuer$/i);
  });
});

describe("a French payer's purpose after its name or legal form is the payment", () => {
  itKeys([
    [null, "VIR SEPA ATELIER GRAPHIQUE NORD OUEST SARL REGLEMENT FACTURE F2025-041", "Atelier Graphique Nord Ouest"],
    [null, "VIR SEPA STUDIO LUMEN SAS REGLEMENT FACT 2026-014", "Studio Lumen"],
    [null, "PRLV SEPA CARPIMKO COTISATIONS 2025 ECHEANCE 07 ADH 604117", "CARPIMKO"],
    [null, "PRLV SEPA CIPAV COTISATION 2026 ECHEANCE 03", "CIPAV"],
  ]);
  // Guard: a name whose own word is a payment's word elsewhere stays whole.
  itKeys([[null, "CARTE 12/03/26 LA CANTINE DU PORT CB*4471", "La Cantine du Port"]]);
});

describe("an accountant's or tradesman's invoice after its name is the purpose", () => {
  itKeys([
    [null, "BRIDWELL & NAKAMURA CPAS QUARTERLY BOOKKEEPING INV 604 1023 25267001 JANE DOE", "Bridwell & Nakamura CPAs"],
    [null, "OKAFOR TAX SERVICES MONTHLY BOOKKEEPING INV 2231 JANE DOE", "Okafor Tax Services"],
  ]);
});

describe("a French city's short letters at the end of a card field are where the card was used", () => {
  itKeys([
    [null, "CARTE 04/06/25 PRIMEURS LEYBARDIE BDX CB*1653", "Primeurs Leybardie"],
    [null, "CARTE 16/05/26 LAVAGE AUTO ODYSSEUM MTP CB*0194", "Lavage Auto Odysseum"],
    [null, "CARTE 02/03/26 BOULANGERIE SAINT CYPRIEN TLSE CB*4471", "Boulangerie Saint Cyprien"],
  ]);
  // Guard: letters that are the whole name stay.
  itKeys([[null, "CARTE 02/03/26 MTP CB*4471", "MTP"]]);
});

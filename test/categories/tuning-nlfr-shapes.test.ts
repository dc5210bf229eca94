// Shapes that Dutch and French banks and the app banks (bunq, Revolut, Wise)
// print: a bank's own charges named in its own words, a water board's levy,
// trade words a name carries. Each case is one printed shape, written with
// other shops and payees than the corpus's.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) gets the category. */
const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description ?? "", amount)).toBe(category);
  });

describe("a bank's own charge named in its own words is a fee", () => {
  itCategorizes([
    // Paying cash in at the bank's machine or counter.
    [null, "Tarief storting contant geld ijssalon", "-7.50", "fees"],
    [null, "Kosten storting contanten kassa", "-4.00", "fees"],
    [null, "COMMISSION VERSEMENT ESPECES RECETTE BOULANGERIE", "-6.00", "fees"],
    // The account agreement or package by the month.
    [null, "FORFAIT MENSUEL CONVENTION DE COMPTE 03/2026", "-4.90", "fees"],
    [null, "Maandprijs pakket Betalen Basis 01-2026", "-3.25", "fees"],
    [null, "Maandkosten jongerenpakket MARCH", "-1.95", "fees"],
    // Paper statements sent by post.
    [null, "Portokosten papieren rekeningafschriften JUNE", "-1.20", "fees"],
    // The insurance of the cards and cheques sold with the account.
    [null, "COTISATION ASSURANCE MOYENS DE PAIEMENT 2026", "-24.00", "fees"],
  ]);
});

describe("a trade or a levy named in the text says the category", () => {
  itCategorizes([
    // A Frisian water board ("Wetterskip") and the levies water boards send.
    ["Wetterskip Noorderzijlvest", "Aanslag 2026 termijn 01 aanslagnr 5512", "-64.00", "taxes"],
    ["Hoogheemraadschap Delfland", "Zuiveringsheffing woonruimte 2026 termijn 04", "-41.00", "taxes"],
    // A Franconian grill names itself after its sausage.
    [null, "BRATWURSTHAEUSLE ST SEBALD - Berlin", "-31.00", "restaurants"],
    [null, "BRATWURST GLOECKLE - Hamburg", "-22.50", "restaurants"],
  ]);
});

describe("a French corkscrew is no tyre", () => {
  it("a shop signed \"tire-bouchon\" is not filed as fuel", () => {
    expect(categoryOf(null, "CARTE 02/03/26 SUMUP *AU TIRE BOUCHON CB*1234", "-18.00")).not.toBe("fuel");
  });
});

/** Each row (counterparty, description, amount) gets the label and the category. */
const itKnows = (cases: [string | null, string, string, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, label, category) => {
    expect(merchantName({ counterpartyName, description })).toBe(label);
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });

describe("chains, utilities and public bodies of these banks' statements are known by name", () => {
  itKnows([
    [null, "MER GERMANY 7710342", "-23.40", "Mer", "fuel"],
    ["LPQ NEDERLAND B.V.", "LPQ NEDERLAND B.V. Utrecht, NL", "-14.80", "Le Pain Quotidien", "restaurants"],
    [null, "PLODINE D.D. ZADAR 4412", "-38.15", "Plodine", "groceries"],
    ["Woonzorg Nederland", "Huur JANUARY 2026 appartement 12", "-712.00", "Woonzorg Nederland", "rent"],
    ["MVGM Vastgoedmanagement B.V.", "Huur woning MAY 2026 ref 55-1102", "-1040.00", "MVGM", "rent"],
    [null, "PRLV SEPA TELECOOP FORFAIT 03/2026 LIGNE 0612", "-19.00", "Telecoop", "utilities"],
    ["Plinq B.V.", "Factuur Plinq JUNE 2026 klantnr 4410", "-49.95", "Plinq", "utilities"],
    [null, "CARTE 04/05/26 CHAPKADIRECT.FR CB*1187", "-58.00", "Chapka", "insurance"],
    [null, "CARTE 11/02/26 TAO ORLEANS AGENCE GARE CB*4410", "-32.00", "TAO", "transport"],
    [null, "BEA   NR:XXX112   02.03.26/15.12 GAME MANIA 0441 Breda,PAS112", "-59.99", "Game Mania", "entertainment"],
    [null, "PRLV SEPA MSA BOURGOGNE COTISATIONS 04/2026 EXPLOITANT 5512", "-310.00", "MSA", "taxes"],
  ]);
});

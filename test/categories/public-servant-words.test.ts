// Trade and purpose words from the statements of teachers and public-sector households: after-school care (Hort, BSO)
// billed by a town or a provider, a cheese stand and a village market, a copy shop, a staff restaurant, a card replaced
// after a loss, a town's cab firm. Each with rows of a look-alike that must keep its category.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const categoryOf = (transactionType: string | null, counterpartyName: string | null, description: string | null, amount: string) => {
  const merchant = merchantLabel({ transactionType, counterpartyName, description });
  return categorize({ amount, transactionType, counterpartyName, description, merchant }, { rules: [] }).categoryKey;
};

const itCategorizes = (cases: [string | null, string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s / %s (%s) → %s", (type, counterparty, description, amount, category) => {
    expect(categoryOf(type, counterparty, description, amount)).toBe(category);
  });

describe("after-school care for one's own children is education, whoever bills it", () => {
  itCategorizes([
    ["OUT", "Stadt Gifhorn", "Betreuungsentgelt Hort Kind 1 07/2026 Kassenz 83-4417", "-138.85", "education"],
    ["Allgemeine Zahlung", "Stadt Gifhorn", "Hortgebuehr Grundschule Kaestorf Mai 2026", "-120.88", "education"],
    ["Overschrijving", "Kids First COP groep", "BSO SEPTEMBER 2026 kindnr 832214", "-292.74", "education"],
    ["Overschrijving", "Kinderopvang Humankind", "BSO 03-2026 kind 2", "-310.00", "education"],
  ]);
  itCategorizes([
    ["OUT", "Stadt Gifhorn", "Grundsteuer 2026 Kassenz 83-4417", "-138.85", "taxes"],
    ["Kartenzahlung", null, "BSO BERLIN SPORTS", "-20.00", "shopping"],
  ]);
});

describe("a cheese stand, a village market, a copy shop, a staff restaurant", () => {
  itCategorizes([
    ["Kartenverfügung", null, "SumUp *Kaesestand Tiedge, MUENCHEN DE Karte Nr. 4871 78XX XXXX 7620 Kartenzahlung comdirect Visa-Debitkarte 2026-10-08 00:00:00", "-40.38", "groceries"],
    ["Lastschrift", "VISA DORFMARKT EDEMISSEN E.K. 0159", "NR XXXX 7727 FRANKFURT DE KAUFUMSATZ 13.02 108.05 838175", "-108.05", "groceries"],
    ["MasterCard Payment", "COPYTHEK STEINWEG GIFHORN", null, "-92.36", "shopping"],
    [null, null, "BEA   NR:XXX389   22.01.25/21.53 PERSONEELSREST OMMELANDER Utrecht,PAS190", "-29.37", "restaurants"],
  ]);
  itCategorizes([
    ["MasterCard Payment", "BAUSTAND GMBH", null, "-50.00", "other"],
  ]);
});

describe("a card replaced after a loss is the bank's fee", () => {
  itCategorizes([
    [null, null, "FACTURATION CARTE REMPLACEE PERTE", "-9.42", "fees"],
    [null, null, "FRAIS CARTE DE REMPLACEMENT", "-15.00", "fees"],
  ]);
});

describe("a town's cab firm is the ride, not the utility its nickname names", () => {
  itCategorizes([
    ["DEBIT_CARD", null, "SQ *ELECTRIC CITY CAB #3941 AUSTIN WA", "-63.34", "transport"],
    ["Debit", null, "RUSHDEN RADIO CARS 8069   ON 01 MAR          CPM", "-94.37", "transport"],
  ]);
  itCategorizes([
    ["DEBIT_CARD", null, "ELECTRIC CITY POWER CO", "-63.00", "utilities"],
  ]);
});

describe("money in from a school's employer is pay, unless it says it gives money back", () => {
  itCategorizes([
    ["Faster payment", "TRESHAM ACADEMY TRUST", "TRESHAM AT PAY 832214", "2699.51", "salary"],
    ["DIRECTDEP", null, "TRESHAM ACADEMY TRUST TRESHAM AT PAY 832214 BGC", "2265.23", "salary"],
    [null, null, "SCHENECTADY CITY SD SCSD DIRECT DEP SEPTEMBER 0916 85256723 JANE DOE", "2423.20", "salary"],
  ]);
  itCategorizes([
    ["Faster payment", "TRESHAM ACADEMY TRUST", "SCHOOL TRIP REFUND", "45.00", "refunds"],
  ]);
});

describe("a babysitter set up by a British bank as an initial and a surname is a person, not a babysitting agency", () => {
  itCategorizes([
    ["Direct Debit", "T ADEYEMI-BROWN", "BABYSITTING PARENTS EVE", "-77.17", "other"],
    ["Faster payment", "J OKAFOR", "BABYSITTING SATURDAY", "-40.00", "other"],
  ]);
  itCategorizes([
    ["Direct Debit", "A PLUMBING", "BOILER REPAIR", "-77.00", "shopping"],
    ["Faster payment", "K TUTORING", "MATHS", "-30.00", "education"],
    ["Direct Debit", "J SAINSBURY", "GROCERIES", "-77.00", "groceries"],
  ]);
});

// Shapes the Dutch and French banks (Boursorama, ING NL, ABN AMRO, bunq) print around a name: a town abroad before
// its country's code, a joint account's "M OU MME" before a payer's surname and what the money was for after it.
// Each case is one printed shape; the label must be the name a person would write down.
import { describe, expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { categorize } from "../../src/categories/categorize.ts";

/** Each printed text gives the label a person would write. */
const itLabels = (cases: [string, string][]) =>
  it.each(cases)("%s → %s", (description, label) => {
    expect(merchantName({ description })).toBe(label);
  });

describe("a town abroad printed before its country's code is where the card was used", () => {
  itLabels([
    ["OSTERIA DA LUIGI AMALFI IT 7731", "Osteria Da Luigi"],
    ["BAR EL TORO NEGRO RONDA ES", "Bar El Toro Negro"],
    ["Huette Almrausch Ischgl At 4410", "Huette Almrausch"],
    ["CASA DO FADO ALFAMA PT", "Casa Do Fado"],
  ]);
});

describe("a joint account's title and a payment's purpose around a payer's surname", () => {
  itLabels([
    ["VIR SEPA M OU MME LEFEBVRE ARGENT DE POCHE MARCH", "Lefebvre"],
    ["VIR SEPA M ET MME BERTHIER ARGENT DE POCHE", "Berthier"],
    ["PRLV SEPA MME OU M ROUSSEL ARGENT DE POCHE JUNE", "Roussel"],
  ]);
});

describe("a hospital's car park or restaurant goes by the hospital", () => {
  it.each<[string, string]>([
    ["BEA   NR:XXX123   12.03.26/10.14 MAXIMA MC PARKEREN Eindhoven,PAS123", "Maxima MC"],
    ["AMPHIA ZIEKENHUIS RESTAURANT BREDA", "Amphia Ziekenhuis"],
    ["ISALA ZIEKENHUIS PARKEREN 4411", "Isala Ziekenhuis"],
  ])("%s → %s", (description, label) => {
    expect(merchantKey(merchantName({ description }) ?? "")).toBe(merchantKey(label));
  });
});

describe("a fee word only the shop's own name holds is the shop's name", () => {
  // Boursorama prints "CARTE date NAME CB*1234": a chain named "… Frais" beside the card's "CB" read as a card fee.
  const categoryOf = (description: string, amount: string) =>
    categorize({ amount, counterpartyName: null, description, merchant: merchantName({ description }) }, { rules: [] }).categoryKey;
  it.each<[string, string, string]>([
    ["CARTE 23/06/26 GRAND FRAIS CB*4410", "-64.20", "groceries"],
    ["CARTE 02/02/26 GRAND FRAIS CB*1182", "-18.45", "groceries"],
    ["FRAIS CARTE VISA PREMIER", "-4.50", "fees"],
    ["COTISATION CARTE VISA CLASSIC", "-3.75", "fees"],
  ])("%s (%s) → %s", (description, amount, category) => {
    expect(categoryOf(description, amount)).toBe(category);
  });
});

// Brands retirees and pensioners are paid by and pay (brands/extra-28.ts), written as the descriptors several banks
// print for them: each gets the brand's label and, where the row says no more than the brand, its category. Beside
// them, payees that share a word, a first name, a surname or a town with one of those brands keep their own label.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
const categoryOf = (counterpartyName: string | null, description: string, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) is labelled as the brand and gets the category. */
const itNames = (cases: [string | null, string, string, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, brand, category) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(brand);
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });

/** Each row (counterparty, description) is labelled as the brand. */
const itLabels = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s → %s", (counterpartyName, description, brand) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(brand);
  });

/** Each row (counterparty, description) is not labelled as the brand. */
const itKeeps = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s is not %s", (counterpartyName, description, brand) => {
    expect(merchantLabel({ counterpartyName, description })).not.toBe(brand);
  });

describe("a pension or annuity paid in by a retirement system is pay", () => {
  itNames([
    [null, "NYSLRS NYSLRS RETIREMENT PMT PPD ID: 0807265208", "2140.00", "NYSLRS", "salary"],
    [null, "CALPERS DES:RETIREMENT ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "2650.00", "CalPERS", "salary"],
    [null, "ORIG CO NAME:CALSTRS CO ENTRY DESCR:RET PMT SEC:PPD IND NAME:JANE DOE", "1980.00", "CalSTRS", "salary"],
    [null, "PBGC DES:PBGC PMT ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "612.00", "PBGC", "salary"],
    [null, "DFAS-CLEVELAND DES:RET NET ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "2310.00", "DFAS", "salary"],
    [null, "OPM1 TREAS 310 DES:CSA ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "1875.00", "OPM Retirement", "salary"],
    [null, "ORIG CO NAME:NYSTRS CO ENTRY DESCR:BENEFIT SEC:PPD IND NAME:JANE DOE", "2450.00", "NYSTRS", "salary"],
    [null, "ARIZONA STATE RETIREMENT DES:DIRECT DEP ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 PPD", "1730.00", "Arizona State Retirement System", "salary"],
    [null, "VETERANS UK AFPS BGC", "1210.00", "Veterans UK", "salary"],
    [null, "JUST RETIREMENT LTD      BGC", "215.60", "Just Retirement", "salary"],
  ]);
});

// The pension word in these rows ("RETRAITE", "Betriebsrente", "AOW") decides their category before any brand does.
describe("pension funds and retirement systems are labelled by the fund, whatever the purpose says", () => {
  itLabels([
    [null, "TIAA DES:ANNUITY ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "TIAA"],
    [null, "PSERS DES:ANNUITY ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "PSERS"],
    ["MYCSP LTD", "CIVIL SERVICE PENSION", "MyCSP"],
    [null, "TEACHERS PENSIONS BGC", "Teachers' Pensions"],
    [null, "NHS PENSIONS            BGC", "NHS Pensions"],
    [null, "WEST YORKSHIRE PENSION FUND BGC", "West Yorkshire Pension Fund"],
    [null, "GREATER MANCHESTER PENSION FUND  FPI", "Greater Manchester Pension Fund"],
    [null, "ROYAL MAIL PENSION PLAN BGC", "Royal Mail Pension Plan"],
    [null, "VIR SEPA IRCANTEC RETRAITE 03/2026", "Ircantec"],
    [null, "VIR SEPA CNRACL PENSION 03/2026 N 4412087", "CNRACL"],
    [null, "VIR SEPA AGIRC ARRCO RETRAITE COMPLEMENTAIRE 03/2026", "Agirc-Arrco"],
    [null, "VIR SEPA SERVICE DES RETRAITES DE L ETAT PENSION 03/2026", "Service des retraites de l'État"],
    ["Stichting Pensioenfonds Metaal en Techniek", "Pensioen maart 2026 deelnemer 1029384", "Pensioenfonds PMT"],
    ["Stichting Pensioenfonds van de Metalektro (PME)", "Uitkering 2026-03 relatienr 88120", "Pensioenfonds PME"],
    ["Stichting bpfBOUW", "Pensioenuitkering 03-2026", "bpfBOUW"],
    ["Sociale Verzekeringsbank", "AOW maart 2026 klantnr 12345678", "SVB"],
    ["BVV Versorgungskasse des Bankgewerbes e.V.", "Betriebsrente 03/2026 Mitgl.-Nr. 4471209", "BVV"],
    ["Versorgungsanstalt des Bundes und der Länder", "VBL Betriebsrente 03/2026 Vers.-Nr. 4410723109", "VBL"],
  ]);
});

describe("a funeral plan pays for a funeral, an over-50s policy is insurance", () => {
  itNames([
    ["Golden Charter Ltd", "FUNERAL PLAN 4412087 DD", "-28.50", "Golden Charter", "other"],
    [null, "DIGNITY FUNERALS LTD ON 03 MAR          BCC", "-1650.00", "Dignity Funerals", "other"],
    [null, "HOMESTEADERS LIFE CO DES:INS PREM ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD", "-48.20", "Homesteaders Life", "insurance"],
    [null, "ENGAGE MUTUAL OVER 50 DD", "-19.00", "Engage Mutual", "insurance"],
  ]);
});

describe("a payee that only shares a word, a first name, a surname or a town with a retiree brand keeps its label", () => {
  itKeeps([
    [null, "DIGNITY HEALTH DES:PATIENT PMT ID:XXXXX00000 INDN:JOHN DOE CO ID:XXXXX00000 WEB", "Dignity Funerals"],
    [null, "VBL LUZERN BILLETTAUTOMAT", "VBL"],
  ]);
});

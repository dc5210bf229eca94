// A housekeeper's or a cleaner's wage names the work and the home in its purpose (home-trades.ts HOUSEHOLD_STAFF): the
// home's cleaning bought (shopping), though a person is paid, as a nanny's wage is childcare. Guards: a dry cleaner's
// "cleaning", a helper's "Putzhilfe" tip and an ordinary transfer to a person keep what they were.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const categoryOf = (counterpartyName: string | null, description: string, amount: string, transactionType: string | null) =>
  categorize({ amount, counterpartyName, description, transactionType, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

describe("a housekeeper's or a cleaner's wage is the home's cleaning", () => {
  it.each([
    ["Jadwiga Nowak", "Haushaltshilfe Juni 2026", "-520.00", "Dauerauftrag", "shopping"],
    ["Mirela Kovac", "Reinigung Wohnung Juli", "-310.00", "Überweisung", "shopping"],
    ["Fernanda Lima", "Housekeeper wages May", "-600.00", "Faster payment", "shopping"],
    [null, "ROSA MENDEZ Zelle house cleaning JUNE 0601 1234", "-400.00", null, "shopping"],
    ["A. Kowalczyk", "Schoonmaak week 22 Blaricum", "-120.00", "Overschrijving", "shopping"],
    [null, "VIR SEPA MME DA SILVA MARIA FEMME DE MENAGE MAI", "-350.00", null, "shopping"],
  ])("%s / %s (%s) → %s", (cp, description, amount, type, category) => {
    expect(categoryOf(cp, description, amount, type)).toBe(category);
  });
  it.each([
    [null, "CHECKCARD 0505 ELITE DRY CLEANING WEEKLY SPECIAL AUSTIN TX", "-22.00", null, "drugstore"],
    ["Lena Hoffmann", "Kino und Essen", "-40.00", "Überweisung", "other"],
    ["Lena Hoffmann", "Miete Wohnung Juli", "-900.00", "Dauerauftrag", "rent"],
  ])("%s / %s (%s) keeps %s", (cp, description, amount, type, category) => {
    expect(categoryOf(cp, description, amount, type)).toBe(category);
  });
});

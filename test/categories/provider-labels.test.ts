// A bank's own category ("Restaurants, bars, discothèques" at BoursoBank,
// "Restaurant-Restaurant" at Amex, "EATING_OUT" at Starling) places a row the
// merchant rules cannot: a bistro or a restaurant whose name says nothing.
// It never overrules them: the brand, the card code and the words on the row
// come first. Unlike a purpose text it is the bank's own filing, so it counts
// for a payee whose name looks like a person's.
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";
import { providerLabelCategory } from "../../src/categories/provider-labels.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import type { NormalizedTransaction } from "../../connectors/types.ts";

const row = (name: string, description: string, providerCategory: string, amount = "-38.40"): CategorizeInput => ({ amount, counterpartyName: name, merchant: name, description, providerCategory });
const key = (tx: CategorizeInput) => categorize(tx, { rules: [] });

describe("provider labels", () => {
  it.each([
    ["Restaurants, bars, discothèques", "restaurants"],
    ["Alimentation", "groceries"],
    ["Transports en commun", "transport"],
    ["Restaurant-Restaurant", "restaurants"],
    ["Restaurant-Bar & Café", "restaurants"],
    ["Entertainment-Restaurants", "restaurants"],
    ["Merchandise & Supplies-Groceries", "groceries"],
    ["Merchandise & Supplies-Internet Purchase", "shopping"],
    ["EATING_OUT", "restaurants"],
    ["Eating out", "restaurants"],
    ["Food & Drink", "restaurants"],
    ["Supermarkets", "groceries"],
    ["Gasoline", "fuel"],
    ["FOOD_AND_DRINK_GROCERIES", "groceries"],
    ["FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", "restaurants"],
    // BoursoBank's `category` column, as its export writes it.
    ["Salaires et revenus d'activité", "salary"],
    ["Restaurants, bars, discothèques…", "restaurants"],
    ["Transports quotidiens (métro, bus…)", "transport"],
    ["Energie (électricité, gaz, fuel, chauffage…)", "utilities"],
    ["Téléphonie (fixe et mobile), internet", "utilities"],
    ["Assurances", "insurance"],
    ["Abonnements - Autres", "subscriptions"],
    ["Multimédia à domicile", "shopping"],
    ["Retraits d'espèces", "cash"],
    ["INCOME_WAGES", "salary"],
  ])("reads %j as %s", (label, want) => {
    expect(providerLabelCategory(label)).toBe(want);
  });

  it.each(["GENERAL", "PAYMENTS", "INCOME", "Payments and Credits", "Non catégorisé", "Virements émis de comptes à comptes", "Holidays", "TRANSFER_OUT_ACCOUNT_TRANSFER", ""])(
    "finds nothing in %j, which says nothing about what was bought",
    (label) => {
      expect(providerLabelCategory(label)).toBeNull();
    },
  );
});

describe("categorize with a provider label", () => {
  it("places a restaurant nothing else knows by the bank's label", () => {
    expect(key(row("bouillon pigalle", "CARTE 13/10/26 LE BOUILLON PIGALLE CB*7686", "Restaurants, bars, discothèques"))).toEqual({ categoryKey: "restaurants", source: "provider" });
    expect(key(row("Prune", "PRUNE NEW YORK", "Restaurant-Restaurant"))).toEqual({ categoryKey: "restaurants", source: "provider" });
  });

  it("counts money back from such a place as a refund of its category", () => {
    expect(key(row("Prune", "PRUNE NEW YORK", "Restaurant-Restaurant", "12.00"))).toEqual({ categoryKey: "refunds", source: "provider", refundOf: "restaurants" });
  });

  it("lets the brand and the row's own words decide first", () => {
    // The dictionary knows Amazon; a bank filing it under restaurants is wrong.
    expect(key(row("Amazon", "AMZN Mktp FR*1234", "Restaurants, bars, discothèques")).categoryKey).toBe("shopping");
    // Council tax filed by Starling under "bills and services" stays council tax.
    expect(key(row("LB Hackney", "CTAX 40123456", "EATING_OUT")).categoryKey).toBe("taxes");
  });

  it("still leaves the purpose words of a payment to a person alone when the label says nothing", () => {
    expect(key({ amount: "-40.00", counterpartyName: "Lena Hoffmann", description: "Kino und Essen", providerCategory: "GENERAL" }).categoryKey).toBe("other");
  });

  it("takes a bank's salary label on money in as pay, before the employer's brand", () => {
    // ACME is nobody the dictionary knows; SNCF is a railway that also employs people.
    expect(key(row("ACME FRANCE SAS", "VIR SEPA ACME FRANCE SAS", "Salaires et revenus d'activité", "3450.00"))).toEqual({ categoryKey: "salary", source: "provider" });
    expect(key(row("SNCF", "VIR SEPA SNCF VOYAGEURS", "Salaires et revenus d'activité", "2810.00"))).toEqual({ categoryKey: "salary", source: "provider" });
    expect(key({ amount: "4100.00", counterpartyName: "Globex Inc", description: "DIRECT DEP", providerCategory: "INCOME_WAGES" }).categoryKey).toBe("salary");
  });

  it("reads no pay into money out, whatever the label", () => {
    expect(key(row("ACME FRANCE SAS", "VIR SEPA ACME FRANCE SAS", "Salaires et revenus d'activité", "-120.00")).categoryKey).not.toBe("salary");
  });

  it("on the import path too", () => {
    const tx = { ...row("Prune", "PRUNE NEW YORK", "Restaurant-Restaurant"), externalId: "a1", bookingDate: "2026-10-17", currency: "USD", status: "booked" } as NormalizedTransaction;
    expect(categorizeForSync(tx).key).toBe("restaurants");
  });
});

// A bank's own category that names an occasion rather than a kind of purchase
// (Monzo files every card payment of a trip under "Holidays") must not hide
// what the row says it is: the restaurant stays a restaurant, the supermarket
// groceries. Only when nothing else is known does the trip make it travel.
// And a shop's name that looks like a person's ("La Pepa") is still a shop
// when the bank's text puts its kind right beside it ("RESTAURANTE LA PEPA").
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeInput } from "../../src/categories/categorize.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import type { NormalizedTransaction } from "../../connectors/types.ts";

const monzo = (name: string, description: string, monzoCategory: string, amount = "-41.82"): CategorizeInput => ({
  amount,
  counterpartyName: name,
  merchant: name,
  description,
  transactionType: "Card payment",
  providerCategory: monzoCategory,
});
const key = (tx: CategorizeInput) => categorize(tx, { rules: [] }).categoryKey;

describe("provider categories that name an occasion", () => {
  it.each<[string, CategorizeInput, string]>([
    ["a restaurant on holiday, named like a person", monzo("La Pepa", "RESTAURANTE LA PEPA BARCELONA ESP", "Holidays"), "restaurants"],
    ["the same in Monzo's older lower-case export", monzo("La Pepa", "RESTAURANTE LA PEPA BARCELONA ESP", "holidays"), "restaurants"],
    ["a supermarket on holiday", monzo("Mercadona", "MERCADONA 2345 BARCELONA ESP", "Holidays"), "groceries"],
    ["a hotel on holiday", monzo("Hotel Arts", "HOTEL ARTS BARCELONA ESP", "Holidays"), "travel"],
    ["a taxi on holiday", monzo("Taxi Barcelona", "TAXI BARCELONA 1234 ESP", "Holidays"), "transport"],
    ["a shop nothing is known about, on holiday", monzo("Can Culleretes", "CAN CULLERETES BARCELONA ESP", "Holidays"), "travel"],
  ])("%s", (_what, tx, want) => {
    expect(key(tx)).toBe(want);
  });

  it("the trip decides only as a last resort, and says the provider decided", () => {
    expect(categorize(monzo("Can Culleretes", "CAN CULLERETES BARCELONA ESP", "Holidays"), { rules: [] })).toEqual({ categoryKey: "travel", source: "provider" });
    expect(categorize(monzo("Can Culleretes", "CAN CULLERETES BARCELONA ESP", "Holidays", "12.00"), { rules: [] })).toEqual({ categoryKey: "refunds", source: "provider", refundOf: "travel" });
  });

  it("on the import path too (the identity provider map)", () => {
    const tx = { ...monzo("La Pepa", "RESTAURANTE LA PEPA BARCELONA ESP", "Holidays"), externalId: "tx_1", bookingDate: "2026-07-14", currency: "GBP", status: "booked" } as NormalizedTransaction;
    expect(categorizeForSync(tx).key).toBe("restaurants");
  });

  it("a purpose text beside a person's name still says nothing about a shop", () => {
    expect(key({ amount: "-25.00", counterpartyName: "Lena Hoffmann", description: "Kino und Essen" })).toBe("other");
    expect(key({ amount: "-25.00", counterpartyName: "Lena Hoffmann", description: "Lena Hoffmann Restaurant Rechnung" })).toBe("restaurants");
  });
});

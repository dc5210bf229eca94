// Money back from a shop is a refund that names the shop's own spending
// category (refundOf), so analytics can net it against that category (issue 8
// §3, "refunds reduce their category"). A person's choice or rule names no shop.
import { describe, expect, it } from "vitest";
import { categorize, type CategorizeContext, type CategorizeInput } from "../../src/categories/categorize.ts";
import type { Rule } from "../../src/categories/rules.ts";

const none: CategorizeContext = { rules: [] };
const cat = (tx: CategorizeInput, ctx: CategorizeContext = none) => categorize(tx, ctx);

describe("a refund names the category of the shop it came from", () => {
  it("a shop from the dictionary: Amazon's return refunds shopping, REWE's groceries", () => {
    expect(cat({ amount: "20.00", description: "AMZN Mktp DE*2K3L45 Erstattung" })).toEqual({ categoryKey: "refunds", source: "dictionary", refundOf: "shopping" });
    expect(cat({ amount: "3.49", counterpartyName: "REWE SAGT DANKE 4401" })).toEqual({ categoryKey: "refunds", source: "dictionary", refundOf: "groceries" });
  });

  it("a shop known only by its card's merchant category code", () => {
    expect(cat({ amount: "12.00", description: "KLEINER LADEN", mcc: "5411" })).toEqual({ categoryKey: "refunds", source: "fallback", refundOf: "groceries" });
  });

  it("a shop known only by the kind of shop its name says", () => {
    expect(cat({ amount: "8.00", counterpartyName: "Pizzeria Da Rocco" })).toEqual({ categoryKey: "refunds", source: "fallback", refundOf: "restaurants" });
    // A refund word beside the kind of shop: the word says refund, the name says what it refunds.
    expect(cat({ amount: "12.50", counterpartyName: "Eetcafe De Hoek 7588", description: "Pasvolgnr: 001 Terugstorting" })).toEqual({
      categoryKey: "refunds",
      source: "fallback",
      refundOf: "restaurants",
    });
  });

  it("a bank filing the return under the shop's category, and a bank saying 'refund' of a shop it names", () => {
    const map = { Shopping: "shopping", Refund: "refunds" };
    expect(cat({ amount: "29.99", counterpartyName: "Zalando SE", providerCategory: "Shopping" }, { rules: [], providerMap: map })).toEqual({
      categoryKey: "refunds",
      source: "provider",
      refundOf: "shopping",
    });
    expect(cat({ amount: "4.20", counterpartyName: "Shell 1234 Berlin", providerCategory: "Refund" }, { rules: [], providerMap: map })).toEqual({
      categoryKey: "refunds",
      source: "provider",
      refundOf: "fuel",
    });
  });

  it("a refund word with no recognisable shop is a refund of nothing in particular", () => {
    const r = cat({ amount: "12.00", counterpartyName: "Kleiner Laden", description: "Erstattung Bestellung 55" });
    expect(r).toEqual({ categoryKey: "refunds", source: "fallback" });
    expect(r).not.toHaveProperty("refundOf");
  });

  it("money back from a person names no shop; a tax refund does not net against taxes paid", () => {
    expect(cat({ amount: "15.00", counterpartyName: "Lena Hoffmann", description: "Erstattung Schuhe" })).toEqual({ categoryKey: "refunds", source: "fallback" });
    // Income tax refunds return tax withheld from pay: "taxes" would go negative.
    expect(cat({ amount: "845.20", counterpartyName: "Finanzamt Köln-Mitte", description: "Erstattung ESt 2025" })).toEqual({ categoryKey: "refunds", source: "dictionary" });
  });

  it("spending at the shop stays spending, with no refundOf", () => {
    expect(cat({ amount: "-50.00", description: "AMZN Mktp DE*2K3L45" })).toEqual({ categoryKey: "shopping", source: "dictionary" });
  });

  it("a category set by hand or by a rule names no shop, even on a refund", () => {
    const amazonReturn: CategorizeInput = { amount: "20.00", description: "AMZN Mktp DE*2K3L45 Erstattung" };
    expect(cat({ ...amazonReturn, manualCategoryKey: "refunds" })).toEqual({ categoryKey: "refunds", source: "user" });
    expect(cat({ ...amazonReturn, manualCategoryKey: "shopping" })).toEqual({ categoryKey: "shopping", source: "user" });
    const rules: Rule[] = [{ position: 1, categoryKey: "refunds", descriptionPattern: "amzn" }];
    expect(cat(amazonReturn, { rules })).toEqual({ categoryKey: "refunds", source: "rule" });
  });
});

describe("money sent in by bank transfer is no shop's refund", () => {
  it("a client or employer that shares a brand's name, paying by transfer, is income (Wise, Revolut, Nationwide, Monzo)", () => {
    // Brightline is also a Florida railway; Wise's TRANSFER- row says this money was sent, not given back at a till.
    // Its invoice paid is the person's pay (a client's invoice, trader-trades.ts).
    expect(cat({ amount: "800.00", counterpartyName: "Brightline Media LLC", description: "Invoice 2026-06", transactionType: "Transfer" }).categoryKey).toBe("salary");
    expect(cat({ amount: "800.00", counterpartyName: "Brightline Media LLC", description: "June project", transactionType: "Transfer" })).toEqual({ categoryKey: "income_other", source: "dictionary" });
    expect(cat({ amount: "412.30", counterpartyName: "Uber BV", description: "Weekly payout", transactionType: "Transfer" }).categoryKey).toBe("income_other");
    expect(cat({ amount: "95.00", counterpartyName: "TESCO STORES LTD", description: "EXPENSES MARCH", transactionType: "Bank credit" }).categoryKey).toBe("income_other");
    expect(cat({ amount: "60.00", counterpartyName: "Pizzeria Da Rocco", description: "Lohn Aushilfe", transactionType: "Faster payment" }).categoryKey).not.toBe("refunds");
  });

  it("the same brand's money back on the card, or a transfer that says refund, stays a refund", () => {
    expect(cat({ amount: "19.75", counterpartyName: "Uber *Trip", transactionType: "Card refund" })).toEqual({ categoryKey: "refunds", source: "dictionary", refundOf: "transport" });
    expect(cat({ amount: "412.30", counterpartyName: "Uber BV" })).toEqual({ categoryKey: "refunds", source: "dictionary", refundOf: "transport" });
    expect(cat({ amount: "29.99", counterpartyName: "Zalando SE", description: "Refund order 1234", transactionType: "Transfer" }).categoryKey).toBe("refunds");
  });

  it("money out by transfer to a brand is still spending there", () => {
    expect(cat({ amount: "-30.00", counterpartyName: "Uber BV", transactionType: "Transfer" }).categoryKey).toBe("transport");
  });
});

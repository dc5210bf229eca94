import { describe, expect, it } from "vitest";
import { categorize, type CategorizeContext, type CategorizeInput } from "../../src/categories/categorize.ts";
import type { Rule } from "../../src/categories/rules.ts";

const none = { rules: [] as Rule[] };
const cat = (tx: CategorizeInput, ctx: CategorizeContext = none) => categorize(tx, ctx);

describe("categorize precedence", () => {
  const rewe: CategorizeInput = { amount: "-23.40", counterpartyName: "REWE SAGT DANKE 4401", providerCategory: "Shopping" };

  it("uses the person's manual choice above everything", () => {
    expect(cat({ ...rewe, manualCategoryKey: "donations" })).toEqual({ categoryKey: "donations", source: "user" });
  });

  it("lets a rule beat the provider and the dictionary", () => {
    const rules: Rule[] = [{ position: 1, categoryKey: "entertainment", counterpartyPattern: "rewe" }];
    expect(cat(rewe, { rules, providerMap: { Shopping: "shopping" } })).toEqual({ categoryKey: "entertainment", source: "rule" });
  });

  it("lets a mapped provider category beat the dictionary", () => {
    expect(cat(rewe, { rules: [], providerMap: { shopping: "shopping" } })).toEqual({ categoryKey: "shopping", source: "provider" });
  });

  it("ignores a provider category that maps to a catch-all or an unknown key", () => {
    expect(cat(rewe, { rules: [], providerMap: { Shopping: "other" } }).source).toBe("dictionary");
    expect(cat(rewe, { rules: [], providerMap: { Shopping: "no_such_key" } }).source).toBe("dictionary");
  });

  it("falls back to the dictionary without a provider map", () => {
    expect(cat(rewe)).toEqual({ categoryKey: "groceries", source: "dictionary" });
  });

  it("ignores a manual key that is not in the taxonomy", () => {
    expect(cat({ ...rewe, manualCategoryKey: "bogus" }).source).toBe("dictionary");
  });
});

describe("categorize real-looking bookings", () => {
  it.each<[string, CategorizeInput, string]>([
    ["German salary", { amount: "3120.55", counterpartyName: "ACME Software GmbH", description: "LOHN/GEHALT 10/2026" }, "salary"],
    ["salary from an employer the dictionary knows", { amount: "2890.00", counterpartyName: "Deutsche Bahn AG", description: "Gehalt Oktober" }, "salary"],
    ["UK payroll", { amount: "2450.00", counterpartyName: "WIDGETS LTD", description: "SALARY OCT" }, "salary"],
    ["rent by standing order", { amount: "-950.00", counterpartyName: "Hausverwaltung Schmidt", description: "Miete November Whg 3 OG" }, "rent"],
    ["Kaltmiete", { amount: "-720.00", counterpartyName: "Vonovia SE", description: "Kaltmiete 11/2026" }, "rent"],
    ["ATM withdrawal", { amount: "-100.00", counterpartyName: null, description: "GAA 12345 Sparkasse Berlin" }, "cash"],
    ["Bargeldauszahlung", { amount: "-50.00", transactionType: "Bargeldauszahlung", description: "Commerzbank 0029" }, "cash"],
    ["cash back at the till is cash, not groceries", { amount: "-50.00", counterpartyName: "REWE Markt", description: "Bargeldauszahlung REWE" }, "cash"],
    ["UK cash machine", { amount: "-20.00", description: "CASH WITHDRAWAL LLOYDS BANK 14OCT" }, "cash"],
    ["own transfer", { amount: "-500.00", counterpartyName: "Max Mustermann", description: "Umbuchung Tagesgeld" }, "transfers"],
    ["Übertrag back in", { amount: "500.00", counterpartyName: "Max Mustermann", description: "Übertrag vom Sparkonto" }, "transfers"],
    ["refund from a shop", { amount: "29.99", counterpartyName: "Zalando SE", description: "Rücksendung 1032" }, "refunds"],
    ["Amazon refund", { amount: "15.49", description: "AMZN Mktp DE Erstattung" }, "refunds"],
    ["refund keyword without a known shop", { amount: "12.00", counterpartyName: "Kleiner Laden", description: "Erstattung Bestellung 55" }, "refunds"],
    ["Netflix via PayPal", { amount: "-13.99", counterpartyName: "PayPal Europe S.a.r.l. et Cie S.C.A", description: "PP.4711.PP . NETFLIX INTERNATIONAL B.V., Ihr Einkauf bei NETFLIX" }, "subscriptions"],
    ["Amazon Prime beats Amazon", { amount: "-8.99", counterpartyName: "AMAZON PRIME*2T4", description: "Amazon Prime Mitgliedschaft" }, "subscriptions"],
    ["Deutsche Bahn ticket", { amount: "-79.90", counterpartyName: "DB Vertrieb GmbH", description: "Fahrkarte 1234567" }, "transport"],
    ["TfL contactless", { amount: "-8.10", description: "TFL TRAVEL CH TFL.GOV.UK/CP" }, "transport"],
    ["Uber Eats is food, Uber is a ride", { amount: "-24.30", description: "UBER *EATS HELP.UBER.COM" }, "restaurants"],
    ["Uber ride", { amount: "-14.20", description: "UBER *TRIP HELP.UBER.COM" }, "transport"],
    ["petrol", { amount: "-65.01", counterpartyName: "ARAL Station 286", description: "Kartenzahlung" }, "fuel"],
    ["US grocery", { amount: "-54.12", description: "WHOLEFDS MKT 10234 AUSTIN TX" }, "groceries"],
    ["US gas", { amount: "-40.00", description: "CHEVRON 0092341 SAN JOSE CA" }, "fuel"],
    ["UK supermarket", { amount: "-31.20", description: "SAINSBURYS S/MKT LONDON" }, "groceries"],
    ["pharmacy", { amount: "-8.45", counterpartyName: "Löwen-Apotheke", description: "Kartenzahlung" }, "health"],
    ["insurance", { amount: "-45.10", counterpartyName: "HUK-COBURG Allgemeine Versicherung AG", description: "Beitrag Kfz 2026" }, "insurance"],
    ["generic insurance", { amount: "-9.10", counterpartyName: "Haftpflichtkasse VVaG", description: "Haftpflichtversicherung Beitrag" }, "insurance"],
    ["tax", { amount: "-312.00", counterpartyName: "Finanzamt Köln-Mitte", description: "ESt 2025" }, "taxes"],
    ["tax refund", { amount: "845.20", counterpartyName: "Finanzamt Köln-Mitte", description: "Erstattung ESt 2025" }, "refunds"],
    ["broadcast fee", { amount: "-55.08", counterpartyName: "Rundfunk ARD, ZDF, DRadio", description: "Beitragsnummer 123" }, "taxes"],
    ["account fee", { amount: "-4.95", counterpartyName: null, description: "Entgelt Kontoführung" }, "fees"],
    ["savings plan", { amount: "-200.00", counterpartyName: "Trade Republic Bank GmbH", description: "Sparplan" }, "savings"],
    ["unknown expense", { amount: "-12.00", counterpartyName: "Herr Meier", description: "Danke fürs Auslegen" }, "other"],
    ["unknown income", { amount: "12.00", counterpartyName: "Herr Meier", description: "Danke fürs Auslegen" }, "income_other"],
    ["über is not Uber", { amount: "-30.00", counterpartyName: "Anna", description: "Zahlung über PayPal" }, "other"],
    ["salary word in an outgoing payment is not salary", { amount: "-300.00", counterpartyName: "Putzhilfe", description: "Lohn Oktober" }, "other"],
  ])("%s", (_name, tx, expected) => {
    expect(cat(tx).categoryKey).toBe(expected);
  });

  it("reports which step decided", () => {
    expect(cat({ amount: "-100.00", description: "GAA 12345" }).source).toBe("fallback");
    expect(cat({ amount: "-1.00", description: "Netflix" }).source).toBe("dictionary");
  });
});

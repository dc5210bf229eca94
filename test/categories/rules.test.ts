import { describe, expect, it } from "vitest";
import { checkPattern, compilePattern, findMatchingRule, ruleMatches, type Rule } from "../../src/categories/rules.ts";

const tx = (over: Partial<Parameters<typeof ruleMatches>[1]> = {}) => ({
  amount: "-42.50",
  counterpartyName: "Café Müller GbR",
  description: "Kartenzahlung 12.10. Berlin",
  accountId: "acc-1",
  ...over,
});

describe("patterns", () => {
  it("matches plain text ignoring case, accents and punctuation", () => {
    const m = compilePattern("cafe muller");
    expect(m("Café Müller GbR")).toBe(true);
    expect(m("CAFE-MULLER")).toBe(true);
    expect(m("Café Meier")).toBe(false);
  });

  it("treats /…/ as a case-insensitive regular expression", () => {
    const m = compilePattern("/^caf[eé] m(u|ü)ller/");
    expect(m("CAFÉ MÜLLER")).toBe(true);
    expect(m("Das Café Müller")).toBe(false);
  });

  it("tries a regex on the folded text too, so umlaut-free patterns still match", () => {
    expect(compilePattern("/muller gbr$/")("Café Müller GbR")).toBe(true);
  });

  it("rejects nested quantifiers and falls back to a literal search", () => {
    expect(checkPattern("/(a+)+$/")).toMatchObject({ kind: "invalid", reason: "nested_quantifier" });
    const m = compilePattern("/(a+)+$/");
    const start = performance.now();
    expect(m("a".repeat(40) + "!")).toBe(false);
    expect(m("see (a+)+$ here")).toBe(true);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it("rejects over-long and broken regexes without throwing", () => {
    expect(checkPattern(`/${"a".repeat(250)}/`)).toMatchObject({ kind: "invalid", reason: "too_long" });
    expect(checkPattern("/caf(e/").kind).toBe("invalid");
    expect(compilePattern("/caf(e/")("Menu CAF(E) 2")).toBe(true);
    expect(compilePattern("/caf(e/")("Café stuff")).toBe(false);
  });

  it("accepts ordinary regexes", () => {
    expect(checkPattern("/netflix|spotify/")).toEqual({ kind: "regex" });
    expect(checkPattern("netflix")).toEqual({ kind: "text" });
  });
});

describe("rules", () => {
  const base: Rule = { position: 1, categoryKey: "restaurants" };

  it("needs every given condition to hold", () => {
    const rule = { ...base, counterpartyPattern: "müller", descriptionPattern: "berlin", accountId: "acc-1" };
    expect(ruleMatches(rule, tx())).toBe(true);
    expect(ruleMatches(rule, tx({ accountId: "acc-2" }))).toBe(false);
    expect(ruleMatches(rule, tx({ description: "Kartenzahlung Hamburg" }))).toBe(false);
  });

  it("bounds the absolute amount inclusively", () => {
    const rule = { ...base, counterpartyPattern: "muller", minAmount: "10", maxAmount: "42.50" };
    expect(ruleMatches(rule, tx())).toBe(true);
    expect(ruleMatches(rule, tx({ amount: "42.51" }))).toBe(false);
    expect(ruleMatches(rule, tx({ amount: "-9.99" }))).toBe(false);
    expect(ruleMatches(rule, tx({ amount: "10.00" }))).toBe(true);
  });

  it("a rule for PayPal itself catches the PayPal top-up, not a shop paid through PayPal", () => {
    const rule = { ...base, categoryKey: "transfers", counterpartyPattern: "PayPal" };
    const paypal = "PayPal Europe S.a.r.l. et Cie S.C.A";
    expect(ruleMatches(rule, tx({ counterpartyName: paypal, merchant: "PayPal", description: "1004372815604/PP.4162.PP/, ABBUCHUNG VOM PAYPAL-KONTO" }))).toBe(true);
    expect(ruleMatches(rule, tx({ counterpartyName: paypal, merchant: "Uber", description: "1045268675504/PP.4162.PP/, Uber Payments BV, Ihr Einkauf bei Uber Payments BV" }))).toBe(false);
    // No merchant known: the processor is all the row names.
    expect(ruleMatches(rule, tx({ counterpartyName: paypal, merchant: null }))).toBe(true);
  });

  it("matches the counterparty pattern against the provider's merchant as well", () => {
    const rule = { ...base, counterpartyPattern: "blue bottle" };
    expect(ruleMatches(rule, tx({ counterpartyName: "SumUp", merchant: "Blue Bottle Coffee" }))).toBe(true);
  });

  it("never lets a rule without conditions match everything", () => {
    expect(ruleMatches(base, tx())).toBe(false);
  });

  it("picks the lowest position, whatever order the rules come in", () => {
    const rules: Rule[] = [
      { position: 5, categoryKey: "groceries", counterpartyPattern: "cafe" },
      { position: 2, categoryKey: "restaurants", counterpartyPattern: "muller" },
      { position: 9, categoryKey: "shopping", descriptionPattern: "berlin" },
    ];
    expect(findMatchingRule(rules, tx())?.categoryKey).toBe("restaurants");
    expect(findMatchingRule(rules, tx({ counterpartyName: "Shop", description: "Hamburg" }))).toBeNull();
  });

  it("ignores an amount bound that is not a decimal instead of crashing", () => {
    const rule = { ...base, counterpartyPattern: "muller", minAmount: "ten" };
    expect(ruleMatches(rule, tx())).toBe(true);
  });
});

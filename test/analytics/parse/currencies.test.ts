// A currency in a question: "in dollars" keeps to the rows in dollars and
// answers in them; "euros converted to pounds" is the exchange between the
// person's own balances, from one currency into the other. Amounts, merchants
// and periods that carry a currency word keep it.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";
import { findCurrencies } from "../../../src/analytics/parse/currencies.ts";

const TODAY = "2026-07-03";
const ctx = (locale: "en" | "de" = "en", merchants: string[] = ["Amazon", "Dollar Tree", "Eurowings"]): ParseContext => ({ today: TODAY, locale, merchants, accounts: [], dataStart: "2025-12-01" });

function spec(q: string, locale: "en" | "de" = "en") {
  const r = parseQuestion(q, ctx(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
}

describe("currency words", () => {
  it.each([
    ["pounds", "GBP"], ["£", "GBP"], ["sterling", "GBP"], ["pfund", "GBP"], ["livres", "GBP"],
    ["dollars", "USD"], ["$", "USD"], ["usd", "USD"], ["canadian dollars", "CAD"],
    ["euros", "EUR"], ["€", "EUR"], ["swiss francs", "CHF"], ["franken", "CHF"], ["yen", "JPY"],
  ])("%j is %s", (said, code) => {
    expect(findCurrencies(said).map((h) => h.code)).toEqual([code]);
  });

  it("a word that only starts like one is none", () => {
    expect(findCurrencies("eurowings poundland dollarama")).toEqual([]);
  });
});

describe("a currency said without an account keeps to the rows in it", () => {
  it.each([
    ["how much did i spend in dollars last month", "en", "USD"],
    ["spending in pounds in march", "en", "GBP"],
    ["what did i spend in gbp this year", "en", "GBP"],
    ["my usd spending this year", "en", "USD"],
    ["groceries in euros last month", "en", "EUR"],
    ["wie viel habe ich im märz in pfund ausgegeben", "de", "GBP"],
    ["ausgaben in franken dieses jahr", "de", "CHF"],
  ] as const)("%j", (q, locale, code) => {
    const r = spec(q, locale);
    expect(r.spec.filters.currency).toBe(code);
    expect(r.spec.filters.accounts).toBeUndefined();
    expect(r.spec.filters.topics).toBeUndefined();
    expect(describeReading(r.reading, locale)).toContain(code);
  });

  it("keeps the period the question gives; with none, a currency said alone covers the whole history (shape-draft.ts)", () => {
    expect(spec("spending in pounds in march").spec.filters.period).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    const none = spec("how much did i spend in dollars");
    expect(none.spec.filters.currency).toBe("USD");
    expect(none.reading.period.defaulted).toBe(false);
  });

  it("leaves a currency beside an amount, and merchants with a currency in their name, alone", () => {
    const over = spec("amazon over $50 last month");
    expect(over.spec.filters).toMatchObject({ merchants: ["Amazon"], minAmount: "50" });
    expect(over.spec.filters.currency).toBeUndefined();
    expect(spec("dollar tree last month").spec.filters.currency).toBeUndefined();
    expect(spec("eurowings last month").spec.filters.currency).toBeUndefined();
  });
});

describe("money changed from one currency into another is the exchange between own balances", () => {
  it.each([
    ["how much euro did i convert to pounds", "en", "EUR", "GBP"],
    ["how many euros did i exchange into dollars this year", "en", "EUR", "USD"],
    ["euros converted to pounds in may", "en", "EUR", "GBP"],
    ["how much did i change from pounds into euros last year", "en", "GBP", "EUR"],
    ["gbp to eur conversions this year", "en", "GBP", "EUR"],
    ["wie viel euro habe ich in pfund gewechselt", "de", "EUR", "GBP"],
    ["wie viel euro habe ich in dollar umgetauscht", "de", "EUR", "USD"],
  ] as const)("%j", (q, locale, from, to) => {
    const r = spec(q, locale);
    expect(r.spec.filters).toMatchObject({ topics: ["currency_exchange"], currency: from, toCurrency: to });
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters.categories).toBeUndefined();
  });

  it("with one currency: into it after 'to', out of it otherwise", () => {
    expect(spec("how much did i convert to pounds this year").spec.filters).toMatchObject({ topics: ["currency_exchange"], toCurrency: "GBP" });
    expect(spec("how much did i convert to pounds this year").spec.filters.currency).toBeUndefined();
    expect(spec("how many dollars did i exchange this year").spec.filters).toMatchObject({ topics: ["currency_exchange"], currency: "USD" });
  });

  it("the exchanges named as such, with no currency", () => {
    expect(spec("currency exchanges this year").spec.filters).toMatchObject({ topics: ["currency_exchange"] });
    expect(spec("geldwechsel dieses jahr", "de").spec.filters).toMatchObject({ topics: ["currency_exchange"] });
  });

  it("says both sides in the reading", () => {
    const r = spec("how much euro did i convert to pounds this year");
    expect(describeReading(r.reading, "en")).toContain("EUR changed into GBP");
    expect(describeReading(r.reading, "en")).toContain("Currency exchange");
  });

  it("'convert' is no concert, and 'change' alone is no exchange", () => {
    expect(spec("how much euro did i convert to pounds").spec.filters.categories).toBeUndefined();
    const change = spec("how did my spending change in dollars last month");
    expect(change.spec.filters.topics).toBeUndefined();
    expect(change.spec.filters.currency).toBe("USD");
  });
});

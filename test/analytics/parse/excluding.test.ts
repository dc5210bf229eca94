// "excluding transfers", "except groceries", "ohne Miete": the category named after such a word is left out, not asked for.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";

function read(q: string, locale: "en" | "de" = "en") {
  const r = parseQuestion(q, { today: "2026-11-30", locale, merchants: [], accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { filters: r.spec.filters, measure: r.spec.measure, reading: describeReading(r.reading, locale) };
}

describe("a category named after excluding, except, without, not counting", () => {
  it.each<[string, "en" | "de", string]>([
    ["how much did i spend in total last month excluding transfers between my accounts", "en", "transfers"],
    ["spending last month except groceries", "en", "groceries"],
    ["what did i spend in october without the rent", "en", "rent"],
    ["how much did i spend this year not counting rent", "en", "rent"],
    ["total spending apart from groceries last month", "en", "groceries"],
    ["ausgaben letzten monat ohne miete", "de", "rent"],
  ])("%j leaves the category out", (q, locale, key) => {
    const { filters, measure } = read(q, locale);
    expect(measure).toBe("spending");
    expect(filters.excludeCategories).toEqual([key]);
    expect(filters.categories ?? []).toEqual([]);
  });

  it("says what it left out", () => {
    expect(read("spending last month except groceries").reading).toBe("Spending, 1–31 Oct 2026, not counting Groceries, all accounts");
  });

  it("still reads a category asked for beside one left out", () => {
    const { filters } = read("shopping and groceries last month except rent");
    expect(filters.categories).toEqual(["shopping", "groceries"]);
    expect(filters.excludeCategories).toEqual(["rent"]);
  });
});

// "not counting the credit card payment and transfers between our accounts": every item of the list is left out,
// the card bills among them, instead of the first being read as what is asked for.
describe("several things left out, joined by and, or, commas", () => {
  it.each<[string, "en" | "de", string[]]>([
    ["spending last month except groceries and rent", "en", ["groceries", "rent"]],
    ["spending last month without rent, groceries or shopping", "en", ["rent", "groceries", "shopping"]],
    ["ausgaben letzten monat ohne miete und lebensmittel", "de", ["rent", "groceries"]],
  ])("%j leaves every category of the list out", (q, locale, keys) => {
    const { filters } = read(q, locale);
    expect(filters.excludeCategories).toEqual(keys);
    expect(filters.categories ?? []).toEqual([]);
  });

  it.each([
    "total spending last month not counting the credit card payment and transfers between our accounts",
    "total spending last month excluding transfers between our accounts and the credit card bills",
  ])("%j leaves the card bills and the transfers out, reading spending", (q) => {
    const { filters, measure, reading } = read(q);
    expect(measure).toBe("spending");
    expect(filters.transfersTo).toBeUndefined();
    expect(filters.excludeCardBills).toBe(true);
    expect(filters.excludeCategories).toEqual(["transfers"]);
    expect(filters.categories ?? []).toEqual([]);
    expect(reading).toBe("Spending, 1–31 Oct 2026, not counting credit card bills, Transfers between accounts, all accounts");
  });

  it("a card bill asked for is still the card bills", () => {
    expect(read("credit card payments last month").filters.transfersTo).toBe("card");
  });
});

// "Was war mein größter Einkauf?": one purchase, the largest, is the top row
// of the same list "biggest purchases" gives (date, merchant, amount), not a
// ranking of shops by their totals.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

function spec(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("the biggest single purchase", () => {
  it.each<[string, "en" | "de"]>([
    ["was war mein größter einkauf dieses jahr", "de"],
    ["Mein teuerster Kauf dieses Jahr?", "de"],
    ["meine größte Anschaffung dieses Jahr", "de"],
    ["größte Einzelbuchung dieses Jahr", "de"],
    ["höchste Abbuchung dieses Jahr", "de"],
    ["what was my biggest purchase this year", "en"],
    ["largest transaction this year", "en"],
    ["my most expensive buy this year", "en"],
    ["my biggest single purchase this year", "en"],
    ["priciest single payment this year", "en"],
    ["biggest grocery run this year", "en"],
    ["largest single order this year", "en"],
    ["my most expensive taxi ride this year", "en"],
    ["teuerste Taxifahrt dieses Jahr", "de"],
  ])("reads %j as the transactions, largest first", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ measure: "spending", groupBy: "transaction", sort: "value_desc", limit: 10, filters: { period: P.thisYear } });
  });

  it("lists the biggest purchases (plural) the same way", () => {
    expect(spec("größte Einkäufe dieses Jahr", "de")).toMatchObject({ groupBy: "transaction", sort: "value_desc", limit: 10 });
  });

  it.each<[string, "en" | "de"]>([
    ["die größten Händler dieses Jahr", "de"],
    ["top shops this year", "en"],
  ])("still ranks shops by their totals when %j names shops", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ groupBy: "merchant", limit: 5 });
  });
});

describe("shopping verbs beside “the most”", () => {
  it.each<[string, "en" | "de"]>([
    ["wo kauf ich am meisten ein", "de"],
    ["where do i buy the most", "en"],
  ])("%j still ranks shops, not single purchases", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ groupBy: "merchant", limit: 5 });
  });
});

describe("purchases are buys, not the rent or the bills", () => {
  it.each<[string, "en" | "de"]>([
    ["biggest purchases last month", "en"],
    ["what was my biggest purchase this year", "en"],
    ["größte Einkäufe letzten Monat", "de"],
    ["Mein teuerster Kauf dieses Jahr?", "de"],
  ])("%j keeps to purchases", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ groupBy: "transaction", sort: "value_desc", filters: { purchases: true } });
  });

  it.each<[string, "en" | "de"]>([
    ["biggest expenses last month", "en"],
    ["größte Ausgaben letzten Monat", "de"],
    ["largest transactions last month", "en"],
    ["größte Buchungen letzten Monat", "de"],
  ])("%j keeps every payment, bills too", (q, locale) => {
    const s = spec(q, locale);
    expect(s).toMatchObject({ groupBy: "transaction", sort: "value_desc" });
    expect(s.filters.purchases).toBeUndefined();
  });
});

// "takeaways", "takeout", "Lieferdienst": the takeaway topic (delivery
// platforms and takeaway shops inside Restaurants & cafés), not every café
// and restaurant of the category.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

function spec(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("takeaways", () => {
  it.each<[string, "en" | "de"]>([
    ["how much on takeaways this year", "en"],
    ["how much on takeaway's this year", "en"],
    ["takeout this year", "en"],
    ["food delivery this year", "en"],
    ["wie viel für Lieferdienste dieses Jahr", "de"],
    ["was hab ich dieses jahr für essen bestellt", "de"],
    ["Lieferdienst dieses Jahr", "de"],
  ])("reads %j as the takeaway topic", (q, locale) => {
    const s = spec(q, locale);
    expect(s).toMatchObject({ measure: "spending", filters: { topics: ["takeaway"], period: P.thisYear } });
    expect(s.filters.categories).toBeUndefined();
  });

  it.each<[string, "en" | "de"]>([
    ["restaurants this year", "en"],
    ["eating out this year", "en"],
    ["essen gehen dieses Jahr", "de"],
  ])("leaves %j to the whole category", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ filters: { categories: ["restaurants"] } });
  });

  it("leaves a parcel's delivery alone: 'delivery' by itself is no food order", () => {
    expect(spec("how much did i pay for delivery this year", "en").filters.topics ?? []).not.toContain("takeaway");
  });

  it("leaves cash taken out of a machine to the cash category", () => {
    expect(spec("how much cash did i take out this year", "en")).toMatchObject({ filters: { categories: ["cash"] } });
  });
});

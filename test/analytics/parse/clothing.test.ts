// "Klamotten", "clothes", "vêtements": the clothing topic (fashion and shoe
// shops inside Shopping), not the whole category with the laptop and the books.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { CLOTHING_BRANDS } from "../../../src/analytics/topics-clothing.ts";
import { MERCHANTS as DICTIONARY } from "../../../src/categories/merchant-data.ts";
import { P, context } from "./corpus-types.ts";

function spec(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("clothing", () => {
  it.each<[string, "en" | "de"]>([
    ["wie viel hab ich dieses jahr für klamotten ausgegeben", "de"],
    ["Kleidung dieses Jahr", "de"],
    ["was hab ich dieses jahr für mode ausgegeben", "de"],
    ["Ausgaben für Kleidung und Schuhe dieses Jahr", "de"],
    ["how much did i spend on clothes this year", "en"],
    ["clothing this year", "en"],
    ["fashion spending this year", "en"],
    ["combien j'ai dépensé en vêtements cette année", "en"],
    ["kleding in 2026", "en"],
  ])("reads %j as the clothing topic", (q, locale) => {
    const s = spec(q, locale);
    expect(s).toMatchObject({ measure: "spending", filters: { topics: ["clothing"], period: P.thisYear } });
    expect(s.filters.categories).toBeUndefined();
  });

  it("leaves shopping as a whole to its own words", () => {
    expect(spec("Einkäufe dieses Jahr", "de")).toMatchObject({ filters: { categories: ["shopping"] } });
    expect(spec("shopping this year", "en")).toMatchObject({ filters: { categories: ["shopping"] } });
  });

  it("compares clothes with another subject side by side", () => {
    expect(spec("klamotten vs lebensmittel dieses jahr", "de").versus?.map((s) => s.topics ?? s.categories)).toEqual([["clothing"], ["groceries"]]);
  });

  it("names its chains as the dictionary spells them, each a shopping brand there", () => {
    const shopping = new Set(DICTIONARY.filter((row) => row[1] === "shopping").map((row) => row[0]));
    expect(CLOTHING_BRANDS.filter((b) => !shopping.has(b))).toEqual([]);
    expect(new Set(CLOTHING_BRANDS).size).toBe(CLOTHING_BRANDS.length);
  });
});

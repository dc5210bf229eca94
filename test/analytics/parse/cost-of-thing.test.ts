// "What did the Kur cost": one thing's price, paid whenever it was paid, is read over the whole history on file
// (saying its span), and a name no category knows is searched as text (src/analytics/parse/cost-of-thing.ts).
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";
import { spellUmlautsOut } from "../../../src/categories/normalize.ts";

const today = "2026-11-30";
const dataStart = "2025-10-01";

function read(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, { today, locale, merchants: ["Netflix"], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, locale), defaulted: r.reading.period.defaulted };
}

describe("what one thing cost, asked without a period", () => {
  it.each<[string, "en" | "de", string]>([
    ["was hat die kur gekostet", "de", "kur"],
    ["was haben die hörgeräte gekostet", "de", "hörgeräte"],
    ["what did the bus trip to the gardasee cost us", "en", "gardasee"],
  ])("%j covers the whole history and searches the thing's name", (q, locale, text) => {
    const { spec, defaulted } = read(q, locale);
    expect(spec.filters.text).toBe(text);
    expect(spec.filters.categories ?? []).toEqual([]);
    expect(spec.filters.period).toEqual({ from: dataStart, to: today });
    expect(defaulted).toBe(false);
  });

  it("a trip named by a place that is also a merchant (a pot called Lisbon) searches the place in every row's text, whatever category", () => {
    const r = parseQuestion("how much did the lisbon trip cost", { today, locale: "en", merchants: ["Lisbon", "easyJet"], accounts: [], dataStart });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters).toMatchObject({ text: "lisbon", period: { from: dataStart, to: today } });
    expect(r.spec.filters.categories ?? []).toEqual([]);
    expect(r.spec.filters.merchants ?? []).toEqual([]);
    expect(describeReading(r.reading, "en")).toContain("lisbon");
  });

  it("a category's cost asked the same way is its whole history too, still the category", () => {
    const { spec } = read("was hat uns der urlaub gekostet", "de");
    expect(spec.filters.categories).toEqual(["travel"]);
    expect(spec.filters.period).toEqual({ from: dataStart, to: today });
  });

  it("a period named still bounds it", () => {
    expect(read("was hat die kur im juni gekostet", "de").spec.filters.period).toEqual({ from: "2026-06-01", to: "2026-06-30" });
  });

  it("bank text that spells umlauts out is matched", () => {
    expect(spellUmlautsOut("Hörgeräte Größe")).toBe("Hoergeraete Groesse");
  });
});

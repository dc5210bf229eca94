// "dm oder Rossmann, wo lass ich mehr Geld": two names joined by "or" with a
// question of which is more are compared side by side, as "A vs B" is, over
// the whole history on file when no period is named (said as its span).
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";
import { MERCHANTS, P, TODAY, context } from "./corpus-types.ts";

const dataStart = "2025-06-02";
const merchants = [...MERCHANTS, "Rossmann", "Aldi"];

function read(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, { ...context(locale), merchants, dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, locale) };
}

describe("which of two is more, asked with “or”", () => {
  it.each<[string, "en" | "de", string[]]>([
    ["dm oder rossmann wo lass ich mehr geld", "de", ["dm", "Rossmann"]],
    ["Wo gebe ich mehr aus, bei Lidl oder bei Aldi?", "de", ["Lidl", "Aldi"]],
    ["gebe ich mehr bei Edeka oder bei Lidl aus", "de", ["Edeka", "Lidl"]],
    ["wer kostet mich mehr, Netflix oder Spotify", "de", ["Netflix", "Spotify"]],
    ["Lidl oder Aldi, wo gebe ich am meisten aus", "de", ["Lidl", "Aldi"]],
    ["dm or rossmann where do i spend more", "en", ["dm", "Rossmann"]],
    ["do I spend more at Lidl or at Aldi?", "en", ["Lidl", "Aldi"]],
    ["which costs me more, netflix or spotify", "en", ["Netflix", "Spotify"]],
    ["where do I spend the most: starbucks or lieferando", "en", ["Starbucks", "Lieferando"]],
  ])("reads %j as two sides over the whole history, its span said", (q, locale, sides) => {
    const { spec, reading } = read(q, locale);
    expect(spec.measure).toBe("spending");
    expect(spec.groupBy).toBe("none");
    expect(spec.versus?.map((s) => s.label.toLowerCase())).toEqual(sides.map((s) => s.toLowerCase()));
    expect(spec.filters.merchants).toBeUndefined();
    expect(spec.filters.period).toEqual({ from: dataStart, to: TODAY });
    expect(reading).toMatch(/2\.? Jun\w*\.? 2025/);
  });

  it("compares categories the same way: groceries or restaurants", () => {
    const { spec } = read("Lebensmittel oder Restaurants, wofür gebe ich mehr aus?", "de");
    expect(spec.versus?.map((s) => s.categories)).toEqual([["groceries"], ["restaurants"]]);
  });

  it("keeps a period the question names", () => {
    const { spec } = read("do i spend more at lidl or aldi this year", "en");
    expect(spec.versus).toHaveLength(2);
    expect(spec.filters.period).toEqual(P.thisYear);
  });

  // Shops named with no period cover the whole history on file, asked which is more or not (shape-draft.ts).
  it("leaves “A or B” without a which-is-more as both together, over the whole history", () => {
    const { spec } = read("dm oder rossmann", "de");
    expect(spec.versus).toBeUndefined();
    expect(spec.filters.merchants).toHaveLength(2);
    expect(spec.filters.period).toEqual({ from: dataStart, to: TODAY });
  });

  it("reads “A vs B” with no period as the sums side by side over the whole history", () => {
    const { spec } = read("lidl vs aldi", "en");
    expect(spec.versus).toHaveLength(2);
    expect(spec.filters.period).toEqual({ from: dataStart, to: TODAY });
  });

  it("keeps this month for categories compared with no period and no which-is-more", () => {
    const { spec } = read("groceries vs restaurants", "en");
    expect(spec.versus).toHaveLength(2);
    expect(spec.filters.period).toEqual(P.thisMonth);
  });

  it("reads “more than” as an amount or a comparison, not as which of two", () => {
    const amount = read("lidl or aldi more than 20 euros", "en").spec;
    expect(amount.versus).toBeUndefined();
    expect(amount.filters.minAmount).toBe("20");
    const compared = read("lidl oder aldi mehr als letzten monat", "de").spec;
    expect(compared.versus).toBeUndefined();
    expect(compared.compare).toBe("previous_period");
  });

  it("needs a name on each side of the “or”: one shop “more or less” is that shop", () => {
    const { spec } = read("wie viel hab ich mehr oder weniger bei lidl ausgegeben", "de");
    expect(spec.versus).toBeUndefined();
    expect(spec.filters.merchants).toEqual(["Lidl"]);
  });

  it("still ranks shops when “the most” stands without two names around an “or”", () => {
    const { spec } = read("wo gebe ich am meisten aus", "de");
    expect(spec).toMatchObject({ groupBy: "merchant", limit: 5 });
  });
});

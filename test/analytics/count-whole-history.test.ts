// "How many times did I go to Albert Heijn": a count of visits or purchases
// with no period is over the whole history, said in the reply as its span (as
// "in total" is); so is a sum at a named shop, while a category's sum with no
// period stays this month's.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/parse-question.ts";
import { describeReading } from "../../src/analytics/parse/reading.ts";

const today = "2026-11-29";
const dataStart = "2025-12-01";

function ask(q: string, locale: "en" | "de" = "en") {
  const r = parseQuestion(q, { today, locale, merchants: ["Tesco", "Albert Heijn", "Lidl"], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, reading: describeReading(r.reading, locale) };
}

describe("counting with no period", () => {
  it.each<[string, "en" | "de"]>([
    ["how many times did i go to albert heijn", "en"],
    ["how many times did i shop at tesco", "en"],
    ["how often did i go to tesco", "en"],
    ["wie oft war ich bei lidl", "de"],
  ])("%s counts the whole history and says its span", (q, locale) => {
    const { spec, reading } = ask(q, locale);
    expect(spec.measure).toBe("count");
    expect(spec.filters.period).toEqual({ from: dataStart, to: today });
    expect(reading).toMatch(/(?:Dec|Dez)\.? 2025/);
  });

  it("a count with a period keeps it", () => {
    expect(ask("how many times did i shop at tesco this month").spec.filters.period).toEqual({ from: "2026-11-01", to: today });
  });

  it("a sum at a shop with no period covers the whole history too; a category's stays this month's", () => {
    expect(ask("how much did i spend at tesco").spec.filters.period).toEqual({ from: dataStart, to: today });
    expect(ask("how much did i spend on groceries").spec.filters.period).toEqual({ from: "2026-11-01", to: today });
  });

  it("a count per month keeps the months it shows by default", () => {
    expect(ask("how many transactions per month").spec.filters.period).toEqual({ from: dataStart, to: today });
    expect(ask("how many transactions per month").spec.groupBy).toBe("month");
  });
});

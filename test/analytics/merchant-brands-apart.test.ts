// Uber Eats is not Uber: a business whose name starts with another brand's is
// its own merchant when the dictionary knows it as one. "uber" asks about the
// rides, "uber eats" about the food orders, and neither sum holds the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupKey, keyMatches, labelKey } from "../../src/analytics/merchant-keys.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

const today = "2026-11-22";
const RIDES = [["UBER *TRIP HELP.UBER.COM", "-14.20"], ["Uber BV", "-9.85"], ["UBER   *TRIP", "-21.00"]] as const;
const FOOD = [["UBER *EATS HELP.UBER.COM", "-24.30"], ["UBER EATS", "-18.75"]] as const;
const LABELS = [...RIDES, ...FOOD].map(([label]) => label);

const group = (label: string) => groupKey(labelKey(label));
const ask = (q: string, merchants: readonly string[]) => parseQuestion(q, { today, locale: "en", merchants: [...merchants], accounts: [] });
/** Sum of amounts as spending (positive), in cents, without the engine. */
const spentCents = (rows: readonly (readonly [string, string])[]) => rows.reduce((s, [, a]) => s - Number.parseInt(a.replace(".", ""), 10), 0);
const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

describe("a business of its own is its own merchant group", () => {
  it("groups Uber Eats apart from Uber rides, and Tim Hortons apart from TIM", () => {
    expect(new Set(RIDES.map(([l]) => group(l))).size).toBe(1);
    expect(new Set(FOOD.map(([l]) => group(l))).size).toBe(1);
    expect(group("UBER *EATS")).not.toBe(group("UBER *TRIP"));
    expect(group("TIM HORTONS #1234")).not.toBe(group("TIM ITALIA"));
  });

  it("still groups a brand's own variants under it", () => {
    expect(group("Amazon Prime")).toBe(group("Amazon"));
    expect(group("Tesco Express")).toBe(group("Tesco"));
  });

  it("does not let the brand's filter take the business of its own, but the business's own filter does", () => {
    expect(keyMatches(labelKey("UBER *EATS"), labelKey("Uber"))).toBe(false);
    expect(keyMatches(labelKey("UBER *TRIP"), labelKey("Uber"))).toBe(true);
    expect(keyMatches(labelKey("UBER EATS"), labelKey("Uber Eats"))).toBe(true);
  });
});

describe("questions", () => {
  it("reads 'uber' as the rides and 'uber eats' as the food orders, without asking back", () => {
    for (const q of ["how much at uber this year", "uber this year", "what did i spend at uber"]) {
      const r = ask(q, LABELS);
      if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
      expect(r.spec.filters.merchants?.map(labelKey), q).toEqual(["uber"]);
    }
    for (const q of ["how much at uber eats this year", "uber eats this year", "ubereats this year"]) {
      const r = ask(q, LABELS);
      if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
      expect(r.spec.filters.merchants?.map(labelKey), q).toEqual(["uber eats"]);
    }
  });

  it("reads a shorter brand said whole as that brand, not also the longer business it begins", () => {
    const r = ask("how much at tim last month", ["TIM ITALIA", "TIM HORTONS #1234", "Tesco"]);
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.merchants?.map(group)).toEqual([group("TIM ITALIA")]);
  });

  it("reads 'uber' as Uber Eats when the person has only Uber Eats", () => {
    const r = ask("uber this year", FOOD.map(([l]) => l));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.merchants?.map(labelKey)).toEqual(["uber eats"]);
  });
});

describe("sums", () => {
  let seeded: SeededAnalytics;

  beforeAll(async () => {
    seeded = await seedAnalytics((acc) => [
      ...RIDES.map(([merchant, amount], i) => ({ accountId: acc, date: `2026-03-0${i + 1}`, amount, merchant, category: "transport" })),
      ...FOOD.map(([merchant, amount], i) => ({ accountId: acc, date: `2026-04-0${i + 1}`, amount, merchant, category: "restaurants" })),
    ]);
  });

  afterAll(async () => {
    await seeded?.close();
  });

  it.each([
    ["how much at uber this year", RIDES],
    ["uber eats this year", FOOD],
  ] as const)("%s counts only its own rows", async (q, rows) => {
    const r = ask(q, LABELS);
    if (r.kind !== "spec") throw new Error(r.kind);
    const result = await seeded.analytics.query(seeded.userId, r.spec, { today });
    expect(result.total).toEqual([{ value: euros(spentCents(rows)), count: rows.length, currency: "EUR" }]);
  });
});

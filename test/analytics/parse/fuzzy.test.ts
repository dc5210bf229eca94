import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { allowedDistance, damerauLevenshtein, fuzzyDistance } from "../../../src/analytics/parse/fuzzy.ts";
import { TODAY } from "./corpus-types.ts";

const merchantsOf = (q: string, merchants: string[]) => {
  const r = parseQuestion(q, { today: TODAY, locale: "en", merchants, accounts: [] });
  return r.kind === "spec" ? (r.spec.filters.merchants ?? []) : r.kind;
};

describe("Damerau-Levenshtein distance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(damerauLevenshtein("starbucks", "strabucks")).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
    expect(damerauLevenshtein("", "abc")).toBe(3);
  });

  it("is zero exactly for equal words and symmetric", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(d).toBe(damerauLevenshtein(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("allows no typo under 5 letters, one from 5, two from 9", () => {
    expect([4, 5, 8, 9].map((n) => allowedDistance("x".repeat(n)))).toEqual([0, 1, 1, 2]);
    expect(fuzzyDistance("lidle", "lidl")).toBeUndefined();
    expect(fuzzyDistance("netflx", "netflix")).toBe(1);
    expect(fuzzyDistance("lieferanod", "lieferando")).toBe(1);
    expect(fuzzyDistance("liferanod", "lieferando")).toBe(2);
    expect(fuzzyDistance("spotfy", "spotify")).toBe(1);
    expect(fuzzyDistance("spotyfi", "spotify")).toBeUndefined();
  });
});

describe("merchant matching", () => {
  it("finds a bank-spelled name from one of its words", () => {
    expect(merchantsOf("amazon last month", ["AMAZON EU S.A R.L.", "REWE Markt GmbH"])).toEqual(["AMAZON"]);
    expect(merchantsOf("rewe last month", ["AMAZON EU S.A R.L.", "REWE Markt GmbH"])).toEqual(["REWE"]);
  });

  it("forgives a typo in a long name but not in a short one", () => {
    expect(merchantsOf("Lieferanod this year", ["Lieferando"])).toEqual(["Lieferando"]);
    expect(merchantsOf("Strabucks this year", ["Starbucks"])).toEqual(["Starbucks"]);
    expect(merchantsOf("spending on Lidle this year", ["Lidl"])).toEqual([]);
  });

  it("folds accents and umlaut spellings on both sides", () => {
    expect(merchantsOf("Bäckerei Müller this week", ["BAECKEREI MUELLER"])).toEqual(["BAECKEREI MUELLER"]);
    expect(merchantsOf("cafe del sol this week", ["Café del Sol"])).toEqual(["Café del Sol"]);
  });

  it("prefers an exact word over a near miss", () => {
    expect(merchantsOf("Shell last month", ["Shell", "Shelly Nails"])).toEqual(["Shell"]);
  });

  it("asks back when a word fits two merchants equally well", () => {
    expect(merchantsOf("Müller last month", ["Müller Drogerie", "Bäckerei Müller"])).toBe("clarify");
  });

  it("reads an ordinary word as a name only after 'bei'/'at'", () => {
    expect(merchantsOf("total spending last month", ["Total"])).toEqual([]);
    expect(merchantsOf("what did I spend at Total last month", ["Total"])).toEqual(["Total"]);
  });
});

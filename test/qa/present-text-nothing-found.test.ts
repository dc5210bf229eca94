// A word Kontor searched in the bank texts ("what did the flats cost") that no payment says: €0.00 would read as
// "the flats cost nothing". The answer says it cannot tell which payments are meant and how to ask instead.
import { describe, expect, it } from "vitest";
import type { QueryResult } from "../../src/analytics/engine.ts";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";
import { presentResult } from "../../src/qa/present.ts";

const year = { from: "2026-01-01", to: "2026-11-30" };
const result = (filters: Partial<QuerySpec["filters"]>, count: number): QueryResult => ({
  rows: count ? [{ key: null, value: "12.00", count, currency: "EUR" }] : [],
  total: [{ value: count ? "12.00" : "0.00", count, currency: "EUR" }],
  spec: { measure: "spending", filters: { period: year, ...filters }, groupBy: "none", compare: "none", sort: "value_desc", chart: "auto" } as QuerySpec,
  period: year,
  comparePeriod: null,
  dataStart: "2025-10-01",
  loadedFromCache: false,
  timings: { loadMs: 0, queryMs: 0 },
});

describe("a searched word no payment says", () => {
  it("says Kontor cannot tell which payments are meant, with no €0.00", () => {
    for (const locale of ["en", "de"] as const) {
      const shown = presentResult(result({ text: "flats" }, 0), locale);
      expect(shown.html).not.toContain("0.00");
      expect(shown.html).not.toContain("0,00");
      expect(shown.html).toContain("flats");
    }
    expect(presentResult(result({ text: "flats" }, 0), "en").html).toMatch(/can't tell which payments/);
  });

  it("still gives the figure when payments say the word, or when a merchant was named", () => {
    expect(presentResult(result({ text: "flats" }, 2), "en").html).toContain("€12.00");
    expect(presentResult(result({ merchants: ["REWE"] }, 0), "en").html).not.toMatch(/can't tell/);
  });
});

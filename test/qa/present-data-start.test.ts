// A period reaching back before the first transaction: the months before it
// are not months of zero spending, they are months Kontor knows nothing about.
import { describe, expect, it } from "vitest";
import type { QueryResult } from "../../src/analytics/engine.ts";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";
import { presentResult } from "../../src/qa/present.ts";

const year = { from: "2025-01-01", to: "2025-12-31" };
const spec = (groupBy: QuerySpec["groupBy"]): QuerySpec =>
  ({ measure: "spending", filters: { period: year }, groupBy, compare: "none", sort: "value_desc", chart: "auto" }) as QuerySpec;
const months = ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"];
const result = (groupBy: QuerySpec["groupBy"]): QueryResult => ({
  rows: months.map((m) => ({ key: `${m}-01`, value: "100.00", count: 2, currency: "EUR" })),
  total: [{ value: "800.00", count: 16, currency: "EUR" }],
  spec: spec(groupBy),
  period: year,
  comparePeriod: null,
  dataStart: "2025-05-01",
  loadedFromCache: false,
  timings: { loadMs: 0, queryMs: 0 },
});

describe("a year asked for by month, with data from May", () => {
  it("starts the rows and the chart at the first month with data, and says why", () => {
    const shown = presentResult(result("month"), "en");
    expect(shown.html).not.toMatch(/Jan 2025|Apr 2025|€0\.00/);
    expect(shown.html).toMatch(/May 2025/);
    expect(shown.chart?.labels[0]).toBe("May 2025");
    expect(shown.chart?.labels).toHaveLength(8);
    expect(shown.html).toContain("Your data starts on 1 May 2025");
  });
});

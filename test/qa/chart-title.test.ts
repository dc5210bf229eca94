// A chart is forwarded and saved without its caption: its title alone must
// say what it shows, and a month still running must look unfinished.
import { describe, expect, it } from "vitest";
import type { QueryResult } from "../../src/analytics/engine.ts";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";
import { presentResult } from "../../src/qa/present.ts";
import { versusReport } from "../../reports/shape/versus.ts";

const half = { from: "2026-01-01", to: "2026-06-15" };
const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const result = (filters: Partial<QuerySpec["filters"]>, measure: QuerySpec["measure"] = "spending"): QueryResult => ({
  rows: months.map((m) => ({ key: `${m}-01`, value: "100.00", count: 2, currency: "EUR" })),
  total: [{ value: "600.00", count: 12, currency: "EUR" }],
  spec: { measure, filters: { period: half, ...filters }, groupBy: "month", compare: "none", sort: "value_desc", chart: "auto" } as QuerySpec,
  period: half,
  comparePeriod: null,
  dataStart: "2025-05-01",
  loadedFromCache: false,
  timings: { loadMs: 0, queryMs: 0 },
});

const plain = (s: string | undefined) => s?.replace(/\s/g, " ");

describe("chart titles", () => {
  it("name the category asked about instead of plain spending", () => {
    expect(plain(presentResult(result({ categories: ["groceries"] }), "en").chart?.title)).toBe("Groceries · 1 Jan – 15 Jun 2026");
    expect(plain(presentResult(result({ categories: ["groceries"] }), "de").chart?.title)).toMatch(/^Lebensmittel · 1\. Jan/);
  });

  it("name merchants and keep the measure when it is not spending", () => {
    expect(plain(presentResult(result({ merchants: ["Amazon", "Zalando"] }), "en").chart?.title)).toBe("Amazon + Zalando · 1 Jan – 15 Jun 2026");
    expect(plain(presentResult(result({ merchants: ["Amazon"] }, "count"), "en").chart?.title)).toMatch(/^Amazon · Transactions · /);
  });

  it("stay as they were without a subject", () => {
    expect(plain(presentResult(result({}), "en").chart?.title)).toBe("Spending · 1 Jan – 15 Jun 2026");
  });
});

describe("income vs spending by month", () => {
  const side = (label: string, value: string) => ({ label, rows: months.map((m) => ({ key: `${m}-01`, value, count: 1, currency: "EUR" })) });
  const input = {
    heading: "<b>Income vs spending</b> · 1 Jan – 15 Jun 2026",
    measure: "net" as const,
    rows: [{ key: "0", label: "Income", value: "600", count: 6, currency: "EUR" }, { key: "1", label: "Spending", value: "300", count: 6, currency: "EUR" }],
    sideMeasures: ["income", "spending"] as ("income" | "spending")[],
    monthly: [side("Income", "100"), side("Spending", "50")],
    chart: "auto" as const,
  };

  it("is titled with its period and marks the month still running", () => {
    const chart = versusReport({ ...input, lastRunning: true }, "en").chart;
    expect(plain(chart?.title)).toBe("Income vs spending · 1 Jan – 15 Jun 2026");
    expect(chart?.labels.at(-1)).toBe("Jun 2026 (so far)");
    expect(chart?.partialLast).toBe(true);
  });
});

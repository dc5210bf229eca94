import { describe, expect, it } from "vitest";
import { bucketKey, rowsToSeries } from "../../reports/shape/series.ts";
import type { ReportResult, ResultRow } from "../../reports/shape/types.ts";

const row = (key: string | null, value: string, extra: Partial<ResultRow> = {}): ResultRow => ({ key, value, count: 1, currency: "EUR", ...extra });

describe("rowsToSeries", () => {
  it("sorts months and fills missing ones with zero across the period", () => {
    const result: ReportResult = {
      measure: "spending",
      groupBy: "month",
      period: { from: "2026-01-01", to: "2026-05-31" },
      rows: [row("2026-04", "40.00"), row("2026-02", "20.00")],
    };
    const data = rowsToSeries(result, "en");
    expect(data.labels).toEqual(["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026"]);
    expect(data.series[0]?.values).toEqual(["0", "20.00", "0", "40.00", "0"]);
    expect(data.currency).toBe("EUR");
  });

  it("fills days and weeks, with weeks starting on Monday", () => {
    expect(bucketKey(new Date("2026-10-08T00:00:00Z"), "week")).toBe("2026-10-05");
    const result: ReportResult = { measure: "spending", groupBy: "week", rows: [row("2026-10-05", "1"), row("2026-10-19", "3")] };
    expect(rowsToSeries(result, "de").series[0]?.values).toEqual(["1", "0", "3"]);
    const days: ReportResult = { measure: "spending", groupBy: "day", rows: [row("2026-02-27", "1"), row("2026-03-02", "2")] };
    expect(rowsToSeries(days, "en").labels).toEqual(["27 Feb", "28 Feb", "1 Mar", "2 Mar"]);
  });

  // The engine reports spending as positive money out; a negative figure is a category with more refunded than spent.
  it("keeps a category with more money back than spent below zero, not drawn as spending", () => {
    const result: ReportResult = { measure: "spending", groupBy: "category", rows: [row("groceries", "12.50"), row("restaurants", "-50.35", { compareValue: "10" })] };
    const data = rowsToSeries(result, "en");
    expect(data.labels).toEqual(["Restaurants & cafés", "Groceries"]);
    expect(data.series[0]?.values).toEqual(["-50.35", "12.50"]);
    expect(data.series[1]?.values).toEqual(["10", "0"]);
  });

  it("names categories in the user's language and uncategorised rows plainly", () => {
    const result: ReportResult = { measure: "spending", groupBy: "category", rows: [row("groceries", "5"), row(null, "3")] };
    expect(rowsToSeries(result, "de").labels).toEqual(["Lebensmittel", "Ohne Kategorie"]);
  });

  it("adds a comparison series named after the compared period", () => {
    const result: ReportResult = {
      measure: "spending",
      groupBy: "category",
      compare: "previous_period",
      period: { from: "2026-10-01", to: "2026-10-31" },
      rows: [row("groceries", "5", { compareValue: "4" }), row("rent", "3")],
    };
    const data = rowsToSeries(result, "en");
    expect(data.series.map((s) => s.label)).toEqual(["1–31 Oct 2026", "Previous period"]);
    expect(data.series[1]?.values).toEqual(["4", "0"]);
  });

  it("caps a long merchant list at twelve series including Other", () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(`Shop ${i}`, `${i + 1}`));
    const data = rowsToSeries({ measure: "spending", groupBy: "merchant", rows }, "en");
    expect(data.labels).toHaveLength(12);
    expect(data.labels.at(-1)).toBe("Other");
  });
});

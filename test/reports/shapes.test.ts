import { describe, expect, it } from "vitest";
import { buildChartConfig } from "../../reports/render/config.ts";
import { colourAt, faded } from "../../reports/render/palette.ts";
import { listToText } from "../../reports/shape/list.ts";
import { buildReport } from "../../reports/shape/report.ts";
import { versusReport } from "../../reports/shape/versus.ts";
import { htmlToPlain } from "../../src/text/html.ts";

const months = (n: number, from = 2025, startMonth = 12) =>
  Array.from({ length: n }, (_, i) => {
    const m = ((startMonth - 1 + i) % 12) + 1;
    const y = from + Math.floor((startMonth - 1 + i) / 12);
    return { key: `${y}-${String(m).padStart(2, "0")}-01`, value: `${100 + i}.00`, count: 1, currency: "EUR" };
  });

describe("charts of whole months", () => {
  it("draws the last 12 months as 12 bars and marks the running month as so far, drawn lighter", () => {
    const r = buildReport({ measure: "spending", groupBy: "month", rows: months(12), period: { from: "2025-12-01", to: "2026-11-22" } }, "en");
    expect(r.chart?.kind).toBe("bar");
    expect(r.chart?.labels).toHaveLength(12);
    expect(r.chart?.labels.at(-1)).toBe("Nov 2026 (so far)");
    expect(r.chart?.partialLast).toBe(true);
    const cfg = buildChartConfig(r.chart!, "DejaVu Sans");
    const colours = (cfg.data.datasets[0] as { backgroundColor: string[] }).backgroundColor;
    expect(colours.at(-1)).toBe(faded(colourAt(0)));
    expect(colours[0]).toBe(colourAt(0));
  });

  it("marks nothing when the last month is complete", () => {
    const r = buildReport({ measure: "spending", groupBy: "month", rows: months(12, 2025, 11), period: { from: "2025-11-01", to: "2026-10-31" } }, "de");
    expect(r.chart?.labels.some((l) => l.includes("bisher"))).toBe(false);
    expect(r.chart?.partialLast).toBeUndefined();
  });

  it("puts doughnut legends below the ring when names are long, so none is cut off", () => {
    const cfg = buildChartConfig(
      { kind: "doughnut", title: "t", labels: ["Restaurants & cafés", "Groceries"], series: [{ label: "x", values: ["10", "20"] }], currency: "EUR", locale: "en" },
      "DejaVu Sans",
    );
    expect((cfg.options?.plugins as { legend: { position: string } }).legend.position).toBe("bottom");
  });
});

describe("A vs B", () => {
  const rows = [
    { key: "0", label: "Groceries", value: "320.50", count: 12, currency: "EUR" },
    { key: "1", label: "Restaurants", value: "210.00", count: 5, currency: "EUR" },
  ];
  it("shows two figures and their difference, never their sum", () => {
    const r = versusReport({ heading: "<b>Spending</b> · Oct 2026", measure: "spending", rows, chart: "auto" }, "en");
    const text = htmlToPlain(r.html);
    expect(text).toMatch(/Groceries\s+€320\.50 \(12 transactions\)/);
    expect(text).toMatch(/Restaurants\s+€210\.00 \(5 transactions\)/);
    expect(text).toContain("Difference between Groceries and Restaurants: €110.50");
    expect(text).not.toContain("530.50");
    expect(r.chart).toBeNull();
  });

  it("shows income and spending side by side with what is left over, which may be negative", () => {
    const flows = [
      { key: "0", label: "Income", value: "3000.00", count: 2, currency: "EUR" },
      { key: "1", label: "Spending", value: "3120.40", count: 40, currency: "EUR" },
    ];
    const r = versusReport({ heading: "h", measure: "net", sideMeasures: ["income", "spending"], rows: flows, chart: "auto" }, "en");
    const text = htmlToPlain(r.html);
    expect(text).toMatch(/Income\s+€3,000\.00 \(2 transactions\)/);
    expect(text).toMatch(/Spending\s+€3,120\.40 \(40 transactions\)/);
    expect(text).toContain("Left over (income − spending): -€120.40");
    expect(text).not.toContain("Difference");
  });

  it("draws a grouped bar chart by month when the period is longer, both sides in full colour", () => {
    const monthly = [
      { label: "Groceries", rows: months(3, 2026, 8) },
      { label: "Restaurants", rows: months(3, 2026, 8) },
    ];
    const r = versusReport({ heading: "h", measure: "spending", rows, monthly, chart: "auto" }, "en");
    expect(r.chart?.series.map((s) => s.label)).toEqual(["Groceries", "Restaurants"]);
    expect(r.chart?.labels).toEqual(["Aug 2026", "Sept 2026", "Oct 2026"]);
    const cfg = buildChartConfig(r.chart!, "DejaVu Sans");
    expect((cfg.data.datasets[1] as { backgroundColor: string }).backgroundColor).toBe(colourAt(1));
  });
});

describe("transaction lists", () => {
  it("shows date, merchant and amount per line and which page of how many", () => {
    const html = listToText(
      "<b>Spending</b>",
      {
        rows: [
          { key: "2026-11-21", label: "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 555", value: "42.00", count: 1, currency: "EUR" },
          { key: "2026-11-04", label: "Amazon", value: "7.99", count: 1, currency: "EUR" },
        ],
        offset: 10,
        total: [{ value: "1234.56", count: 37, currency: "EUR" }],
      },
      "en",
    );
    const text = htmlToPlain(html);
    expect(text).toContain("Transactions 11–12 of 37");
    expect(text).toMatch(/21 Nov 2026 AMAZON EU S\.A R… €42\.00/);
    expect(text).toMatch(/4 Nov 2026\s+Amazon\s+€7\.99/);
    expect(text).toContain("Total: €1,234.56 (37 transactions)");
  });
});

import { describe, expect, it } from "vitest";
import { formatDelta, rowsToText } from "../../reports/shape/text.ts";
import { buildReport } from "../../reports/shape/report.ts";
import { splitHtml } from "../../src/text/html.ts";
import type { ReportResult, ResultRow } from "../../reports/shape/types.ts";

const row = (key: string | null, value: string, extra: Partial<ResultRow> = {}): ResultRow => ({ key, value, count: 1, currency: "EUR", ...extra });
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const october = { from: "2026-10-01", to: "2026-10-31" };

describe("rowsToText", () => {
  it("lists categories with money, shares and a total", () => {
    const result: ReportResult = {
      measure: "spending",
      groupBy: "category",
      period: october,
      rows: [row("groceries", "300.00", { count: 12 }), row("restaurants", "100.00", { count: 3 })],
    };
    const html = rowsToText(result, "en");
    expect(html.split("\n")[0]).toBe("<b>Spending</b> · 1–31 Oct 2026");
    // Category names are short and known: whole, the column as wide as the longest.
    expect(html).toContain("<code>Groceries           €300.00   75%</code>");
    expect(html).toContain("<code>Restaurants &amp; cafés €100.00   25%</code>");
    expect(html).toContain("Total: <b>€400.00</b> (15 transactions)");
  });

  it("cuts a long merchant name only as far as a phone's width needs, after a whole word", () => {
    const rows = [row("Restaurant Zum Goldenen Hirschen am Alten Marktplatz", "1234.50"), row("Wohnungsbau Musterstadt", "6600"), row("Lidl", "20")];
    const lines = plain(rowsToText({ measure: "spending", groupBy: "merchant", rows }, "en")).split("\n").filter((l) => l.startsWith("<code>"));
    expect(lines.some((l) => l.includes("Wohnungsbau Musterstadt "))).toBe(true);
    const restaurant = lines.find((l) => l.startsWith("<code>Restaurant"))!;
    expect(restaurant).toMatch(/^<code>Restaurant Zum( Goldenen)?( Hirschen)?…/);
    for (const l of lines) expect(l.replace(/<\/?code>/g, "").replace(/&lt;/g, "<").replace(/&amp;/g, "&").length, l).toBeLessThanOrEqual(40);
  });

  it("writes a share that rounds to nothing as <1%", () => {
    const html = rowsToText({ measure: "spending", groupBy: "merchant", rows: [row("Rent", "6600"), row("Pharmacy", "23.40")] }, "en");
    expect(html).toMatch(/€23\.40 +&lt;1%<\/code>/);
  });

  it("keeps short names in a column of 14", () => {
    const html = rowsToText({ measure: "spending", groupBy: "merchant", rows: [row("REWE", "10"), row("Lidl", "5")] }, "en");
    expect(html).toContain("<code>REWE           €10.00   67%</code>");
  });

  it("writes German money with the euro sign after the number", () => {
    const html = plain(rowsToText({ measure: "spending", groupBy: "category", rows: [row("groceries", "1234.50"), row("rent", "900")] }, "de"));
    expect(html).toContain("Lebensmittel   1.234,50 €");
    expect(html).toContain("Summe: <b>2.134,50 €</b>");
  });

  it("escapes bank text in labels", () => {
    const html = rowsToText({ measure: "spending", groupBy: "merchant", rows: [row("<b>Evil</b>", "1"), row("A&B", "2")] }, "en");
    expect(html).not.toContain("<b>Evil");
    expect(html).toContain("&lt;b&gt;Evil");
    expect(html).toContain("A&amp;B");
  });

  it("shows comparison arrows per row and for the total", () => {
    const result: ReportResult = {
      measure: "spending",
      groupBy: "category",
      compare: "previous_period",
      rows: [row("groceries", "110", { compareValue: "100" }), row("fuel", "50", { compareValue: "80" })],
    };
    const html = rowsToText(result, "en");
    expect(html).toMatch(/Groceries.*<\/code> ▲ 10%/);
    expect(html).toMatch(/Fuel &amp; car.*<\/code> ▼ 38%/);
    expect(html).toContain("▼ 11% vs previous period (€180.00)");
  });

  it("answers a single number in one line, with its comparison", () => {
    const result: ReportResult = { measure: "spending", groupBy: "none", period: october, compare: "same_period_last_year", rows: [row(null, "1234.50", { count: 42, compareValue: "1000" })] };
    const html = rowsToText(result, "en");
    expect(html).toBe("<b>Spending</b> · 1–31 Oct 2026\n<b>€1,234.50</b> (42 transactions)\n▲ 23% vs same period last year (€1,000.00)");
  });

  it("says so when nothing matched", () => {
    expect(rowsToText({ measure: "income", groupBy: "month", rows: [] }, "de")).toContain("Keine passenden Umsätze.");
  });

  it("formats counts as numbers, not money", () => {
    const html = rowsToText({ measure: "count", groupBy: "category", rows: [row("groceries", "1200", { count: 1200 }), row("fuel", "3", { count: 3 })] }, "en");
    expect(html).toContain("1,200");
    expect(html).not.toContain("€");
  });

  it("keeps every part within Telegram's limit and well-formed when split", () => {
    const rows = Array.from({ length: 400 }, (_, i) => row(`2026-01-01`, "1.00", { key: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10) }));
    const html = rowsToText({ measure: "spending", groupBy: "day", rows }, "en");
    const parts = splitHtml(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect((p.match(/<code>/g) ?? []).length).toBe((p.match(/<\/code>/g) ?? []).length);
  });
});

describe("the total under a top list", () => {
  const rows = [row("Wohnungsbau", "1100", { count: 1 }), row("REWE", "200", { count: 4 }), row("Amazon", "141.18", { count: 2 })];
  const top: ReportResult = { measure: "spending", groupBy: "merchant", period: october, rows, total: [{ value: "1420.74", count: 30, currency: "EUR" }] };

  it("gives the period's total, and names the shown rows' sum for what it is", () => {
    const html = plain(rowsToText(top, "en"));
    expect(html).toContain("These 3 together: <b>€1,441.18</b> (7 transactions)");
    expect(html).toContain("Total: <b>€1,420.74</b> (30 transactions)");
    expect(html.indexOf("These 3")).toBeLessThan(html.indexOf("Total:"));
    expect(plain(rowsToText(top, "de"))).toContain("Summe: <b>1.420,74 €</b> (30 Umsätze)");
  });

  it("says the total once when the rows are all there is", () => {
    const html = plain(rowsToText({ ...top, total: [{ value: "1441.18", count: 7, currency: "EUR" }] }, "en"));
    expect(html).not.toContain("together");
    expect(html).toContain("Total: <b>€1,441.18</b> (7 transactions)");
  });
});

describe("money back shown as money back", () => {
  // Restaurants in October: a €27.14 meal and a €77.49 refund of September's dinner: €50.35 came back.
  it("says a category's net money in is money back, in the list and in the total", () => {
    const result: ReportResult = { measure: "spending", groupBy: "category", period: october, rows: [row("groceries", "212.40"), row("restaurants", "-50.35")] };
    const html = plain(rowsToText(result, "en"));
    expect(html).toMatch(/Restaurants.*€50\.35 back/);
    expect(html).toMatch(/Groceries.*€212\.40(?! back)/);
    expect(html).toContain("Total: <b>€162.05</b>");
    const de = plain(rowsToText(result, "de"));
    expect(de).toContain("50,35 € zurück");
  });

  it("gives shares of what was spent, and none for money back, when refunds beat purchases", () => {
    const result: ReportResult = { measure: "spending", groupBy: "merchant", period: october, rows: [row("Zalando", "-109.90"), row("Amazon", "26.14")] };
    const html = plain(rowsToText(result, "en"));
    expect(html).toMatch(/Amazon.*€26\.14 +100%/);
    expect(html).toMatch(/Zalando.*€109\.90 back<\/code>/);
    const mixed: ReportResult = { measure: "spending", groupBy: "category", period: october, rows: [row("groceries", "300"), row("rent", "100"), row("shopping", "-83.76")] };
    const shares = [...plain(rowsToText(mixed, "en")).matchAll(/(-?\d+)%/g)].map((m) => Number(m[1]));
    expect(shares).toEqual([75, 25]);
  });

  it("says so for a single figure and a total that is money back", () => {
    const single: ReportResult = { measure: "spending", groupBy: "none", period: october, rows: [row(null, "-50.35", { count: 2 })] };
    expect(plain(rowsToText(single, "en"))).toContain("<b>€50.35 back</b>");
    const total: ReportResult = { measure: "spending", groupBy: "category", period: october, rows: [row("groceries", "10.00"), row("restaurants", "-50.35")] };
    expect(plain(rowsToText(total, "en"))).toContain("Total: <b>€40.35 back</b>");
  });
});

describe("formatDelta", () => {
  it("marks growth, decline, no change and something new", () => {
    expect(formatDelta("150", "100", "en")).toBe("▲ 50%");
    expect(formatDelta("50", "100", "de")).toBe("▼ 50\u00a0%");
    expect(formatDelta("100.00", "100", "en")).toBe("±0%");
    expect(formatDelta("5", "0", "de")).toBe("neu");
  });
});

describe("buildReport", () => {
  it("pairs the text with a doughnut for a few categories", () => {
    const report = buildReport({ measure: "spending", groupBy: "category", period: october, rows: [row("groceries", "3"), row("rent", "5")] }, "en");
    expect(report.chart).toMatchObject({ kind: "doughnut", title: "Spending · 1–31 Oct 2026", labels: ["Rent & housing", "Groceries"], currency: "EUR", colourBy: "label" });
  });

  it("skips the chart for a single number", () => {
    expect(buildReport({ measure: "spending", groupBy: "none", rows: [row(null, "3")] }, "en").chart).toBeNull();
  });
});

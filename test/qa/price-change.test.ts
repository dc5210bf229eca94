import { describe, expect, it } from "vitest";
import type { QueryResult, ResultRow } from "../../src/analytics/engine.ts";
import "../../src/qa/index.ts";
import { amountRuns, priceChange, priceChangeHtml } from "../../src/qa/price-change.ts";
import { htmlToPlain } from "../../src/text/html.ts";

/** Payments newest first, as the list query returns them. */
const rows = (...paid: [string, string][]): ResultRow[] => paid.map(([key, value]) => ({ key, value, count: 1, currency: "EUR", label: "Netflix" })).reverse();
const result = (r: ResultRow[]) => ({ rows: r }) as unknown as QueryResult;

describe("a change in a repeating amount", () => {
  it("names the new amount, the old one, the difference and the first payment at the new one", () => {
    const r = rows(["2025-03-09", "13.99"], ["2025-04-09", "13.99"], ["2025-05-09", "15.99"], ["2025-06-09", "15.99"]);
    expect(priceChange(amountRuns(r))).toMatchObject({ kind: "up", delta: "2.00", before: { amount: "13.99", count: 2 }, now: { amount: "15.99", first: "2025-05-09" } });
    const text = htmlToPlain(priceChangeHtml(result(r), "en"));
    expect(text).toContain("It went up by €2.00: €15.99 since 9 May 2025, €13.99 before.");
    expect(htmlToPlain(priceChangeHtml(result(r), "de"))).toMatch(/Gestiegen um 2,00\s€: 15,99\s€ seit 9\. Mai 2025, davor 13,99\s€/);
  });

  it("names the day of a payment that stands alone", () => {
    const r = rows(["2025-04-09", "13.99"], ["2025-05-09", "15.99"]);
    expect(htmlToPlain(priceChangeHtml(result(r), "en"))).toContain("€15.99: one payment, 9 May 2025");
  });

  it("says a cut is a cut, and compares exactly (13.9 equals 13.90)", () => {
    const r = rows(["2025-01-01", "13.90"], ["2025-02-01", "13.9"], ["2025-03-01", "9.99"]);
    expect(amountRuns(r)).toHaveLength(2);
    expect(priceChange(amountRuns(r))).toMatchObject({ kind: "down", delta: "3.91" });
  });

  it("says no change when every payment was the same", () => {
    const r = rows(["2025-01-15", "10.99"], ["2025-02-15", "10.99"]);
    expect(htmlToPlain(priceChangeHtml(result(r), "en"))).toMatch(/^No change: €10.99 every time\.\n€10.99: 2 payments, 15 Jan 2025 – 15 Feb 2025$/);
  });

  it("does not call payments that differ every time a price change", () => {
    const r = rows(["2025-01-04", "42.10"], ["2025-01-11", "37.80"], ["2025-01-18", "55.02"]);
    expect(priceChange(amountRuns(r)).kind).toBe("varies");
  });

  it("says when nothing was found", () => {
    expect(htmlToPlain(priceChangeHtml(result([]), "en"))).toMatch(/no payments/);
  });

  it("reads only the newest payment's currency", () => {
    const r = [...rows(["2025-02-01", "9.99"], ["2025-03-01", "9.99"]), { key: "2025-01-01", value: "8.00", count: 1, currency: "USD" }];
    expect(priceChange(amountRuns(r)).kind).toBe("same");
  });
});

import { describe, expect, it } from "vitest";
import { topNWithOther } from "../../reports/shape/top-n.ts";
import { OTHER_KEY } from "../../reports/shape/labels.ts";
import type { ResultRow } from "../../reports/shape/types.ts";

const row = (key: string, value: string, extra: Partial<ResultRow> = {}): ResultRow => ({ key, value, count: 1, currency: "EUR", ...extra });

describe("topNWithOther", () => {
  it("keeps the largest rows and sums the rest exactly into Other", () => {
    const rows = Array.from({ length: 15 }, (_, i) => row(`m${i}`, `${i}.10`));
    const out = topNWithOther(rows, 11);
    expect(out).toHaveLength(12);
    expect(out.slice(0, 3).map((r) => r.key)).toEqual(["m14", "m13", "m12"]);
    const other = out[11];
    expect(other?.key).toBe(OTHER_KEY);
    // m0..m3: 0.10 + 1.10 + 2.10 + 3.10, which floats would get wrong
    expect(other?.value).toBe("6.40");
    expect(other?.count).toBe(4);
    expect(other?.label).toBe("Other");
  });

  it("names Other in German", () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(`m${i}`, "1"));
    expect(topNWithOther(rows, 2, "de").at(-1)?.label).toBe("Sonstiges");
  });

  it("leaves short lists alone instead of hiding one row behind Other", () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`m${i}`, "1"));
    expect(topNWithOther(rows, 11).some((r) => r.key === OTHER_KEY)).toBe(false);
  });

  it("ranks by size regardless of sign", () => {
    const out = topNWithOther([row("a", "-5"), row("b", "100"), row("c", "-300"), row("d", "1")], 2);
    expect(out.map((r) => r.key)).toEqual(["c", "b", OTHER_KEY]);
    expect(out[2]?.value).toBe("-4");
  });

  it("merges the taxonomy's own 'other' row so there is one Other bar", () => {
    const rows = [row("groceries", "50"), row("other", "40"), row("rent", "30"), row("fuel", "2"), row("fees", "1")];
    const out = topNWithOther(rows, 3);
    expect(out.map((r) => r.key)).toEqual(["groceries", "rent", OTHER_KEY]);
    expect(out[2]?.value).toBe("43");
  });

  it("sums comparison values and keeps currencies apart", () => {
    const rows = [
      row("a", "100", { compareValue: "90" }),
      row("b", "3", { compareValue: null }),
      row("c", "2", { compareValue: "1.5" }),
      row("d", "1", { currency: "USD" }),
    ];
    const out = topNWithOther(rows, 1);
    const eur = out.find((r) => r.key === OTHER_KEY && r.currency === "EUR");
    const usd = out.find((r) => r.key === OTHER_KEY && r.currency === "USD");
    expect(eur).toMatchObject({ value: "5", compareValue: "1.5" });
    expect(usd).toMatchObject({ value: "1", compareValue: null });
  });
});

import { describe, expect, it } from "vitest";
import { comparePeriod } from "../../src/analytics/periods.ts";

describe("comparison periods", () => {
  it.each([
    [{ from: "2025-03-01", to: "2025-03-31" }, { from: "2025-02-01", to: "2025-02-28" }],
    [{ from: "2025-03-01", to: "2025-03-20" }, { from: "2025-02-01", to: "2025-02-20" }],
    [{ from: "2024-01-01", to: "2024-03-31" }, { from: "2023-10-01", to: "2023-12-31" }],
    [{ from: "2025-03-10", to: "2025-03-16" }, { from: "2025-03-03", to: "2025-03-09" }],
  ])("previous_period of %o is %o", (p, want) => {
    expect(comparePeriod(p, "previous_period")).toEqual(want);
  });

  it.each([
    [{ from: "2024-02-01", to: "2024-02-29" }, { from: "2023-02-01", to: "2023-02-28" }],
    [{ from: "2025-02-10", to: "2025-03-09" }, { from: "2024-02-10", to: "2024-03-09" }],
  ])("same_period_last_year of %o is %o", (p, want) => {
    expect(comparePeriod(p, "same_period_last_year")).toEqual(want);
  });

  it("no comparison gives no period", () => {
    expect(comparePeriod({ from: "2025-01-01", to: "2025-01-31" }, "none")).toBeNull();
  });
});

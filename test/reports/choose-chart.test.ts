import { describe, expect, it } from "vitest";
import { chooseChart } from "../../reports/shape/choose-chart.ts";

describe("chooseChart", () => {
  it("draws nothing for a single number", () => {
    expect(chooseChart({ measure: "spending", groupBy: "none", points: 1 })).toBe("none");
    expect(chooseChart({ measure: "spending", groupBy: "category", points: 1 })).toBe("none");
  });

  it("uses a doughnut for a few category shares", () => {
    expect(chooseChart({ measure: "spending", groupBy: "category", points: 8 })).toBe("doughnut");
  });

  it("switches to bars beyond eight slices, with a comparison, or with negative parts", () => {
    expect(chooseChart({ measure: "spending", groupBy: "category", points: 9 })).toBe("bar");
    expect(chooseChart({ measure: "spending", groupBy: "category", points: 4, compare: "previous_period" })).toBe("bar");
    expect(chooseChart({ measure: "net", groupBy: "account", points: 3 })).toBe("bar");
    expect(chooseChart({ measure: "spending", groupBy: "category", points: 3, hasNegative: true })).toBe("bar");
  });

  it("draws totals per month as bars, and a line for long day or week series", () => {
    expect(chooseChart({ measure: "spending", groupBy: "month", points: 12 })).toBe("bar");
    expect(chooseChart({ measure: "spending", groupBy: "day", points: 7 })).toBe("line");
    expect(chooseChart({ measure: "spending", groupBy: "week", points: 6 })).toBe("bar");
    expect(chooseChart({ measure: "balance", groupBy: "month", points: 12 })).toBe("line");
  });

  it("honours an explicit request, but never a doughnut of negative values", () => {
    expect(chooseChart({ chart: "stacked_bar", measure: "spending", groupBy: "month", points: 12 })).toBe("stacked_bar");
    expect(chooseChart({ chart: "doughnut", measure: "net", groupBy: "account", points: 3, hasNegative: true })).toBe("bar");
  });
});

import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { drillActions } from "../../src/qa/drill.ts";

const asked = (q: string) => {
  const r = parseQuestion(q, { today: "2026-11-29", locale: "en", merchants: ["Deliveroo", "Pret A Manger"], accounts: [] });
  if (r.kind !== "spec") throw new Error(r.kind);
  return { spec: r.spec, reading: r.reading };
};

describe("drill buttons under A vs B", () => {
  it("offers the previous period for sides that share one period", () => {
    expect(drillActions(asked("deliveroo vs pret this year"), false)).toEqual(["p"]);
  });

  it("offers none when the sides are periods themselves: moving the spec's period would change nothing", () => {
    expect(drillActions(asked("what did i spend in september vs october"), false)).toEqual([]);
  });
});

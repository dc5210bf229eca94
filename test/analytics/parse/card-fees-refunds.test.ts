// Two readings a card holder's questions need: "annual fee" is the fee a card
// charges once a year, not spending split by year, and "net of refunds" is
// spending with the money back taken off, not the Refunds category nor a net.
import { describe, expect, it } from "vitest";
import { parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";

const amex = { id: "00000000-0000-4000-8000-000000000004", name: "American Express card", type: "CREDIT_CARD" };
const ctx = (locale: "en" | "de"): ParseContext => ({ today: "2026-12-03", locale, merchants: ["Amazon", "Zalando"], accounts: [amex], dataStart: "2025-10-01" });

function spec(q: string, locale: "en" | "de" = "en") {
  const r = parseQuestion(q, ctx(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("a card's annual fee", () => {
  it.each([
    ["how much was the amex annual fee", "en"],
    ["amex jahresgebühr", "de"],
    ["was kostet die jährliche gebühr der amex", "de"],
  ] as const)("%j is the annual-fee rows over the whole history, not a split by year", (q, locale) => {
    const s = spec(q, locale);
    expect(s.filters.topics).toEqual(["annual_fees"]);
    expect(s.filters.accounts).toEqual([amex.id]);
    expect(s.groupBy).toBe("none");
    expect(s.filters.period).toEqual({ from: "2025-10-01", to: "2026-12-03" });
  });

  it("keeps a period said with it, and 'annual' without a fee a split by year", () => {
    expect(spec("annual fee 2026").filters.period).toEqual({ from: "2026-01-01", to: "2026-12-03" });
    expect(spec("annual spending").groupBy).toBe("year");
    expect(spec("fees per year").groupBy).toBe("year");
  });

  it("reads foreign transaction fees as those fees, not every bank fee", () => {
    expect(spec("how much did I pay in foreign transaction fees this year").filters.topics).toEqual(["fx_fees"]);
    expect(spec("auslandseinsatzentgelt dieses jahr", "de").filters.topics).toEqual(["fx_fees"]);
  });
});

describe("spending net of refunds", () => {
  it.each([
    ["amazon this year net of refunds", "en"],
    ["amazon dieses jahr abzüglich erstattungen", "de"],
    ["how much did i spend at amazon this year after returns", "en"],
  ] as const)("%j is Amazon's spending, refunds taken off", (q, locale) => {
    const s = spec(q, locale);
    expect(s.measure).toBe("spending");
    expect(s.filters.merchants).toEqual(["Amazon"]);
    expect(s.filters.categories).toBeUndefined();
    expect(s.filters.period).toEqual({ from: "2026-01-01", to: "2026-12-03" });
  });

  it("leaves refunds asked for alone the Refunds category, money received", () => {
    const s = spec("refunds this year");
    expect(s.measure).toBe("income");
    expect(s.filters.categories).toEqual(["refunds"]);
  });
});

import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

const spec = (q: string, locale: "en" | "de" = "de") => {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
};
const sep = { from: "2026-09-01", to: "2026-09-30" };

describe("totals said as one German word", () => {
  it("reads Gesamtausgaben and Gesamteinnahmen as Ausgaben and Einnahmen", () => {
    for (const q of ["gesamtausgaben im september", "Ausgaben gesamt im September", "wie hoch waren meine Gesamtausgaben im September", "Gesamtkosten im September"]) {
      expect(spec(q), q).toMatchObject({ measure: "spending", groupBy: "none", filters: { period: sep } });
    }
    expect(spec("gesamteinnahmen 2025")).toMatchObject({ measure: "income", filters: { period: P.y2025 } });
    expect(spec("total spending in september", "en")).toMatchObject({ measure: "spending", filters: { period: sep } });
    expect(spec("overall spend in september", "en")).toMatchObject({ measure: "spending", filters: { period: sep } });
  });

  it("reads Monatsausgaben and Jahreseinkommen as spending per month and income per year", () => {
    expect(spec("Monatsausgaben")).toMatchObject({ measure: "spending", groupBy: "month", filters: { period: P.last12Months } });
    expect(spec("jahreseinkommen 2025")).toMatchObject({ measure: "income", groupBy: "year", filters: { period: P.y2025 } });
    expect(spec("durchschnittliche Monatsausgaben")).toMatchObject({ measure: "average", averageOver: "month" });
  });

  it("leaves compounds that name a category to the category", () => {
    expect(spec("Heizkosten im September")).toMatchObject({ filters: { categories: ["utilities"], period: sep } });
    // "Nebenkosten" names every utility bill and the landlord's service charges filed with the rent (topics-housing.ts): still no total.
    expect(spec("Nebenkosten im September")).toMatchObject({ measure: "spending", groupBy: "none", filters: { topics: ["service_charges"], period: sep } });
  });
});

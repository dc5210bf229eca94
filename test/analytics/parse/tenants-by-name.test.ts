// A landlord asks about tenants by surname or full name: the person named is the counterparty, and who paid whom
// sets the direction ("hat Kaminski gezahlt", "payments from Demir" are money in; "returned to Petersen" money out).
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";

const MERCHANTS = ["Sophie Kaminski", "Jonas Petersen", "Aylin Demir", "Hausverwaltung Boedeker", "REWE", "Katrin und Malte Brinkmann"];
const ask = (q: string, locale: "en" | "de" = "en") => {
  const r = parseQuestion(q, { today: "2026-11-30", locale, merchants: MERCHANTS, accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
};

describe("tenants named in a question", () => {
  it("finds a person by the surname alone", () => {
    expect(ask("wie viel hat kaminski 2026 gezahlt", "de").filters.merchants).toEqual(["Sophie Kaminski"]);
    expect(ask("how much did petersen pay", "en").filters.merchants).toEqual(["Jonas Petersen"]);
  });

  it("reads a person who paid, or money from a person, as money in", () => {
    expect(ask("wie viel hat kaminski 2026 gezahlt", "de").measure).toBe("income");
    expect(ask("payments from aylin demir this year").measure).toBe("income");
    expect(ask("payments from aylin demir this year").filters.merchants).toEqual(["Aylin Demir"]);
    // Paying a person is still money out.
    expect(ask("wie viel haben wir an petersen gezahlt", "de").measure).toBe("spending");
  });

  it("asks the date of the last rent from a tenant", () => {
    for (const [q, locale] of [["wann kam die letzte miete von petersen", "de"], ["when did the last rent from kaminski come in", "en"]] as const) {
      const spec = ask(q, locale);
      expect(spec.measure, q).toBe("income");
      expect(spec.filters.topics, q).toEqual(["rent_received"]);
      expect(spec.limit, q).toBe(1);
    }
  });

  it("reads the deposit paid by a tenant and the deposit returned to one", () => {
    const paid = ask("wie viel kaution hat demir gezahlt", "de");
    expect([paid.measure, paid.filters.topics, paid.filters.merchants]).toEqual(["income", ["rent_deposit"], ["Aylin Demir"]]);
    const returned = ask("how much deposit did we return to petersen");
    expect([returned.measure, returned.filters.topics, returned.filters.merchants, returned.filters.categories ?? []]).toEqual(["spending", ["rent_deposit"], ["Jonas Petersen"], []]);
  });
});

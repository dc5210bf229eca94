// Questions a US family asks about its home, children, health and pay, the way people type them.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";

const today = "2026-11-30";
const merchants = ["Little Acorns", "Dell", "St Davids Healthc", "Austin Energy", "Mr. Cooper", "Travis County", "Avery Ranch Owner", "CVS", "Jordan Miller", "Venmo"];

function spec(q: string, dataStart: string | null = "2025-10-01") {
  const r = parseQuestion(q, { today, locale: "en", merchants, accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
}

describe("a US household's words for its categories", () => {
  it.each<[string, string]>([
    ["how much did we pay for daycare this year", "education"],
    ["childcare costs last month", "education"],
    ["how much is preschool a month", "education"],
    ["medical expenses ytd", "health"],
    ["how much did we spend on medical bills", "health"],
  ])("%j names %s", (q, key) => {
    expect(spec(q).spec.filters.categories).toEqual([key]);
  });
});

describe("being paid", () => {
  it.each(["how much did I get paid this year", "what did we get paid last month", "how much have I been paid since june"])("%j is the salary", (q) => {
    const { spec: s } = spec(q);
    expect(s.measure).toBe("income");
    expect(s.filters.categories).toEqual(["salary"]);
  });

  it("someone else being paid by us is not our salary: \"how much did we pay Ashley\"", () => {
    expect(spec("how much did we pay ashley this year").spec.measure).toBe("spending");
  });

  it.each(["how much has st davids paid keisha this year", "how much did dell pay me last month", "how much has dell paid us since june"])(
    "%j is money in from the payer",
    (q) => {
      const { spec: s } = spec(q);
      expect(s.measure).toBe("income");
      expect(s.filters.merchants).toHaveLength(1);
    },
  );
});

describe("an average asked without a period", () => {
  it("covers the last twelve months and says so by its dates", () => {
    const r = spec("whats our electric bill average");
    expect(r.spec.measure).toBe("average");
    expect(r.spec.filters.period).toEqual({ from: "2025-12-01", to: today });
    expect(describeReading(r.reading, "en")).toMatch(/1 Dec 2025/);
  });

  it("starts with the data when that is less than a year old", () => {
    expect(spec("whats our electric bill average", "2026-05-14").spec.filters.period).toEqual({ from: "2026-05-14", to: today });
  });

  it("keeps a period that was named", () => {
    expect(spec("average electric bill this year").spec.filters.period).toEqual({ from: "2026-01-01", to: today });
  });
});

describe("a home's payments within Rent & housing", () => {
  it.each<[string, string]>([
    ["mortgage ytd", "mortgage"],
    ["how much have we paid on the mortgage this year", "mortgage"],
    ["hoa dues this year?", "hoa"],
    ["how much are our HOA fees", "hoa"],
    ["homeowners association dues ytd", "hoa"],
  ])("%j is the %s within it", (q, topic) => {
    const r = parseQuestion(q, { today, locale: "en", merchants, accounts: [], categories: ["rent", "salary", "health", "education"] });
    expect(r.kind === "spec" && r.spec.filters.topics).toEqual([topic]);
  });
});

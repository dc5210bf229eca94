// "groceries per year" asked without a period: a series per year is one bar in
// this month, so every year of the data is meant (as "per month" means the last
// twelve months). "average per year" works as "average per month" does: one
// figure over the whole months of the period, scaled to twelve of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

const today = "2026-11-22";
const dataStart = "2025-03-15";
const ask = (q: string, locale: "en" | "de" = "en") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
};

describe("reading 'per year'", () => {
  it.each<[string, "en" | "de"]>([["groceries per yr", "en"], ["groceries per year", "en"], ["groceries yearly", "en"], ["how much do i spend on groceries a year", "en"], ["Lebensmittel pro Jahr", "de"], ["jährliche Ausgaben für Lebensmittel", "de"]])(
    "%s is groceries for every year of the data, not this month",
    (q, locale) => {
      const { spec } = ask(q, locale);
      expect(spec.measure).toBe("spending");
      expect(spec.groupBy).toBe("year");
      expect(spec.filters).toEqual({ period: { from: dataStart, to: today }, categories: ["groceries"] });
    },
  );

  it("keeps a period the question names", () => {
    expect(ask("groceries per year since 2024").spec.filters.period).toEqual({ from: "2024-01-01", to: today });
  });

  it.each<[string, "en" | "de"]>([["average yearly groceries", "en"], ["what do i spend per year on average on groceries", "en"], ["average grocery spending per year", "en"], ["Lebensmittel im Jahresdurchschnitt", "de"], ["durchschnittlich pro Jahr für Lebensmittel", "de"]])(
    "%s is an average per year over all the data, as an average per month is",
    (q, locale) => {
      const r = ask(q, locale);
      expect(r.spec).toMatchObject({ measure: "average", averageOver: "year", groupBy: "none", filters: { period: { from: dataStart, to: today }, categories: ["groceries"] } });
      expect(describeReading(r.reading, locale)).toMatch(locale === "de" ? /^Durchschnitt pro Jahr: / : /^Average per year: /);
    },
  );

  it("still reads 'average per month' as before", () => {
    expect(ask("average monthly groceries").spec).toMatchObject({ measure: "average", averageOver: "month", filters: { period: { from: dataStart, to: today } } });
  });
});

describe("answering 'per year'", () => {
  const rows = [
    ["2025-03-15", "-40.00"],
    ["2025-04-10", "-55.55"],
    ["2025-09-01", "-120.10"],
    ["2026-01-31", "-33.33"],
    ["2026-10-05", "-60.00"],
    ["2026-11-10", "-20.00"],
  ] as const;
  // Cents, so the expected figures are computed without the engine's decimals.
  const spent = (when: (d: string) => boolean) => -rows.filter(([d]) => when(d)).reduce((s, [, a]) => s + BigInt(a.replace(".", "")), 0n);
  const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
  let seeded: SeededAnalytics;

  beforeAll(async () => {
    seeded = await seedAnalytics((acc) => [
      ...rows.map(([date, amount]) => ({ accountId: acc, date, amount, category: "groceries", merchant: "REWE" })),
      { accountId: acc, date: "2026-02-02", amount: "-900.00", category: "rent", counterparty: "Hausverwaltung" },
    ]);
  });

  afterAll(async () => {
    await seeded?.close();
  });

  it("sums each year of the data", async () => {
    const r = await seeded.analytics.query(seeded.userId, ask("groceries per year").spec, { today });
    expect(r.rows.map((x) => x.value)).toEqual([money(spent((d) => d.startsWith("2025"))), money(spent((d) => d.startsWith("2026")))]);
  });

  it("averages per year as twelve average months over the whole months of the data", async () => {
    const r = await seeded.analytics.query(seeded.userId, ask("average yearly groceries").spec, { today });
    // Whole months: April 2025 (the data starts mid-March) to October 2026 (November is not over).
    const months = 19n;
    const scaled = spent((d) => d >= "2025-04-01" && d <= "2026-10-31") * 12n;
    const rounded = (scaled * 2n + months) / (months * 2n); // half up
    expect(r.months).toBe(Number(months));
    expect(r.period).toEqual({ from: "2025-04-01", to: "2026-10-31" });
    expect(r.total).toEqual([{ value: money(rounded), count: 4, currency: "EUR" }]);
  });
});

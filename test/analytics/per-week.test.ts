// "Im Schnitt pro Woche", "average per week": one figure, the period's total
// over its weeks (its days ÷ 7), not a series of weeks nor the average purchase
// in each. Per day alike. The answer says how the weeks were counted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../src/analytics/parse/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

/** Plain text with Intl's narrow and thin spaces as plain ones. */
const plainText = (html: string) => htmlToPlain(html).replace(/[\u00a0\u202f\u2009]/g, " ");

const today = "2026-10-31";
const dataStart = "2026-05-20";
const ask = (q: string, locale: "en" | "de") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
};

describe("reading an average per week or day", () => {
  it.each<[string, "en" | "de", "week" | "day"]>([
    ["wie viel geben wir im schnitt pro woche für lebensmittel aus im letzten quartal", "de", "week"],
    ["durchschnittlich pro woche für lebensmittel im letzten quartal", "de", "week"],
    ["average grocery spending per week last quarter", "en", "week"],
    ["weekly average groceries last quarter", "en", "week"],
    ["durchschnittlich pro tag für lebensmittel im letzten quartal", "de", "day"],
    ["average per day on groceries last quarter", "en", "day"],
  ])("%j is one average over the period's %ss", (q, locale, over) => {
    const r = ask(q, locale);
    expect(r.spec).toMatchObject({ measure: "average", averageOver: over, groupBy: "none", filters: { period: { from: "2026-07-01", to: "2026-09-30" }, categories: ["groceries"] } });
    expect(describeReading(r.reading, locale)).toMatch(locale === "de" ? /^Durchschnitt pro (Woche|Tag): / : /^Average per (week|day): /);
  });

  it("keeps “per week” without “average” a series of weeks", () => {
    expect(ask("how much do we spend per week on groceries in september", "en").spec).toMatchObject({ measure: "spending", groupBy: "week" });
  });

  it("averages income per week over weeks too", () => {
    expect(ask("durchschnittliches einkommen pro woche im letzten quartal", "de").spec).toMatchObject({ measure: "income", averageOver: "week", groupBy: "none" });
  });
});

describe("answering an average per week or day", () => {
  // Q3 2026: 92 days. Groceries in cents, one refund netted; rent is no grocery.
  const rows = [
    ["2026-07-03", "-41.17"],
    ["2026-07-28", "-12.50"],
    ["2026-08-14", "-88.03"],
    ["2026-08-15", "5.00", "refunds"],
    ["2026-09-30", "-19.99"],
    ["2026-10-02", "-70.00"],
    ["2026-06-10", "-33.00"],
  ] as const;
  let seeded: SeededAnalytics;

  beforeAll(async () => {
    seeded = await seedAnalytics((acc) => [
      ...rows.map(([date, amount, category]) => ({ accountId: acc, date, amount, category: category ?? "groceries", refundOf: category ? "groceries" : null, merchant: "REWE" })),
      { accountId: acc, date: "2026-05-20", amount: "-900.00", category: "rent", counterparty: "Hausverwaltung" },
      { accountId: acc, date: "2026-08-01", amount: "-900.00", category: "rent", counterparty: "Hausverwaltung" },
    ]);
  });
  afterAll(() => seeded?.close());

  // Q3 groceries: 4117 + 1250 + 8803 + 1999 − 500 = 15669 cents over 92 days.
  it("divides the quarter's total by its 92 days over seven, and says so", async () => {
    const r = await seeded.analytics.query(seeded.userId, ask("wie viel geben wir im schnitt pro woche für lebensmittel aus im letzten quartal", "de").spec, { today });
    // 15669 × 7 / 92 = 1192.22 cents: €11.92.
    expect(r.days).toBe(92);
    expect(r.total).toEqual([{ value: "11.92", count: 5, currency: "EUR" }]);
    const text = plainText(presentResult(r, "de").html);
    expect(text).toContain("Durchschnitt pro Woche");
    expect(text).toContain("Die Summe über 92 Tage (1. Juli – 30. Sept. 2026) geteilt durch 13,1 Wochen (Tage ÷ 7)");
    const en = plainText(presentResult(r, "en").html);
    expect(en).toContain("divided by 13.1 weeks (days ÷ 7)");
  });

  it("per day divides by the days themselves", async () => {
    const r = await seeded.analytics.query(seeded.userId, ask("average per day on groceries last quarter", "en").spec, { today });
    // 15669 / 92 = 170.3 cents: €1.70.
    expect(r.total).toEqual([{ value: "1.70", count: 5, currency: "EUR" }]);
    expect(plainText(presentResult(r, "en").html)).toContain("The total over 92 days (1 Jul – 30 Sept 2026) divided by them");
  });

  it("counts the days from the first transaction on, not the empty stretch before the data", async () => {
    // "this year" runs 1 Jan – 31 Oct, the data from 20 May: 165 days. Groceries 15669 + 7000 + 3300 = 25969 cents.
    const r = await seeded.analytics.query(seeded.userId, ask("average grocery spending per week this year", "en").spec, { today });
    expect(r.period).toEqual({ from: "2026-05-20", to: "2026-10-31" });
    expect(r.days).toBe(165);
    // 25969 × 7 / 165 = 1101.7 cents: €11.02.
    expect(r.total).toEqual([{ value: "11.02", count: 7, currency: "EUR" }]);
  });
});

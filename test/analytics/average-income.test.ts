// "average monthly income", "durchschnittliches Einkommen", "wie viel hab ich
// durchschnittlich verdient": income averaged over the whole months of the
// period, as an average of spending is, never the average spending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../src/analytics/parse/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import type { TxInput } from "./seed.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

const today = "2026-11-22";
const dataStart = "2026-01-01";
const ask = (q: string, locale: "en" | "de" = "en") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
};

describe("reading an average of income", () => {
  it.each<[string, "en" | "de", "month" | "year"]>([
    ["average monthly income this year", "en", "month"],
    ["what is my average income", "en", "month"],
    ["how much do i earn per month on average", "en", "month"],
    ["average yearly income", "en", "year"],
    ["durchschnittliches einkommen dieses jahr", "de", "month"],
    ["wie viel hab ich durchschnittlich verdient", "de", "month"],
    ["durchschnittliche monatliche einnahmen", "de", "month"],
  ])("%s averages income per %s", (q, locale, over) => {
    const r = ask(q, locale);
    expect(r.spec).toMatchObject({ measure: "income", averageOver: over, groupBy: "none" });
    expect(describeReading(r.reading, locale)).toMatch(locale === "de" ? /^Durchschnittliche Einnahmen pro / : /^Average income per /);
  });

  it("an average without income words still averages spending", () => {
    expect(ask("average monthly spending").spec).toMatchObject({ measure: "average", averageOver: "month" });
    expect(ask("durchschnittliche ausgaben pro monat", "de").spec).toMatchObject({ measure: "average", averageOver: "month" });
  });

  it("income without an average word is the sum", () => {
    expect(ask("income this year").spec.averageOver).toBeUndefined();
  });
});

const ROWS = (acc: string): TxInput[] => [
  ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"].map((m) => ({ accountId: acc, date: `2026-${m}-25`, amount: m < "04" ? "3600.00" : "3820.00", category: "salary", counterparty: "ACME Software GmbH" })),
  { accountId: acc, date: "2026-03-10", amount: "45.00", category: "refunds", counterparty: "Zalando" },
  { accountId: acc, date: "2026-01-01", amount: "-900.00", category: "rent", counterparty: "Hausverwaltung" },
  { accountId: acc, date: "2026-02-14", amount: "-120.40", category: "groceries", merchant: "REWE" },
  { accountId: acc, date: "2026-06-03", amount: "-80.05", category: "groceries", merchant: "Lidl" },
  // November is not over: not part of any average over months, but its transactions are transactions.
  { accountId: acc, date: "2026-11-02", amount: "-500.00", category: "groceries", merchant: "REWE" },
  { accountId: acc, date: "2026-11-10", amount: "500.00", category: "salary", counterparty: "ACME Software GmbH" },
];

describe("answering an average of income", () => {
  let seeded: SeededAnalytics;
  beforeAll(async () => {
    seeded = await seedAnalytics(ROWS);
  });
  afterAll(async () => {
    await seeded?.close();
  });

  it("divides the income of the whole months by their number, leaving refunds and spending out", async () => {
    const r = await seeded.analytics.query(seeded.userId, ask("average monthly income this year").spec, { today });
    // January to October: November is not over.
    expect(r.months).toBe(10);
    expect(r.total).toEqual([{ value: "3754.00", count: 10, currency: "EUR" }]);
  });

  it.each<[string, "en" | "de"]>([
    ["average income per transaction this year", "en"],
    ["durchschnittliche Einnahmen pro Buchung dieses Jahr", "de"],
  ])("%s is the mean of the incoming transactions, not of months", async (q, locale) => {
    const parsed = ask(q, locale);
    expect(parsed.spec).toMatchObject({ measure: "income", averageOver: "transaction", groupBy: "none" });
    expect(describeReading(parsed.reading, locale)).toMatch(locale === "de" ? /^Durchschnittliche Einnahmen pro Buchung/ : /^Average income per transaction/);
    const r = await seeded.analytics.query(seeded.userId, parsed.spec, { today, locale });
    // Every salary this year up to today, November's too if paid; a refund is money back, not income.
    const salaries = ROWS("x").filter((x) => x.category === "salary" && x.date <= today).map((x) => Number(x.amount.replace(".", "")));
    const mean = Math.floor((2 * salaries.reduce((a, b) => a + b, 0) + salaries.length) / (2 * salaries.length));
    expect(r.total).toEqual([{ value: `${Math.floor(mean / 100)}.${String(mean % 100).padStart(2, "0")}`, count: salaries.length, currency: "EUR" }]);
    expect(htmlToPlain(presentResult(r, locale).html)).toMatch(locale === "de" ? /^Durchschnittliche Einnahmen pro Buchung/ : /^Average income per transaction/);
  });

  it.each<[string, "en" | "de"]>([
    ["average monthly income vs spending this year", "en"],
    ["durchschnittliche monatliche Einnahmen und Ausgaben dieses Jahr", "de"],
  ])("%s gives both averages per month, each over the same whole months", async (q, locale) => {
    const parsed = ask(q, locale);
    expect(parsed.spec).toMatchObject({ measure: "net", averageOver: "month", versus: [{ measure: "income" }, { measure: "spending" }] });
    expect(describeReading(parsed.reading, locale)).toMatch(locale === "de" ? /^Durchschnitt pro Monat: Einnahmen vs\. Ausgaben/ : /^Average per month: Income vs Spending/);
    const r = await seeded.analytics.query(seeded.userId, parsed.spec, { today, locale });
    // January to October, in cents: income without refunds, spending with refunds netted against it.
    const cents = (a: string) => (a.startsWith("-") ? -1 : 1) * Number(a.replace(/[-.]/g, ""));
    const rows = ROWS("x").filter((x) => x.date < "2026-11-01");
    const income = rows.filter((x) => x.category === "salary").reduce((s, x) => s + cents(x.amount), 0);
    const spent = -rows.filter((x) => x.category !== "salary").reduce((s, x) => s + cents(x.amount), 0);
    const perMonth = (c: number) => {
      const q = Math.floor((c * 2 + 10) / 20); // c / 10 months, half up
      return `${Math.floor(q / 100)}.${String(q % 100).padStart(2, "0")}`;
    };
    expect(r.months).toBe(10);
    expect(r.rows.map((x) => x.value)).toEqual([perMonth(income), perMonth(spent)]);
    const shown = htmlToPlain(presentResult(r, locale).html);
    expect(shown).toContain(locale === "de" ? "Durchschnittliche Einnahmen und Ausgaben pro Monat" : "Average income and spending per month");
    expect(shown).toContain(locale === "de" ? "Übrig pro Monat" : "Left over per month");
  });

  it.each<[string, "en" | "de"]>([
    ["average weekly income vs spending this year", "en"],
    ["durchschnittliche Einnahmen und Ausgaben pro Woche dieses Jahr", "de"],
  ])("%s gives both averages per week: each total × 7 ÷ the period's days", async (q, locale) => {
    const parsed = ask(q, locale);
    expect(parsed.spec).toMatchObject({ measure: "net", averageOver: "week", versus: [{ measure: "income" }, { measure: "spending" }] });
    expect(describeReading(parsed.reading, locale)).toMatch(locale === "de" ? /^Durchschnitt pro Woche: Einnahmen vs\. Ausgaben/ : /^Average per week: Income vs Spending/);
    const r = await seeded.analytics.query(seeded.userId, parsed.spec, { today, locale });
    // 1 January to 22 November: 326 days, November's rows too (a week is no whole month).
    const cents = (a: string) => (a.startsWith("-") ? -1 : 1) * Number(a.replace(/[-.]/g, ""));
    const rows = ROWS("x").filter((x) => x.date <= today);
    const income = rows.filter((x) => x.category === "salary").reduce((s, x) => s + cents(x.amount), 0);
    const spent = -rows.filter((x) => x.category !== "salary").reduce((s, x) => s + cents(x.amount), 0);
    const perWeek = (c: number) => {
      const q = Math.floor((c * 7 * 2 + 326) / (326 * 2)); // c × 7 / 326, half up
      return `${Math.floor(q / 100)}.${String(q % 100).padStart(2, "0")}`;
    };
    expect(r.days).toBe(326);
    expect(r.rows.map((x) => x.value)).toEqual([perWeek(income), perWeek(spent)]);
    const shown = htmlToPlain(presentResult(r, locale).html);
    expect(shown).toContain(locale === "de" ? "Durchschnittliche Einnahmen und Ausgaben pro Woche" : "Average income and spending per week");
    expect(shown).toContain(locale === "de" ? "Übrig pro Woche" : "Left over per week");
  });
});

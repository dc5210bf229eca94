// "Ausgaben letzten Monat vs vorletzten Monat": one side per period, each
// without cash withdrawals, and the note says how much cash each side left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

const today = "2026-10-31";
const plainText = (html: string) => htmlToPlain(html).replace(/[\u00a0\u202f\u2009]/g, " ");
let s: SeededAnalytics;

beforeAll(async () => {
  s = await seedAnalytics((giro) => [
    { accountId: giro, date: "2026-09-03", amount: "-40.10", category: "groceries", merchant: "REWE" },
    { accountId: giro, date: "2026-09-20", amount: "-100.00", category: "cash", counterparty: "Sparkasse" },
    { accountId: giro, date: "2026-08-11", amount: "-1190.00", category: "rent", counterparty: "Hausverwaltung" },
    { accountId: giro, date: "2026-08-12", amount: "-50.00", category: "cash", counterparty: "Sparkasse" },
    { accountId: giro, date: "2026-08-30", amount: "-9.99", category: "subscriptions", merchant: "Spotify" },
    { accountId: giro, date: "2026-07-30", amount: "-700.00", category: "rent", counterparty: "Hausverwaltung" },
  ]);
});
afterAll(() => s?.close());

const ask = async (q: string, locale: "en" | "de") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  if (r.kind !== "spec") throw new Error(r.kind);
  return s.analytics.query(s.userId, r.spec, { today, locale });
};

describe("two periods side by side", () => {
  it("sums each month without its cash and names the cash per side", async () => {
    const r = await ask("ausgaben letzten monat vs vorletzten monat", "de");
    expect(r.rows.map((x) => [x.label, x.value])).toEqual([
      ["Sept. 2026", "40.10"],
      ["Aug. 2026", "1199.99"],
    ]);
    expect(r.cashLeftOut).toEqual([
      { value: "100.00", count: 1, currency: "EUR", label: "Sept. 2026" },
      { value: "50.00", count: 1, currency: "EUR", label: "Aug. 2026" },
    ]);
    expect(plainText(presentResult(r, "de").html)).toContain("Bargeldabhebungen zählen nicht als Ausgaben: Sept. 2026 100,00 €, Aug. 2026 50,00 €.");
  });

  it("reads the month before last in the order asked, and in English", async () => {
    const r = await ask("ausgaben vorletzten monat gegen letzten monat", "de");
    expect(r.rows.map((x) => x.value)).toEqual(["1199.99", "40.10"]);
    const en = await ask("spending the month before last vs last month", "en");
    expect(en.rows.map((x) => [x.label, x.value])).toEqual([
      ["Aug 2026", "1199.99"],
      ["Sept 2026", "40.10"],
    ]);
    expect(plainText(presentResult(en, "en").html)).toContain("Cash withdrawals are not counted as spending: Aug 2026 €50.00, Sept 2026 €100.00.");
  });
});

// Asked for the pending rows ("pending transactions", "was ist vorgemerkt",
// "offene Umsätze"), the person sees every row the bank has not booked yet:
// money on its way in too (a salary, a refund), with a plus sign, and money out
// with a minus. A sum of pending spending stays a sum of spending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { seedAnalytics, type SeededAnalytics } from "../analytics/seeded-analytics.ts";

const today = "2026-11-22";
const PENDING_OUT = { date: "2026-11-20", amount: "-7.25", merchant: "REWE", category: "groceries" };
const PENDING_IN = { date: "2026-11-21", amount: "2500.00", counterparty: "ACME GmbH", category: "salary" };
const BOOKED = { date: "2026-11-19", amount: "-30.00", merchant: "Café Müller", category: "restaurants" };

let seeded: SeededAnalytics;

beforeAll(async () => {
  seeded = await seedAnalytics((acc) => [
    { accountId: acc, ...PENDING_OUT, status: "PENDING" },
    { accountId: acc, ...PENDING_IN, status: "PENDING" },
    { accountId: acc, ...BOOKED },
  ]);
});

afterAll(async () => {
  await seeded?.close();
});

async function answer(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, { today, locale, merchants: ["REWE", "ACME GmbH", "Café Müller"], accounts: [], dataStart: "2026-11-19" });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  const result = await seeded.analytics.query(seeded.userId, r.spec, { today, locale });
  return { result, lines: htmlToPlain(presentResult(result, locale).html).split("\n") };
}

describe("the pending rows", () => {
  it.each([
    ["pending transactions", "en", "+€2,500.00", "\u2212€7.25"],
    ["what's pending", "en", "+€2,500.00", "\u2212€7.25"],
    ["vorgemerkte Umsätze", "de", "+2.500,00\u00a0€", "\u22127,25\u00a0€"],
    ["was ist vorgemerkt", "de", "+2.500,00\u00a0€", "\u22127,25\u00a0€"],
    ["offene Umsätze", "de", "+2.500,00\u00a0€", "\u22127,25\u00a0€"],
  ] as const)("%s lists money in with a plus and money out with a minus, nothing booked", async (q, locale, moneyIn, moneyOut) => {
    const { result, lines } = await answer(q, locale);
    expect(result.rows.map((r) => [r.key, r.value])).toEqual([
      [PENDING_IN.date, PENDING_IN.amount],
      [PENDING_OUT.date, PENDING_OUT.amount],
    ]);
    expect(lines.find((l) => l.includes("ACME"))).toMatch(new RegExp(`${moneyIn.replace(/[.+]/g, "\\$&")}$`));
    expect(lines.find((l) => l.includes("REWE"))).toMatch(new RegExp(`${moneyOut.replace(/[.+]/g, "\\$&")}$`));
    expect(lines.join("\n")).not.toMatch(/Café/);
  });

  it("still sums pending spending when a sum of spending is asked for", async () => {
    const { result } = await answer("how much is pending", "en");
    expect(result.total).toEqual([{ value: PENDING_OUT.amount.slice(1), count: 1, currency: "EUR" }]);
  });
});

// A total counting pending rows says how much of it the bank has not booked yet:
// a hold may still be booked for less, an order cancelled (blind-pending e2e).
describe("a figure with pending rows in it", () => {
  it("says how much of a spending total is pending, in either language", async () => {
    const en = await answer("how much did I spend this month", "en");
    expect(en.result.total).toEqual([{ value: "37.25", count: 2, currency: "EUR" }]);
    expect(en.lines.join("\n")).toContain("Of this, €7.25 is pending: 1 transaction the bank has not booked yet");
    const de = await answer("Ausgaben diesen Monat", "de");
    expect(de.lines.join("\n")).toContain("Davon 7,25\u00a0€ vorgemerkt: 1 Umsatz, die die Bank noch nicht gebucht hat");
  });

  it("says when all of a merchant's total is pending, and nothing when none of it is", async () => {
    expect((await answer("how much at REWE", "en")).lines.join("\n")).toContain("All of it is pending: 1 transaction");
    expect((await answer("how much at Café Müller", "en")).lines.join("\n")).not.toMatch(/\bpending\b/i);
  });

  it("marks the pending rows of a list and counts them under it", async () => {
    const { lines } = await answer("show all my transactions this month", "en");
    expect(lines.find((l) => l.includes("REWE"))).toMatch(/⏳$/);
    expect(lines.find((l) => l.includes("Café"))).not.toMatch(/⏳/);
    expect(lines.join("\n")).toMatch(/is pending \(\d transactions? marked ⏳/);
  });

  it("says how many of a count are pending", async () => {
    expect((await answer("how many transactions this month", "en")).lines.join("\n")).toContain("Of these, 2 are pending");
  });
});

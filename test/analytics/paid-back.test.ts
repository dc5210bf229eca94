// "rent this year minus what Anna paid back": the rent paid, less the flatmate's money in; her other money
// and other people's stay out (src/analytics/parse/paid-back.ts, compile.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
const TODAY = "2026-11-30";

beforeAll(async () => {
  s = await seedAnalytics((acct) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string) => ({ accountId: acct, date, amount, category, description, counterparty });
    return [
      row("2026-01-01", "-1420.00", "rent", "Miete 01", "Hausverwaltung Brenner GmbH"),
      row("2026-02-01", "-1420.00", "rent", "Miete 02", "Hausverwaltung Brenner GmbH"),
      row("2026-01-03", "650.00", "income_other", "rent january", "Anna Schulz"),
      row("2026-02-03", "650.00", "income_other", "rent february", "Anna Schulz"),
      row("2026-02-10", "-30.00", "restaurants", "dinner split", "Anna Schulz"),
      row("2026-02-11", "40.00", "income_other", "concert tickets", "Jonas Weber"),
      row("2025-12-03", "650.00", "income_other", "rent december", "Anna Schulz"),
    ];
  });
});

afterAll(async () => {
  await s?.close();
});

describe("spending minus what a person paid back", () => {
  it("is the rent of the period less the person's money in over the same period", async () => {
    const r = parseQuestion("rent this year minus what anna paid back", { today: TODAY, locale: "en", merchants: ["Anna Schulz", "Jonas Weber"], accounts: [] });
    if (r.kind !== "spec") throw new Error(r.kind);
    const result = await s.analytics.query(s.userId, r.spec, { today: TODAY });
    expect(result.total[0]?.value).toBe("1540.00");
  });
});

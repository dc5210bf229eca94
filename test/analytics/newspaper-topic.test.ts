// The newspaper as a topic (src/analytics/topics-newspaper.ts), and its price per year: "was kostet uns die
// Zeitung im Jahr" is a year's worth at the rate paid, not a series of calendar years begun in October.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";
const dataStart = "2025-10-02";

beforeAll(async () => {
  const months = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2025, 9 + i, 2)).toISOString().slice(0, 10));
  seeded = await seedAnalytics((accountId) => [
    ...months.map((date) => ({
      accountId, date, amount: "-54.90", category: "subscriptions", description: `Abo-Nr. 4471123 Zeitungsabonnement ${date.slice(5, 7)}/${date.slice(0, 4)}`,
      counterparty: "Rheinische Post Verlagsgesellschaft mbH",
    })),
    // Other subscriptions are no newspaper.
    ...months.map((date) => ({ accountId, date, amount: "-13.99", category: "subscriptions", description: "Netflix.com", counterparty: "Netflix" })),
  ]);
});

afterAll(() => seeded?.close());

const ask = async (q: string, locale: "en" | "de") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [], dataStart });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return { spec: r.spec, value: (await seeded.analytics.query(seeded.userId, r.spec, { today })).total[0]?.value };
};

describe("the newspaper", () => {
  it("is the subscription that says Zeitung, not the other subscriptions", async () => {
    expect((await ask("was haben wir dieses jahr für die zeitung ausgegeben", "de")).value).toBe("603.90");
  });

  it("'was kostet uns die zeitung im jahr' is a year's worth: the last twelve months paid, this one included", async () => {
    const { spec, value } = await ask("was kostet uns die zeitung im jahr", "de");
    expect(spec).toMatchObject({ filters: { period: { from: "2025-12-01", to: "2026-11-30" } } });
    expect(spec).not.toMatchObject({ measure: "average" });
    expect(value).toBe("658.80");
  });

  it("'what does the newspaper cost us per year' reads the same", async () => {
    expect((await ask("what does the newspaper cost us per year", "en")).value).toBe("658.80");
  });
});

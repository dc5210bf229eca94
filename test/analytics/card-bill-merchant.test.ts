import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
const today = "2026-11-29";
const ask = async (q: string) => {
  const r = parseQuestion(q, { today, locale: "en", merchants: ["American Express", "Tesco"], accounts: [] });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return (await s.analytics.query(s.userId, r.spec, { today })).total[0]?.value;
};

beforeAll(async () => {
  s = await seedAnalytics((acct) => [
    // A card whose statement was never sent: its bills leave the current account, filed as transfers.
    { accountId: acct, date: "2026-09-24", amount: "-412.19", category: "transfers", description: "AMERICAN EXPRESS 3742XXXXXX31009 DDR", counterparty: "American Express" },
    { accountId: acct, date: "2026-10-24", amount: "-395.60", category: "transfers", description: "AMERICAN EXPRESS 3742XXXXXX31009 DDR", counterparty: "American Express" },
    { accountId: acct, date: "2026-10-05", amount: "-54.00", category: "groceries", description: "TESCO STORES 3021", counterparty: "Tesco" },
  ]);
});

afterAll(async () => {
  await s?.close();
});

describe("a card issuer named as a merchant", () => {
  it("counts the bills paid to it, which are otherwise left out of spending as transfers", async () => {
    expect(await ask("how much went to american express this year")).toBe("807.79");
    expect(await ask("how much went to amex this year")).toBe("807.79");
    expect(await ask("how much did i spend this year")).toBe("54.00");
  });
});

// Issue 8 §3, "refunds reduce their category": money back from a shop nets
// against the category of that shop, in totals, filters and groupings, while
// "how much was refunded" still finds every refund.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analytics } from "../../src/analytics/engine.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2025-03-20";
const march = { from: "2025-03-01", to: "2025-03-31" };

beforeAll(async () => {
  seeded = await seedAnalytics((acc) => [
    { accountId: acc, date: "2025-03-03", amount: "-50.00", merchant: "Amazon", category: "shopping" },
    { accountId: acc, date: "2025-03-10", amount: "20.00", merchant: "Amazon", description: "Erstattung", category: "refunds", refundOf: "shopping" },
  ]);
});

afterAll(async () => {
  await seeded?.close();
});

const ask = (spec: Parameters<Analytics["query"]>[1]) => seeded.analytics.query(seeded.userId, spec, { today });

describe("a refund counts against the category of the shop it came from", () => {
  it("spending on shopping is the purchase less the refund", async () => {
    // 50.00 bought, 20.00 back.
    const r = await ask({ measure: "spending", filters: { period: march, categories: ["shopping"] } });
    expect(r.rows).toEqual([{ key: null, value: "30.00", count: 2, currency: "EUR" }]);
  });

  it("spending by category shows Shopping 30.00 and no Refunds group", async () => {
    const r = await ask({ measure: "spending", filters: { period: march }, groupBy: "category" });
    expect(r.rows.map((x) => [x.key, x.label, x.value])).toEqual([["shopping", "Shopping", "30.00"]]);
  });

  it("total spending is 30.00, and the merchant's too", async () => {
    expect((await ask({ measure: "spending", filters: { period: march } })).total).toEqual([{ value: "30.00", count: 2, currency: "EUR" }]);
    expect((await ask({ measure: "spending", filters: { period: march, merchants: ["amazon"] } })).rows[0]?.value).toBe("30.00");
  });

  it("'how much was refunded' (income in the refunds category) is the whole refund, and it is no other income", async () => {
    expect((await ask({ measure: "income", filters: { period: march, categories: ["refunds"] } })).rows[0]?.value).toBe("20.00");
    expect((await ask({ measure: "income", filters: { period: march } })).rows[0]?.value).toBe("0.00");
  });

  it("an average per month nets the refund in its category too", async () => {
    const r = await ask({ measure: "average", averageOver: "month", filters: { period: march, categories: ["shopping"] } });
    expect(r.rows[0]?.value).toBe("30.00");
  });

  it("another category's filter does not see the refund", async () => {
    expect((await ask({ measure: "spending", filters: { period: march, categories: ["groceries"] } })).rows[0]?.value).toBe("0.00");
  });

  it("a refund whose shop is unknown stays under Refunds", async () => {
    const other = await seedUser(seeded.db);
    const giro = await seedAccount(seeded.db, other, "Giro");
    await seedTx(seeded.db, other, [
      { accountId: giro, date: "2025-03-03", amount: "-50.00", merchant: "Amazon", category: "shopping" },
      { accountId: giro, date: "2025-03-10", amount: "20.00", counterparty: "Kleiner Laden", category: "refunds" },
    ]);
    const r = await seeded.analytics.query(other.userId, { measure: "spending", filters: { period: march }, groupBy: "category" }, { today });
    expect(r.rows.map((x) => [x.key, x.value])).toEqual([
      ["shopping", "50.00"],
      ["refunds", "-20.00"],
    ]);
  });
});

describe("money in filed under a spending category (a rule or a choice by hand: 'Zalando is Shopping')", () => {
  let v: SeededUser;
  beforeAll(async () => {
    v = await seedUser(seeded.db);
    const giro = await seedAccount(seeded.db, v, "Giro");
    await seedTx(seeded.db, v, [
      { accountId: giro, date: "2025-03-02", amount: "-80.00", merchant: "Zalando", category: "shopping" },
      { accountId: giro, date: "2025-03-09", amount: "35.50", merchant: "Zalando", description: "Retoure", category: "shopping" },
      { accountId: giro, date: "2025-03-15", amount: "2000.00", counterparty: "Employer GmbH", category: "salary" },
    ]);
  });
  const askV = (spec: Parameters<Analytics["query"]>[1]) => seeded.analytics.query(v.userId, spec, { today });

  it("nets against that category and total spending, and is not income", async () => {
    expect((await askV({ measure: "spending", filters: { period: march, categories: ["shopping"] } })).rows[0]?.value).toBe("44.50");
    expect((await askV({ measure: "spending", filters: { period: march } })).total[0]?.value).toBe("44.50");
    expect((await askV({ measure: "income", filters: { period: march } })).rows[0]?.value).toBe("2000.00");
    // Net stays every euro in and out: 2000.00 + 35.50 − 80.00.
    expect((await askV({ measure: "net", filters: { period: march } })).rows[0]?.value).toBe("1955.50");
  });
});

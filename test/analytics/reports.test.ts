import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";
import { presentResult } from "../../src/qa/present.ts";

let t: TestDatabase;
let analytics: Analytics;
let u: SeededUser;
let giro: string;
let cash: string;
const today = "2025-03-20";

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  u = await seedUser(t.db);
  giro = await seedAccount(t.db, u, "Giro");
  cash = await seedAccount(t.db, u, "Cash");
  const usd = await seedAccount(t.db, u, "Dollar", "USD");
  await t.db.balanceSnapshot.createMany({
    data: [
      { userId: u.userId, accountId: giro, asOf: new Date("2025-01-31T12:00:00Z"), amount: "1000.00", currency: "EUR" },
      { userId: u.userId, accountId: giro, asOf: new Date("2025-02-28T12:00:00Z"), amount: "1200.50", currency: "EUR" },
      { userId: u.userId, accountId: giro, asOf: new Date("2025-03-01T12:00:00Z"), kind: "available", amount: "9999.00", currency: "EUR" },
      { userId: u.userId, accountId: usd, asOf: new Date("2025-02-01T12:00:00Z"), amount: "50", currency: "USD" },
    ],
  });
  const netflix = ["2024-10-05", "2024-11-05", "2024-12-05", "2025-01-05", "2025-02-05", "2025-03-05"].map((date, i) => ({
    accountId: giro,
    date,
    amount: i < 4 ? "-12.99" : "-15.99",
    merchant: i % 2 ? "NETFLIX" : "Netflix",
  }));
  await seedTx(t.db, u, [
    { accountId: cash, date: "2025-01-10", amount: "100.00", counterparty: "ATM" },
    { accountId: cash, date: "2025-02-15", amount: "-30.25", merchant: "Bäcker" },
    { accountId: giro, date: "2025-01-11", amount: "-20.00", merchant: "REWE" },
    { accountId: giro, date: "2025-02-27", amount: "-55.00", merchant: "REWE" },
    { accountId: giro, date: "2025-03-02", amount: "-9.10", merchant: "REWE" },
    ...netflix,
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

describe("balances and reports", () => {
  it("net worth starts from each account's newest booked balance plus the rows booked after it; one without a balance is named as unknown, not summed from zero", async () => {
    const r = await analytics.netWorth(u.userId, { today });
    const byName = Object.fromEntries(r.rows.map((x) => [x.label, [x.value, x.currency]]));
    // Giro: 1200.50 on 28 Feb, then REWE -9.10 (2 Mar) and Netflix -15.99 (5 Mar).
    // Cash never had a balance: its rows (100.00 - 30.25) say nothing about what it held before them.
    expect(byName).toEqual({ Giro: ["1175.41", "EUR"], Dollar: ["50.00", "USD"] });
    expect(r.total).toEqual([
      { value: "1175.41", count: 1, currency: "EUR" },
      { value: "50.00", count: 1, currency: "USD" },
    ]);
    expect(r.unstated).toEqual([{ id: cash, name: "Cash", holdings: false }]);
  });

  it("an exchange or broker account without a balance points to its holdings, not to a missing statement balance", async () => {
    const v = await seedUser(t.db);
    const kraken = (await t.db.account.create({ data: { userId: v.userId, connectionId: v.connectionId, externalId: "kraken-1", name: "Kraken", currency: "EUR", type: "CRYPTO" } })).id;
    const giro = await seedAccount(t.db, v, "Giro");
    await seedTx(t.db, v, [{ accountId: kraken, date: "2025-02-01", amount: "250.00", counterparty: "Deposit" }, { accountId: giro, date: "2025-02-01", amount: "-5.00", merchant: "REWE" }]);
    const r = await analytics.query(v.userId, { measure: "balance", filters: {}, groupBy: "account" }, { today });
    expect(r.unstated).toEqual([
      { id: giro, name: "Giro", holdings: false },
      { id: kraken, name: "Kraken", holdings: true },
    ]);
    const html = presentResult(r, "en").html;
    expect(html).toContain("<b>Kraken</b> holds investments: its value is in /networth.");
    expect(html).toMatch(/Balance of <b>Giro<\/b> not known: the statement it came from/);
    expect(html).not.toMatch(/Kraken<\/b> not known/);
  });

  it("a balance question about accounts without any balance has no figure, only the accounts named", async () => {
    const r = await analytics.query(u.userId, { measure: "balance", filters: { accounts: [cash] }, groupBy: "account" }, { today });
    expect(r.rows).toEqual([]);
    expect(r.unstated).toEqual([{ id: cash, name: "Cash", holdings: false }]);
    const withBalance = await analytics.query(u.userId, { measure: "balance", filters: { accounts: [giro] } }, { today });
    expect(withBalance.unstated).toBeUndefined();
  });

  it("balance history gives the balance at each month's end, per currency, never mixing them", async () => {
    const r = await analytics.balanceHistory(u.userId, { from: "2025-01-01", to: today }, { today });
    // Giro is anchored on its newest balance (1200.50 on 28 Feb): 31 Jan = 1200.50 - (-55.00 - 15.99) = 1271.49,
    // 20 Mar = 1200.50 - 9.10 - 15.99 = 1175.41; Cash has no balance and is left out;
    // the dollar account's only balance (50 on 1 Feb) holds before it too, with no rows in between.
    expect(r.rows.map((x) => [x.key, x.currency, x.value])).toEqual([
      ["2025-01-01", "EUR", "1271.49"],
      ["2025-01-01", "USD", "50.00"],
      ["2025-02-01", "EUR", "1200.50"],
      ["2025-02-01", "USD", "50.00"],
      ["2025-03-01", "EUR", "1175.41"],
      ["2025-03-01", "USD", "50.00"],
    ]);
  });

  it("compares a balance with the end of the previous period", async () => {
    const r = await analytics.query(
      u.userId,
      { measure: "balance", filters: { period: { from: "2025-02-01", to: "2025-02-28" }, currency: "EUR" }, compare: "previous_period" },
      { today },
    );
    expect(r.rows).toEqual([{ key: null, value: "1200.50", compareValue: "1271.49", count: 1, currency: "EUR" }]);
  });

  it("refuses to group balances by category", async () => {
    await expect(analytics.query(u.userId, { measure: "balance", groupBy: "category" }, { today })).rejects.toThrow(/cannot be grouped/);
  });

  it("finds a monthly subscription across spelling variants and reports its price rise", async () => {
    const r = await analytics.recurringPayments(u.userId, { today });
    expect(r).toEqual([
      {
        key: "netflix",
        kind: "subscription",
        merchant: expect.stringMatching(/^netflix$/i),
        currency: "EUR",
        cadenceDays: 30,
        amount: "15.99",
        count: 6,
        firstDate: "2024-10-05",
        lastDate: "2025-03-05",
        nextExpected: "2025-04-04",
        active: true,
        priceChange: { oldAmount: "12.99", newAmount: "15.99", date: "2025-02-05" },
      },
    ]);
  });
});

// The net-worth service against real PostgreSQL: cash in another currency is
// converted at its snapshot's day, holdings use the base value fixed at sync,
// a value fixed in an earlier base currency is not passed off as this one's,
// and flows split into parts with unconvertible rows listed, not guessed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createNetWorthService } from "../../src/networth/service.ts";
import { fixedFx } from "../helpers/fixed-fx.ts";

let tdb: TestDatabase;
const NOW = new Date("2024-03-10T10:00:00Z");
const person = { id: "", timezone: "Europe/Berlin" };
const accounts: Record<string, string> = {};

beforeAll(async () => {
  tdb = await createTestDatabase();
  const u = await tdb.db.user.create({ data: { telegramId: 4242n, chatId: 4242n, timezone: "Europe/Berlin", baseCurrency: "EUR" } });
  person.id = u.id;
  const conn = await tdb.db.connection.create({ data: { userId: u.id, provider: "demo", label: "Demo", status: "ACTIVE" } });
  for (const [key, type, currency] of [["giro", "CHECKING", "EUR"], ["usd", "CHECKING", "USD"], ["broker", "BROKERAGE", "EUR"]] as const) {
    accounts[key] = (await tdb.db.account.create({ data: { userId: u.id, connectionId: conn.id, externalId: key, name: key, currency, type } })).id;
  }
  const at = (iso: string) => new Date(iso);
  await tdb.db.balanceSnapshot.createMany({
    data: [
      { userId: u.id, accountId: accounts.giro!, asOf: at("2024-01-31T12:00:00Z"), amount: "1000.00", currency: "EUR" },
      { userId: u.id, accountId: accounts.usd!, asOf: at("2024-02-15T12:00:00Z"), amount: "200.00", currency: "USD" },
    ],
  });
  const holding = (symbol: string, asOf: string, valueBase: string, baseCurrency: string) => ({
    userId: u.id, accountId: accounts.broker!, symbol, quantity: "1", value: valueBase, currency: "EUR", valueBase, baseCurrency, assetClass: "stock", asOf: at(asOf),
  });
  await tdb.db.holding.createMany({ data: [holding("VWRL", "2024-01-10T00:00:00Z", "100.10", "EUR"), holding("VWRL", "2024-03-01T00:00:00Z", "130.30", "EUR"), holding("OLD", "2024-03-01T00:00:00Z", "50", "CHF")] });
  const tx = (externalId: string, date: string, amount: string, currency: string, transactionType: string, raw?: object) => ({
    userId: u.id, accountId: accounts.broker!, externalId, bookingDate: at(`${date}T00:00:00Z`), amount, currency, transactionType, ...(raw ? { raw } : {}),
  });
  await tdb.db.transaction.createMany({
    data: [
      tx("d1", "2024-01-05", "100", "EUR", "DEPOSIT"),
      tx("d2", "2024-02-05", "-10", "EUR", "WITHDRAWAL"),
      tx("d3", "2024-02-06", "0.001", "BTC", "deposit"),
      tx("v1", "2024-02-15", "2.4", "USD", "DIVIDEND"),
      tx("v2", "2024-02-15", "-0.36", "USD", "WITHHOLDING_TAX"),
      tx("f1", "2024-02-05", "-0.01", "EUR", "FEE"),
      tx("f2", "2024-02-06", "-0.0004", "BNB", "fee"),
      tx("t1", "2024-01-15", "-1902.2", "USD", "TRADE_BUY", { trade: { ibCommission: "-1", ibCommissionCurrency: "USD", currency: "USD" } }),
      tx("t2", "2023-12-15", "-50", "EUR", "TRADE_BUY", { trade: { ibCommission: "-9", ibCommissionCurrency: "EUR" } }),
    ],
  });
});
afterAll(async () => {
  await tdb?.drop();
});

const service = () => createNetWorthService({ db: tdb.db, fx: fixedFx({ "USD>EUR": "0.9" }), now: () => NOW });

describe("net worth service", () => {
  it("adds converted cash and holdings valued in this base currency; a value fixed in another base is listed, not added", async () => {
    const s = await service().current(person);
    expect(s.total).toBe("1310.30"); // 1000.00 + 200.00 × 0.9 + 130.30
    expect(Object.fromEntries(s.byClass)).toEqual({ cash: "1180.00", stock: "130.30" });
    expect(s.unvalued.map((p) => p.label)).toEqual(["OLD"]);
  });

  it("each month end counts only what was known by then", async () => {
    const r = await service().series(person, 3);
    expect(r.points.map((p) => [p.date, p.total])).toEqual([
      ["2023-12-31", "0.00"],
      ["2024-01-31", "1100.10"],
      ["2024-02-29", "1280.10"],
      ["2024-03-10", "1310.30"],
    ]);
  });

  it("splits the portfolio's change into money put in and market movement", async () => {
    const p = await service().performance(person, "2024-01-01", "2024-03-10");
    expect(p).toMatchObject({ start: "0.00", end: "130.30", change: "130.30", deposits: "90.00", market: "40.30", unconverted: [{ currency: "BTC", amount: "0.001" }] });
  });

  it("dividends net of withholding tax, fees with trade commissions, each in its period", async () => {
    const d = await service().flows(person, "dividends", "2024-01-01", "2024-03-10");
    expect(d).toMatchObject({ total: "1.836", parts: { dividend: "2.16", withholding_tax: "-0.324" }, count: 2 });
    const f = await service().flows(person, "fees", "2024-01-01", "2024-03-10");
    expect(f).toMatchObject({ total: "0.91", parts: { fee: "0.01", commission: "0.90" }, unconverted: [{ currency: "BNB", amount: "0.0004" }] });
  });
});

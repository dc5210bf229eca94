// Which snapshot rows count at a moment, decided in SQL against real
// PostgreSQL: each account's newest booked balance (an available one only where
// none is booked by then), and the whole newest holdings snapshot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsWithHoldings, cashAt, holdingsAt } from "../../src/networth/snapshots.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

const at = (s: string) => new Date(s);

describe("the snapshots a net worth is made of", () => {
  let t: TestDatabase;
  let userId: string;
  const acc: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    const u = await t.db.user.create({ data: { telegramId: 6161n, chatId: 6161n } });
    userId = u.id;
    const other = await t.db.user.create({ data: { telegramId: 6162n, chatId: 6162n } });
    const conn = await t.db.connection.create({ data: { userId, provider: "demo", label: "Demo", status: "ACTIVE" } });
    for (const key of ["giro", "card", "kraken"]) acc[key] = (await t.db.account.create({ data: { userId, connectionId: conn.id, externalId: key, name: key, currency: "EUR", type: "CHECKING" } })).id;
    const theirs = await t.db.connection.create({ data: { userId: other.id, provider: "demo", label: "Demo", status: "ACTIVE" } });
    const stranger = await t.db.account.create({ data: { userId: other.id, connectionId: theirs.id, externalId: "x", name: "x", currency: "EUR", type: "CHECKING" } });
    const cash = (accountId: string, asOf: string, amount: string, kind = "booked", owner = userId) => ({ userId: owner, accountId, asOf: at(asOf), kind, amount, currency: "EUR" });
    await t.db.balanceSnapshot.createMany({
      data: [
        cash(acc.giro!, "2024-01-31T12:00:00Z", "1000.10"),
        cash(acc.giro!, "2024-02-29T12:00:00Z", "1200.20"),
        cash(acc.giro!, "2024-03-05T12:00:00Z", "999.99", "available"),
        cash(acc.card!, "2024-02-10T12:00:00Z", "-50.05", "available"),
        cash(stranger.id, "2024-02-01T12:00:00Z", "7", "booked", other.id),
      ],
    });
    const hold = (symbol: string, asOf: string, valueBase: string) => ({ userId, accountId: acc.kraken!, symbol, quantity: "1", value: valueBase, valueBase, baseCurrency: "EUR", currency: "EUR", assetClass: "crypto", asOf: at(asOf) });
    await t.db.holding.createMany({
      data: [
        hold("BTC", "2024-01-15T10:00:00Z", "300.5"),
        hold("ETH", "2024-01-15T10:00:00Z", "100"),
        // The next snapshot no longer lists ETH: it was sold, not forgotten.
        hold("BTC", "2024-02-20T10:00:00Z", "410.25"),
      ],
    });
  });
  afterAll(() => t?.drop());

  it("takes each account's newest booked balance, available only where no booked one exists, and never another person's", async () => {
    const [march, february, january] = await cashAt(t.db, userId, [at("2024-03-10T00:00:00Z"), at("2024-02-01T00:00:00Z"), at("2024-01-01T00:00:00Z")]);
    expect(march!.map((c) => [c.accountId, c.amount, c.kind])).toEqual([
      [acc.giro, "1200.2", "booked"],
      [acc.card, "-50.05", "available"],
    ]);
    expect(february!.map((c) => c.amount)).toEqual(["1000.1"]);
    expect(january).toEqual([]);
  });

  it("takes the whole newest holdings snapshot per account at each moment", async () => {
    const [jan, feb, before] = await holdingsAt(t.db, userId, [at("2024-01-31T23:00:00Z"), at("2024-02-29T23:00:00Z"), at("2024-01-01T00:00:00Z")]);
    expect(jan!.map((h) => h.symbol)).toEqual(["BTC", "ETH"]);
    expect(feb!.map((h) => [h.symbol, h.valueBase, h.baseCurrency])).toEqual([["BTC", "410.25", "EUR"]]);
    expect(before).toEqual([]);
    expect([...(await accountsWithHoldings(t.db, userId, at("2024-01-20T00:00:00Z")))]).toEqual([acc.kraken]);
    expect(await accountsWithHoldings(t.db, userId, at("2024-01-01T00:00:00Z"))).toEqual(new Set());
  });
});

import { describe, expect, it } from "vitest";
import { cashAt, holdingsAt, monthEnds, totalsOf, type CashRow, type HoldingRow } from "../../src/networth/positions.ts";
import { endOfDay } from "../../src/networth/days.ts";

const at = (s: string) => new Date(s);
const cash = (accountId: string, asOf: string, amount: string, kind = "booked"): CashRow => ({ id: `${accountId}${asOf}${kind}`, accountId, asOf: at(asOf), kind, amount, currency: "EUR" });
const hold = (accountId: string, asOf: string, symbol: string, valueBase: string | null): HoldingRow => ({ accountId, asOf: at(asOf), symbol, assetClass: "crypto", valueBase, value: valueBase, currency: "EUR" });

describe("net worth from snapshots", () => {
  const balances = [
    cash("giro", "2024-01-31T12:00:00Z", "1000.10"),
    cash("giro", "2024-02-29T12:00:00Z", "1200.20"),
    cash("giro", "2024-03-05T12:00:00Z", "999.99", "available"),
    cash("card", "2024-02-10T12:00:00Z", "-50.05", "available"),
  ];
  const holdings = [
    hold("kraken", "2024-01-15T10:00:00Z", "BTC", "300.5"),
    hold("kraken", "2024-01-15T10:00:00Z", "ETH", "100"),
    // The next snapshot no longer lists ETH: it was sold, not forgotten.
    hold("kraken", "2024-02-20T10:00:00Z", "BTC", "410.25"),
  ];

  it("takes each account's newest booked balance, available only where no booked one exists", () => {
    expect(cashAt(balances, at("2024-03-10T00:00:00Z")).map((c) => [c.accountId, c.amount])).toEqual([
      ["giro", "1200.20"],
      ["card", "-50.05"],
    ]);
    expect(cashAt(balances, at("2024-02-01T00:00:00Z")).map((c) => c.amount)).toEqual(["1000.10"]);
  });

  it("takes the whole newest holding snapshot per account at each moment", () => {
    expect(holdingsAt(holdings, at("2024-01-31T23:00:00Z")).map((h) => h.symbol)).toEqual(["BTC", "ETH"]);
    expect(holdingsAt(holdings, at("2024-02-29T23:00:00Z")).map((h) => [h.symbol, h.valueBase])).toEqual([["BTC", "410.25"]]);
    expect(holdingsAt(holdings, at("2024-01-01T00:00:00Z"))).toEqual([]);
  });

  it("sums exactly and keeps positions without a base value out of the total, listed", () => {
    const t = totalsOf([
      { accountId: "giro", assetClass: "cash", label: "Giro", valueBase: "1200.20", currency: "EUR", amount: "1200.20" },
      { accountId: "kraken", assetClass: "crypto", label: "BTC", valueBase: "0.1", currency: "EUR", amount: "0.1" },
      { accountId: "kraken", assetClass: "crypto", label: "ETH", valueBase: "0.2", currency: "EUR", amount: "0.2" },
      { accountId: "ibkr", assetClass: "stock", label: "AAPL", valueBase: null, currency: "USD", amount: "1807.5" },
    ]);
    expect(t.total).toBe("1200.50");
    expect(Object.fromEntries(t.byClass)).toEqual({ cash: "1200.20", crypto: "0.3" });
    expect(Object.fromEntries(t.byAccount)).toEqual({ giro: "1200.20", kraken: "0.3" });
    expect(t.unvalued.map((p) => p.label)).toEqual(["AAPL"]);
  });

  it("a year of month ends ends with today", () => {
    expect(monthEnds("2024-03-10", 12)).toEqual([
      "2023-03-31", "2023-04-30", "2023-05-31", "2023-06-30", "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-10",
    ]);
  });

  it("a day ends at midnight where the person lives", () => {
    expect(endOfDay("2024-01-31", "Europe/Berlin").toISOString()).toBe("2024-01-31T22:59:59.999Z");
    expect(endOfDay("2024-07-31", "Europe/Berlin").toISOString()).toBe("2024-07-31T21:59:59.999Z");
    expect(endOfDay("2024-01-31", "America/New_York").toISOString()).toBe("2024-02-01T04:59:59.999Z");
    expect(endOfDay("2024-01-31", "Not/AZone").toISOString()).toBe("2024-01-31T23:59:59.999Z");
  });
});

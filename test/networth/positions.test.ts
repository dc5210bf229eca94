import { describe, expect, it } from "vitest";
import { monthEnds, totalsOf } from "../../src/networth/positions.ts";
import { endOfDay } from "../../src/networth/days.ts";

describe("net worth from snapshots", () => {
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

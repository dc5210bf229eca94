import { describe, expect, it } from "vitest";
import { decimalMul, toDecimal, tradeRows, transferRows } from "../../../connectors/ccxt/normalize.ts";

describe("ccxt amounts as decimal strings", () => {
  it("keeps strings exact, expands exponents and drops trailing zeros", () => {
    expect(toDecimal("1.000000000123456789")).toBe("1.000000000123456789");
    expect(toDecimal("0.78125000")).toBe("0.78125");
    expect(toDecimal(1e-7)).toBe("0.0000001");
    expect(toDecimal("2.5E-10")).toBe("0.00000000025");
    expect(toDecimal(undefined)).toBeNull();
    expect(toDecimal(Number.NaN)).toBeNull();
  });

  it("multiplies exactly and rounds half away from zero at 18 decimals", () => {
    expect(decimalMul("0.1", "0.2")).toBe("0.02");
    expect(decimalMul("0.123456789", "30123.4")).toBe("3718.9382377626");
    expect(decimalMul("0.000000000000000005", "0.1")).toBe("0.000000000000000001");
  });

  it("books a sell as coin out, quote in, and a fee in a third coin as its own row", () => {
    const rows = tradeRows({ id: "9", timestamp: Date.UTC(2026, 0, 2), symbol: "ETH/BTC", side: "sell", price: "0.05" as never, amount: "2" as never, cost: "0.1" as never, fee: { cost: "0.001" as never, currency: "BNB" } }, "Binance");
    expect(rows.map((r) => [r.externalId, r.amount, r.currency, r.bookingDate])).toEqual([
      ["trade:9:ETH", "-2", "ETH", "2026-01-02"],
      ["trade:9:BTC", "0.1", "BTC", "2026-01-02"],
      ["trade:9:fee", "-0.001", "BNB", "2026-01-02"],
    ]);
  });

  it("skips failed withdrawals and keeps pending ones as pending", () => {
    const w = { id: "w1", timestamp: Date.UTC(2026, 0, 3), currency: "USDT", amount: "10" as never, fee: { cost: "1" as never, currency: "USDT" } };
    expect(transferRows({ ...w, status: "failed" }, "withdrawal", "X")).toEqual([]);
    expect(transferRows({ ...w, status: "pending" }, "withdrawal", "X").map((r) => [r.status, r.amount])).toEqual([["pending", "-10"], ["pending", "-1"]]);
  });
});

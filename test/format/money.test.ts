import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyCompact, formatNumber, formatSignedMoney } from "../../src/format/money.ts";

// Intl separates amount and symbol with a no-break space; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("shows euros the English way with the symbol in front", () => {
    expect(formatMoney("1234.50", "EUR", "en")).toBe("€1,234.50");
  });

  it("shows euros the German way with the symbol after the number", () => {
    expect(plain(formatMoney("1234.50", "EUR", "de"))).toBe("1.234,50 €");
  });

  it("keeps every digit of amounts too large for a float", () => {
    expect(formatMoney("12345678901234.56", "EUR", "en")).toBe("€12,345,678,901,234.56");
    expect(plain(formatMoney("99999999999999999.99", "EUR", "de"))).toBe("99.999.999.999.999.999,99 €");
  });

  it("keeps small cents exact", () => {
    expect(formatMoney("0.10", "EUR", "en")).toBe("€0.10");
    expect(formatMoney("0.1", "EUR", "en")).toBe("€0.10");
    expect(plain(formatMoney("0.07", "EUR", "de"))).toBe("0,07 €");
  });

  it("rounds sub-cent digits half away from zero", () => {
    expect(formatMoney("1.005", "EUR", "en")).toBe("€1.01");
    expect(formatMoney("-1.005", "EUR", "en")).toBe("-€1.01");
  });

  it("keeps the sign of negative amounts", () => {
    expect(formatMoney("-1234.5", "GBP", "en")).toBe("-£1,234.50");
    expect(plain(formatMoney("-1234.5", "EUR", "de"))).toBe("-1.234,50 €");
  });

  it("writes each English currency the way its home audience does", () => {
    expect(formatMoney("5", "USD", "en")).toBe("$5.00");
    expect(formatMoney("5", "GBP", "en")).toBe("£5.00");
    expect(plain(formatMoney("5", "USD", "de"))).toBe("5,00 $");
  });

  it("uses the currency's own precision and shows crypto up to 8 decimals", () => {
    expect(formatMoney("1234", "JPY", "en")).toMatch(/1,234$/);
    expect(plain(formatMoney("0.12345678", "BTC", "en"))).toBe("0.12345678 BTC");
    expect(plain(formatMoney("0.5", "BTC", "en"))).toBe("0.5 BTC");
    // Intl.NumberFormat throws on four-letter codes; these are formatted without it.
    expect(plain(formatMoney("1234.5", "USDT", "de"))).toBe("1.234,5 USDT");
    expect(plain(formatMoney("0.000000000000000001", "ETH", "en"))).toBe("0 ETH");
    expect(plain(formatSignedMoney("-2.25", "USDC", "en"))).toBe("\u22122.25 USDC");
  });

  it("refuses strings that are not plain decimals", () => {
    expect(() => formatMoney("1e3", "EUR", "en")).toThrow(RangeError);
    expect(() => formatMoney("12,50", "EUR", "de")).toThrow(RangeError);
  });
});

describe("formatSignedMoney", () => {
  it("puts a plus on income and a real minus on spending", () => {
    expect(formatSignedMoney("12", "EUR", "en")).toBe("+€12.00");
    expect(plain(formatSignedMoney("-12", "EUR", "de"))).toBe("\u221212,00 €");
  });

  it("shows zero without a sign", () => {
    expect(formatSignedMoney("-0.00", "EUR", "en")).toBe("€0.00");
  });
});

describe("compact and plain numbers", () => {
  it("abbreviates large axis values", () => {
    expect(formatMoneyCompact("12000", "EUR", "en")).toBe("€12K");
    expect(plain(formatMoneyCompact("1200000", "EUR", "de"))).toBe("1,2 Mio. €");
  });

  it("groups counts in the user's locale", () => {
    expect(formatNumber("1234", "de")).toBe("1.234");
    expect(formatNumber(1234, "en")).toBe("1,234");
  });
});

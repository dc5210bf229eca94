import { describe, expect, it } from "vitest";
import {
  decimalAbs,
  decimalAdd,
  decimalCmp,
  decimalDiv,
  decimalMul,
  decimalRound,
  parseDecimal,
  decimalNeg,
  decimalPercent,
  decimalSub,
  decimalSum,
  fromMinorUnits,
  toMinorUnits,
} from "../../src/format/decimal.ts";

describe("exact decimal arithmetic", () => {
  it("adds without float error", () => {
    expect(decimalAdd("0.1", "0.2")).toBe("0.3");
    expect(decimalSum(Array.from({ length: 10 }, () => "0.10"))).toBe("1.00");
  });

  it("keeps the larger scale of its operands", () => {
    expect(decimalAdd("1.50", "2")).toBe("3.50");
    expect(decimalSub("10", "0.01")).toBe("9.99");
  });

  it("crosses zero with the right sign", () => {
    expect(decimalSub("1.00", "2.50")).toBe("-1.50");
    expect(decimalAdd("-0.05", "0.05")).toBe("0.00");
    expect(decimalAdd("-0.5", "0.25")).toBe("-0.25");
  });

  it("handles amounts beyond the float range exactly", () => {
    expect(decimalAdd("9007199254740993.01", "0.01")).toBe("9007199254740993.02");
  });

  it("compares exactly regardless of trailing zeros", () => {
    expect(decimalCmp("1.10", "1.1")).toBe(0);
    expect(decimalCmp("-2", "1")).toBe(-1);
    expect(decimalCmp("0.011", "0.01")).toBe(1);
  });

  it("negates and takes absolute values", () => {
    expect(decimalAbs("-12.30")).toBe("12.30");
    expect(decimalNeg("12.30")).toBe("-12.30");
    expect(decimalNeg("-0.5")).toBe("0.5");
  });

  it("converts to and from minor units", () => {
    expect(toMinorUnits("12.34")).toBe(1234n);
    expect(toMinorUnits("-0.5")).toBe(-50n);
    expect(toMinorUnits("7", 0)).toBe(7n);
    expect(toMinorUnits("2.345")).toBe(235n);
    expect(toMinorUnits("-2.345")).toBe(-235n);
    expect(fromMinorUnits(-5n)).toBe("-0.05");
    expect(fromMinorUnits(123456n)).toBe("1234.56");
  });

  it("rejects malformed input", () => {
    expect(() => decimalAdd("1,5", "1")).toThrow(RangeError);
    expect(() => toMinorUnits("abc")).toThrow(RangeError);
  });

  it("computes rounded percentages and none of a zero whole", () => {
    expect(decimalPercent("1", "3")).toBe("33");
    expect(decimalPercent("2", "3", 1)).toBe("66.7");
    expect(decimalPercent("-1", "8", 1)).toBe("-12.5");
    expect(decimalPercent("1", "0")).toBeNull();
  });
});

describe("multiplying and dividing for currency conversion", () => {
  it("multiplies exactly, keeping every digit", () => {
    expect(decimalMul("-12.34", "1.0921")).toBe("-13.476514");
    expect(decimalMul("0.1", "0.2")).toBe("0.02");
  });

  it("divides to a fixed scale rounding half away from zero", () => {
    expect(decimalDiv("1", "3", 4)).toBe("0.3333");
    expect(decimalDiv("2", "3", 4)).toBe("0.6667");
    expect(decimalDiv("-2", "3", 4)).toBe("-0.6667");
    expect(decimalDiv("100.00", "1.0921", 2)).toBe("91.57");
    expect(() => decimalDiv("1", "0.00", 2)).toThrow(RangeError);
  });

  it("rounds to the minor unit without padding", () => {
    expect(decimalRound("2.345", 2)).toBe("2.35");
    expect(decimalRound("-2.345", 2)).toBe("-2.35");
    expect(decimalRound("2.3", 2)).toBe("2.3");
  });

  it("reads exponents and bare fractions as DuckDB may print them", () => {
    expect(parseDecimal("1.5E-3")).toEqual({ units: 15n, scale: 4 });
    expect(parseDecimal(".5")).toEqual({ units: 5n, scale: 1 });
    expect(() => parseDecimal(".")).toThrow(RangeError);
  });
});

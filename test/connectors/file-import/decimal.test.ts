import { describe, expect, it } from "vitest";
import { addAmounts, negate, parseAmount } from "../../../src/format/decimal.ts";

describe("amounts as decimal strings", () => {
  it.each([
    ["0,10", ",", "0.10"],
    ["1.234.567,89", ",", "1234567.89"],
    ["-1.234,5", ",", "-1234.50"],
    ["12,34-", ",", "-12.34"],
    ["+7", ",", "7.00"],
    ["9007199254740993,01", ",", "9007199254740993.01"],
    ["1,234.56", ".", "1234.56"],
    ["(12.00)", ".", "-12.00"],
    ["0.123", ".", "0.123"],
    ["-0,00", ",", "0.00"],
  ] as const)("reads %s (decimal %s) as %s", (text, sep, expected) => {
    expect(parseAmount(text, sep)).toBe(expected);
  });

  it.each([["12,3x"], ["1.23,45"], ["1,2,3"], [""], ["EUR"], ["12.34"]])("refuses %s with a decimal comma", (text) => {
    expect(parseAmount(text, ",")).toBeNull();
  });

  it("adds and negates exactly beyond float precision", () => {
    expect(addAmounts("0.10", "0.20")).toBe("0.30");
    expect(addAmounts("9007199254740993.01", "-0.02")).toBe("9007199254740992.99");
    expect(addAmounts("-5.00", "3.5")).toBe("-1.50");
    expect(negate("12.00")).toBe("-12.00");
    expect(negate("-0.10")).toBe("0.10");
    expect(negate("0.00")).toBe("0.00");
  });
});

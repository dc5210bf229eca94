import { describe, expect, it } from "vitest";
import { decimal, isCalendarDate, remittanceLines } from "../../../connectors/comdirect/normalize.ts";
import { fixedWidthRemittance } from "../../fakes/comdirect/index.ts";

describe("comdirect normalize", () => {
  it("pads amounts to two decimals by string, never through a float", () => {
    expect(["7625.7", "-0.1", "50", "12345.67", "0.005", "90071992547409931.99"].map(decimal)).toEqual([
      "7625.70",
      "-0.10",
      "50.00",
      "12345.67",
      "0.005",
      "90071992547409931.99",
    ]);
  });

  it("splits numbered 37-character and unnumbered 35-character remittance windows", () => {
    expect(remittanceLines(fixedWidthRemittance(["Miete Mai", "Whg 3 links"]))).toEqual(["Miete Mai", "Whg 3 links"]);
    expect(remittanceLines(fixedWidthRemittance(["VISA Debit", "Amazon Marketplace"], false))).toEqual(["VISA Debit", "Amazon Marketplace"]);
    expect(remittanceLines("01Zeile eins\n02Zeile zwei")).toEqual(["Zeile eins", "Zeile zwei"]);
    expect(remittanceLines(null)).toEqual([]);
  });

  it("treats impossible valuta dates such as 30 February as absent", () => {
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("30.02.2026")).toBe(false);
  });
});

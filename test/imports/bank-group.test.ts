import { describe, expect, it } from "vitest";
import { germanBankGroup } from "../../src/imports/bank-group.ts";
import { germanIban } from "../../src/imports/account-identity.ts";

const of = (blz: string) => germanBankGroup(germanIban(`${blz}/1234567`));

describe("germanBankGroup: the BLZ's fourth digit", () => {
  it("5 is a Sparkasse or Landesbank", () => {
    expect(of("61150020")).toBe("Sparkasse"); // Kreissparkasse Esslingen-Nürtingen
    expect(of("10050000")).toBe("Sparkasse"); // Berliner Sparkasse
  });
  it("6 and 9 are Volks- und Raiffeisenbanken, but no Sparda- or PSD Bank", () => {
    expect(of("60090100")).toBe("Volksbank"); // Volksbank Stuttgart
    expect(of("64190110")).toBe("Volksbank");
    expect(of("70090500")).toBeNull(); // Sparda-Bank München
    expect(of("10090900")).toBeNull(); // PSD Bank
  });
  it("names no group whose members go by other names, and no other country", () => {
    expect(of("20041111")).toBeNull(); // comdirect (4: Commerzbank group)
    expect(of("10070000")).toBeNull(); // Deutsche Bank
    expect(of("12030000")).toBeNull(); // DKB
    expect(germanBankGroup("NL91ABNA0417164300")).toBeNull();
    expect(germanBankGroup(null)).toBeNull();
  });
});

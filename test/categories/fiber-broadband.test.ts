// American fiber broadband is the home's internet (utilities), as British "fibre" already is: a fiber company's
// autopay or plan ("SAMMAMISH FIBER CO … AUTOPAY", "FIBER 2 GIG"), a named provider's fiber ("ZIPLY FIBER"). Guards:
// fiber as a craft's material stays the craft's.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("fiber broadband is utilities", () => {
  it.each([
    [null, "SAMMAMISH FIBER CO DES:SAMMAMISH FIBER AUTOPAY 04/2026 ID:XXXXX20650017 INDN:JANE DOE CO ID:XXXXX28780 WEB", "utilities"],
    [null, "SAMMAMISH FIBER CO FIBER 2 GIG JULY ACCT 78114 0727 12171537 JANE DOE", "utilities"],
    [null, "ZIPLY FIBER DES:BILL PAY ID:123 WEB", "utilities"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-65.00")).toBe(category);
  });
});

describe("fiber as a material is no broadband", () => {
  it.each([["FIBER ARTS SUPPLY PORTLAND OR"], ["FIBER OPTIC CABLES DIRECT"], ["HIGH FIBER BAKERY"]])("%s is not utilities", (description) => {
    expect(categoryOf(null, description, "-30.00")).not.toBe("utilities");
  });
});

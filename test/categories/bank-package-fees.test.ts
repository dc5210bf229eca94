// A Dutch bank's charge for its account package is a bank fee, however the
// package is named ("Basic Package", "BasisPakket", "Betaalpakket", "Pakket Plus"),
// while a parcel ("pakket") sent through a courier stays a purchase.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

function category(description: string): string {
  const merchant = merchantName({ description });
  return categorize({ amount: "-1.95", description, merchant }, { rules: [] }).categoryKey;
}

describe("bank package fees", () => {
  it.each([
    "ABN AMRO Bank N.V.               Basic Package                1,95",
    "ABN AMRO Bank N.V.               BasisPakket                  1,85",
    "ABN AMRO Bank N.V.               Betaalpakket                 2,25",
    "ABN AMRO Bank N.V.               Pakket Plus                  3,35",
    "Kosten Rabo DirectPakket 12-2025",
  ])("%s is a bank fee", (text) => {
    expect(category(text)).toBe("fees");
  });

  it("a parcel is not a bank's package", () => {
    expect(category("PostNL pakket verzending")).not.toBe("fees");
  });
});

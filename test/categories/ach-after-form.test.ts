// A US payer's ACH entry words after its legal form ("HARLOW BRANDWORKS LLC ACH PMT INV HB-2207"): the clearing
// house's transfer and what it paid, not more of the name. Businesses are made up in the printed shapes of bank-formats.md §3.
import { describe, expect, it } from "vitest";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { labelOf, itLabels } from "../helpers/label-rows.ts";

describe("ACH entry words after a payer's legal form are the payment, not the name", () => {
  it.each([
    [null, "HARLOW BRANDWORKS LLC ACH PMT INV HB-2207 1029 07668098 JANE DOE", "Harlow Brandworks"],
    [null, "MAPLEGROVE DESIGN INC ACH PAYMENT 0412", "Maplegrove Design"],
    [null, "CEDARLINE STUDIO LLC ACH CREDIT INVOICE 88", "Cedarline Studio"],
  ] as [string | null, string, string][])("%s / %s → %s", (counterparty, description, name) => {
    const label = labelOf(counterparty, description);
    expect(label && merchantKey(label)).toBe(merchantKey(name));
  });
  // Guard: a name that goes on in words of its own after its form keeps them.
  itLabels([["BRIGHTWATER LLC ACHESON PARK", null, "Brightwater Acheson Park"]]);
});

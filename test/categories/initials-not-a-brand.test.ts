// A person's initials are no brand: "DR. MED. DENT. B. M" (a dentist's name cut by the card field) folds to "b m",
// which B&M's short phrases matched anywhere in a text. B&M's "b m" and "b and m" now count only as the text's first
// words, as the store prints them. Made-up practices.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const row = (counterpartyName: string | null, description: string | null, transactionType: string | null) => ({ counterpartyName, description, transactionType });
const categoryOf = (r: ReturnType<typeof row>, amount: string) => categorize({ ...r, amount, merchant: merchantLabel(r) }, { rules: [] }).categoryKey;

describe("initials after a title are no brand", () => {
  it.each([
    [row("Dr. med. dent. B. Mo", "DR. MED. DENT. B. M/HAUPTSTR. 12/BERLIN/DE 11-02-2026T09:10:00 Folgenr. 03 Verfalld. 1229", "Kartenzahlung"), "health"],
    [row(null, "Kartenzahlung PRAXIS DR. A. B. M. VOGT. 12345678//Bremen 2026-03-02T10:11:12 KFN 1 VJ 2812", "Lastschrift"), "health"],
  ])("%o → %s", (r, category) => {
    expect(categoryOf(r, "-31.20")).toBe(category);
  });
});

describe("the store's own prints stay B&M", () => {
  it.each([
    row(null, "B&M 1234 LONDON", null),
    row(null, "VIS B&M 0231 LEEDS", null),
    row("B & M 0451", null, null),
    row(null, "B AND M STORES 0044", null),
    row(null, "CARTE 12/07/26 B&M CB*1234", null),
  ])("%o", (r) => {
    expect(merchantLabel(r)).toBe("B&M");
    expect(categoryOf(r, "-12.00")).toBe("shopping");
  });
});

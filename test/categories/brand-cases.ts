// The table helpers the brand-list tests share (student-brands, retiree-brands, …): a row written as a bank prints it is
// labelled the way the write path labels it, then categorized with that label.
import { expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
export const categoryOf = (counterpartyName: string | null, description: string, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantLabel({ counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (counterparty, description, amount) is labelled as the brand and gets the category. */
export const itNames = (cases: [string | null, string, string, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s, %s", (counterpartyName, description, amount, brand, category) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(brand);
    expect(categoryOf(counterpartyName, description, amount)).toBe(category);
  });

/** Each row (counterparty, description) is labelled as the brand. */
export const itLabels = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s → %s", (counterpartyName, description, brand) => {
    expect(merchantLabel({ counterpartyName, description })).toBe(brand);
  });

/** Each row (counterparty, description) is not labelled as the brand. */
export const itKeeps = (cases: [string | null, string, string][]) =>
  it.each(cases)("%s / %s is not %s", (counterpartyName, description, brand) => {
    expect(merchantLabel({ counterpartyName, description })).not.toBe(brand);
  });

// The table helper the trade-list tests share (student-trades, retiree-trades, …): a row written as a bank prints it
// is labelled the way the write path labels it, then categorized with that label.
import { expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

/** The category the write path gives a row: labelled first, then categorized with that label. */
export const categoryOf = (transactionType: string | null, counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, transactionType, counterpartyName, description, merchant: merchantLabel({ transactionType, counterpartyName, description }) }, { rules: [] }).categoryKey;

/** Each row (booking type, counterparty, description, amount) gets the category. */
export const itCategorizes = (cases: [string | null, string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s / %s (%s) → %s", (type, counterparty, description, amount, category) => {
    expect(categoryOf(type, counterparty, description, amount)).toBe(category);
  });

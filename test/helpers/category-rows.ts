// Rows as a test writes them ([counterparty, description, amount, type]) filed the way the write path files them:
// labelled first, then categorized with that label and no rules.
import { expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

export type CategoryRow = [counterpartyName: string | null, description: string | null, amount: string, transactionType?: string];

/** The category the write path gives a row. */
export function categoryOf([counterpartyName, description, amount, transactionType]: CategoryRow): string {
  const merchant = merchantLabel({ counterpartyName, description });
  return categorize({ amount, counterpartyName, description, merchant, transactionType: transactionType ?? null }, { rules: [] }).categoryKey;
}

/** One test per row, each expected in `category`. */
export const itFiles = (category: string, rows: CategoryRow[]) =>
  it.each(rows)("%s / %s (%s) → " + category, (...row) => {
    expect(categoryOf(row as CategoryRow)).toBe(category);
  });

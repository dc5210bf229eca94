// Rows as label tests write them ([counterparty, description, …]): the name merchantName reads, and the category the
// write path gives the row once it is labelled so (no rules).
import { expect, it } from "vitest";
import { merchantName } from "../../src/categories/merchant-name.ts";
import { categorize } from "../../src/categories/categorize.ts";

export const labelOf = (counterpartyName: string | null, description: string | null) => merchantName({ counterpartyName, description });

/** The category the write path gives a row: labelled first, then categorized with that label. */
export const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: labelOf(counterpartyName, description) }, { rules: [] }).categoryKey;

export const itLabels = (cases: [string | null, string | null, string][]) =>
  it.each(cases)("%s / %s → %s", (counterparty, description, label) => {
    expect(labelOf(counterparty, description)).toBe(label);
  });

export const itCategorizes = (cases: [string | null, string | null, string, string][]) =>
  it.each(cases)("%s / %s (%s) → %s", (counterparty, description, amount, category) => {
    expect(categoryOf(counterparty, description, amount)).toBe(category);
  });

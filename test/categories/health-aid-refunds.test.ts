// A civil servant's state health aid (Beihilfe) pays back part of medical bills already paid: a refund, not earnings;
// the same pay office's salary stays salary, and another office's aid by the bare word "Beihilfe" is not read as one.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const categoryOf = (transactionType: string | null, counterpartyName: string | null, description: string | null, amount: string) => {
  const merchant = merchantLabel({ transactionType, counterpartyName, description });
  return categorize({ amount, transactionType, counterpartyName, description, merchant }, { rules: [] }).categoryKey;
};

describe("Beihilfe reimbursements", () => {
  it.each([
    ["Income", "NLBV Beihilfestelle", "Beihilfe Bescheid 08/2025 Beihilfe-Nr 83-214711", "356.98", "refunds"],
    ["SEPA-Gutschrift", "NLBV Beihilfestelle", "Beihilfeerstattung Antrag Mai BNr 83-214711", "258.47", "refunds"],
    ["Transfer", null, "Payment from NLBV Beihilfestelle", "588.97", "refunds"],
    ["Gutschrift", "Landesamt fuer Finanzen", "Beihilfeabrechnung vom 12.03.2026 Az 4471", "412.10", "refunds"],
    ["Income", "NLBV Bezuegestelle", "Dienstbezuege 04/2026 PersNr 8302147 A13", "4912.91", "salary"],
    ["Gutschrift", "Bundesagentur fuer Arbeit", "Beihilfe Reisekosten", "80.00", "income_other"],
  ])("%s / %s / %s (%s) → %s", (type, counterparty, description, amount, category) => {
    expect(categoryOf(type, counterparty, description, amount)).toBe(category);
  });
});

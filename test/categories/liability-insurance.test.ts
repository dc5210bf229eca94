// Professional liability cover, as nurses, doctors and tradespeople pay it: a German compound of "Haftpflicht"
// ("Berufshaftpflicht", "Praxishaftpflicht") and the English "PROF LIABILITY" are insurance. Made-up payees.
import { describe, expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

const categoryOf = (counterpartyName: string | null, description: string | null, amount: string) =>
  categorize({ amount, counterpartyName, description, merchant: merchantName({ counterpartyName, description }) }, { rules: [] }).categoryKey;

describe("professional liability cover is insurance", () => {
  it.each([
    ["Heilberufe Assekuranz Makler GmbH", "Berufshaftpflicht 2026 Vertrag 88120", "-96.40"],
    ["Kanzlei Brandt Versicherungsmakler", "Beitrag Tierhalterhaftpflicht 03/2026", "-7.90"],
    [null, "CARE WORKERS GUILD CGW PROF LIABILITY 771204", "-12.30"],
    [null, "MEDIGUARD MALPRACTICE INS 0925 JANE DOE", "-210.00"],
  ])("%s / %s", (counterparty, description, amount) => {
    expect(categoryOf(counterparty, description, amount)).toBe("insurance");
  });

  it("a payout that names liability is not a premium", () => {
    expect(categoryOf(null, "LIABILITY CLAIM SETTLEMENT 4471", "250.00")).not.toBe("insurance");
  });
});

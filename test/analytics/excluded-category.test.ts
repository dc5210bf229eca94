import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;

beforeAll(async () => {
  s = await seedAnalytics((acct) => [
    { accountId: acct, date: "2026-10-01", amount: "-1650.00", category: "rent", description: "HALLAM ESTATES LTD RENT", counterparty: null },
    { accountId: acct, date: "2026-10-05", amount: "-54.00", category: "groceries", description: "TESCO STORES 3021", counterparty: "Tesco" },
    { accountId: acct, date: "2026-10-07", amount: "-12.99", category: "shopping", description: "AMAZON.CO.UK", counterparty: "Amazon" },
    { accountId: acct, date: "2026-10-09", amount: "-200.00", category: "transfers", description: "To savings", counterparty: "Me" },
    { accountId: acct, date: "2026-10-10", amount: "-8.00", category: null, description: "SOMETHING", counterparty: null },
    // A card bill with no other half on file: a search by name counts it as money paid there.
    { accountId: acct, date: "2026-10-22", amount: "-310.00", category: "transfers", description: "AMEX CREDIT CARD PAYMENT", counterparty: "American Express" },
  ]);
  ask = totalAsker(s.analytics, s.userId, "2026-11-30");
});

afterAll(async () => {
  await s?.close();
});

describe("spending with a category left out", () => {
  it("is every spending row but that category's, uncategorised rows kept", async () => {
    expect(await ask("how much did i spend last month", "en")).toBe("1724.99");
    expect(await ask("how much did i spend last month except rent", "en")).toBe("74.99");
    expect(await ask("how much did i spend in total last month excluding transfers between my accounts", "en")).toBe("1724.99");
  });

  it("rent and groceries left out together, and the card bills with the transfers", async () => {
    expect(await ask("how much did i spend last month except rent and groceries", "en")).toBe("20.99");
    expect(await ask("spending last month not counting the credit card payment and transfers between my accounts", "en")).toBe("1724.99");
  });

  it("a name searched without the card bills leaves the unmatched bill out", async () => {
    expect(await ask("how much did i pay to american express last month", "en")).toBe("310.00");
    expect(await ask("how much did i pay to american express last month excluding card bills", "en")).toBe("0.00");
  });
});

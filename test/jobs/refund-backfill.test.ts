// Refunds stored before refunds named their shop's category learn it in the
// background at start: against real PostgreSQL and the real analytics engine,
// the answer to "spending on shopping" nets the old refund once the job ran.
// Choices a person made are not touched; an unknown shop stays unknown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analytics } from "../../src/analytics/engine.ts";
import { seedAnalytics, type SeededAnalytics } from "../analytics/seeded-analytics.ts";
import { backfillRefundCategories } from "../../src/jobs/refund-backfill.ts";

let seeded: SeededAnalytics;
const today = "2025-03-20";
const march = { from: "2025-03-01", to: "2025-03-31" };

beforeAll(async () => {
  seeded = await seedAnalytics((acc) => [
    { accountId: acc, date: "2025-03-03", amount: "-80.00", counterparty: "Zalando SE", merchant: "Zalando", category: "shopping" },
    // Written by an older release: a refund with no shop category.
    { accountId: acc, date: "2025-03-10", amount: "30.00", counterparty: "Zalando SE", merchant: "Zalando", description: "Gutschrift Retoure", category: "refunds" },
    { accountId: acc, date: "2025-03-11", amount: "12.00", counterparty: "Lena Hoffmann", description: "Erstattung Konzertkarte", category: "refunds" },
    { accountId: acc, date: "2025-03-12", amount: "9.00", counterparty: "Thalia Buecher GmbH", description: "Erstattung", category: "refunds" },
  ]);
  // The last one the person filed under Refunds by hand.
  await seeded.db.transaction.updateMany({ where: { userId: seeded.userId, amount: "9.00" }, data: { categorySource: "user" } });
});

afterAll(async () => {
  await seeded?.close();
});

const ask = (spec: Parameters<Analytics["query"]>[1]) => seeded.analytics.query(seeded.userId, spec, { today });
const refundOf = async (amount: string) => (await seeded.db.transaction.findFirstOrThrow({ where: { userId: seeded.userId, amount } })).refundOfKey;

describe("backfillRefundCategories", () => {
  it("nets an old refund against its shop's category once it ran, and leaves the rest", async () => {
    // Before: the refund stands apart, shopping is the whole purchase.
    expect((await ask({ measure: "spending", filters: { period: march, categories: ["shopping"] } })).rows[0]?.value).toBe("80.00");

    expect(await backfillRefundCategories(seeded.db)).toBe(1);

    expect(await refundOf("30.00")).toBe("shopping");
    expect(await refundOf("12.00")).toBeNull();
    expect(await refundOf("9.00")).toBeNull();
    expect((await ask({ measure: "spending", filters: { period: march, categories: ["shopping"] } })).rows[0]?.value).toBe("50.00");
  });

  it("finds nothing more to do when run again", async () => {
    expect(await backfillRefundCategories(seeded.db)).toBe(0);
  });

  it("writes nothing once asked to stop (at shutdown)", async () => {
    await seeded.db.transaction.updateMany({ where: { userId: seeded.userId, amount: "30.00" }, data: { refundOfKey: null } });
    expect(await backfillRefundCategories(seeded.db, () => true)).toBe(0);
    expect(await refundOf("30.00")).toBeNull();
  });
});

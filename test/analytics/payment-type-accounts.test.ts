// "How much went out by direct debit": only a bank whose export has a payment-type column says which rows were
// direct debits. An account whose file has none is named in the answer, not counted as 0.00, and the figure
// comes from the accounts that have the column.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { createTestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser } from "./seed.ts";

const today = "2026-11-20";

describe("direct debits and standing orders on accounts without a payment type", () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let analytics: Analytics;
  let both: string;
  let untypedOnly: string;
  let accounts: { id: string; name: string }[];

  beforeAll(async () => {
    t = await createTestDatabase();
    analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
    // Monzo types its rows; the Lloyds file has no type column.
    const ada = await seedUser(t.db, { baseCurrency: "GBP" });
    const monzo = await seedAccount(t.db, ada, "Monzo Current", "GBP");
    const lloyds = await seedAccount(t.db, ada, "Lloyds Classic", "GBP");
    await seedTx(t.db, ada, [
      { accountId: monzo, date: "2026-10-01", amount: "-42.00", currency: "GBP", counterparty: "Octopus Energy", transactionType: "Direct Debit" },
      { accountId: monzo, date: "2026-10-03", amount: "-12.50", currency: "GBP", counterparty: "Pret A Manger", transactionType: "Card payment" },
      { accountId: lloyds, date: "2026-10-05", amount: "-98.00", currency: "GBP", counterparty: "Thames Water", description: "THAMES WATER" },
    ]);
    both = ada.userId;
    accounts = [{ id: monzo, name: "Monzo Current" }, { id: lloyds, name: "Lloyds Classic" }];
    const ben = await seedUser(t.db);
    const ing = await seedAccount(t.db, ben, "ING Girokonto");
    await seedTx(t.db, ben, [{ accountId: ing, date: "2026-10-02", amount: "-60.00", counterparty: "Stadtwerke Köln", description: "Abschlag Strom" }]);
    untypedOnly = ben.userId;
  });
  afterAll(async () => {
    await analytics?.close();
    await t?.drop();
  });

  const answer = async (userId: string, q: string, locale: "en" | "de") => {
    const r = parseQuestion(q, { today, locale, merchants: [], accounts: userId === both ? accounts : [] });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    const result = await analytics.query(userId, r.spec, { today, locale });
    return { result, text: htmlToPlain(presentResult(result, locale).html) };
  };

  it("answers from the typed account and names the one whose export gives no payment type", async () => {
    const { result, text } = await answer(both, "how much went out by direct debit last month", "en");
    expect(result.total).toEqual([{ value: "42.00", count: 1, currency: "GBP" }]);
    expect(result.untyped).toEqual({ accounts: [expect.objectContaining({ name: "Lloyds Classic" })], typed: 1 });
    expect(text).toContain("£42.00");
    expect(text).toMatch(/Lloyds Classic.*no payment type/);
    expect(text).not.toMatch(/Monzo Current.*no payment type/);
  });

  it("gives no 0.00 when no account in scope says the payment type, only why", async () => {
    const { text } = await answer(untypedOnly, "Lastschriften im Oktober", "de");
    expect(text).toMatch(/ING Girokonto.*keine Zahlungsart/);
    expect(text).not.toMatch(/0,00/);
    const en = await answer(untypedOnly, "standing orders last month", "en");
    expect(en.text).toMatch(/ING Girokonto.*no payment type/);
    expect(en.text).not.toMatch(/0\.00/);
  });

  it("says nothing of payment types when every account in scope has them", async () => {
    const { result, text } = await answer(both, "total direct debits last month on monzo", "en");
    expect(result.spec.filters.accounts).toEqual([accounts[0]!.id]);
    expect(text).toContain("£42.00");
    expect(text).not.toMatch(/no payment type/);
  });

  it("says nothing of payment types for a question that is not about them", async () => {
    const { result } = await answer(both, "spending last month", "en");
    expect(result.untyped).toBeUndefined();
  });
});

// UK council tax direct debits name the council in the bank's short forms:
// "LB CAMDEN CTAX" is the London Borough of Camden, "RB KINGSTON" the Royal
// Borough of Kingston. Each is one payee under the name the council goes by,
// filed under taxes, so "council tax" and "camden council" find it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { groupKey, labelKey } from "../../src/analytics/merchant-keys.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "../analytics/seed.ts";

const label = (text: string) => merchantLabel({ merchant: null, counterpartyName: text, description: null });
const category = (text: string) => categorize({ amount: "-150.00", counterpartyName: text, transactionType: "DD" }, { rules: [] }).categoryKey;

describe("a council's short forms", () => {
  it.each([
    ["LB CAMDEN CTAX", "Camden Council"],
    ["LB CAMDEN", "Camden Council"],
    ["LB OF CAMDEN CTAX 60123456", "Camden Council"],
    ["COUNCIL TAX LB CAMDEN", "Camden Council"],
    ["LB HAMMERSMITH CTAX", "Hammersmith and Fulham Council"],
    ["LBHF COUNCIL TAX", "Hammersmith and Fulham Council"],
    ["RB KINGSTON CTAX", "Kingston Council"],
    ["RBKC COUNCIL TAX", "Kensington and Chelsea Council"],
    ["LB SOMEWHERE C TAX", "Somewhere Council"],
    ["BRISTOL CITY COUNCIL C TAX", "Bristol City Council"],
    ["MANCHESTER CC CTAX 60012345", "Manchester City Council"],
    ["WOKING BC COUNCIL TAX", "Woking Borough Council"],
    ["KIRKLEES CTAX 33044172", "Kirklees Council"],
    ["BRIGHTON & HOVE CITY COUNCIL", "Brighton & Hove City Council"],
    // A county's everyday short form, written out as the council calls itself.
    ["NORTH NORTHANTS COUNCIL COUNCIL TAX JANUARY 83221447", "North Northamptonshire Council"],
    ["WEST LANCS COUNCIL TAX", "West Lancashire Council"],
  ])("%s is %s, filed under taxes", (text, name) => {
    expect(label(text)).toBe(name);
    expect(category(text)).toBe("taxes");
  });

  it.each([["LB GROUP LTD"], ["RBS"], ["MANCHESTER CC"]])("%s is no council", (text) => {
    expect(label(text)).not.toMatch(/Council/);
    expect(category(text)).not.toBe("taxes");
  });

  it("keeps a council apart from a shop named after the same place", () => {
    expect(groupKey(labelKey("LB CAMDEN CTAX"))).not.toBe(groupKey(labelKey("Camden Market")));
    expect(groupKey(labelKey("LB CAMDEN CTAX"))).toBe(groupKey(labelKey("CAMDEN COUNCIL TAX")));
  });
});

describe("questions about council tax", () => {
  const today = "2026-11-22";
  const rows = [
    { date: "2026-01-06", amount: "-165.00", counterparty: "LB CAMDEN", description: "DD 60123456" },
    { date: "2026-04-06", amount: "-172.00", counterparty: "LB CAMDEN CTAX", description: "60123456" },
    { date: "2026-05-06", amount: "-172.00", counterparty: "COUNCIL TAX LB CAMDEN", description: null },
  ];
  const other = [
    { date: "2026-02-01", amount: "-640.00", counterparty: "HMRC SELF ASSESSMENT", description: "TAX YEAR 2025" },
    { date: "2026-03-14", amount: "-18.00", counterparty: "CAMDEN MARKET", description: null },
  ];
  const cents = (a: string) => -Number.parseInt(a.replace(".", ""), 10);
  const want = rows.reduce((s, r) => s + cents(r.amount), 0);
  const money = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, "0")}`;
  let t: TestDatabase;
  let analytics: Analytics;
  let user: SeededUser;
  let labels: string[];

  beforeAll(async () => {
    t = await createTestDatabase();
    analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
    user = await seedUser(t.db, { baseCurrency: "GBP" });
    const acc = await seedAccount(t.db, user, "Lloyds", "GBP");
    const txs = [...rows, ...other].map((r) => {
      const fields = { counterpartyName: r.counterparty, description: r.description, transactionType: "DD" };
      return {
        accountId: acc, date: r.date, amount: r.amount, currency: "GBP", counterparty: r.counterparty, description: r.description,
        merchant: merchantLabel({ merchant: null, ...fields }),
        category: categorize({ amount: r.amount, ...fields }, { rules: [] }).categoryKey,
      };
    });
    labels = [...new Set(txs.map((x) => x.merchant).filter((m): m is string => m !== null))];
    await seedTx(t.db, user, txs);
  });

  afterAll(async () => {
    await analytics?.close();
    await t?.drop();
  });

  it.each(["council tax this year", "camden council this year"])("%s counts every Camden council tax payment and nothing else", async (q) => {
    const r = parseQuestion(q, { today, locale: "en", merchants: labels, accounts: [] });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    const result = await analytics.query(user.userId, r.spec, { today });
    expect(result.total).toEqual([{ value: money(want), count: rows.length, currency: "GBP" }]);
  });
});

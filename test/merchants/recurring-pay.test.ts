// Pay that names only the employer becomes salary once the same company has
// paid a like amount in two different months, through the real import write
// path on the real PostgreSQL. People, insurers, one-off payments and unlike
// amounts stay other income. Expected figures are summed from the rows here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ingestRows } from "../helpers/ingest.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { tx } from "../fakes/fake-connector.ts";
import { PAY_SOURCE, withRecurringPay } from "../../src/merchants/recurring-pay.ts";

let t: TestDatabase;
let h: Harness;

const app = { iban: "LT601010012345678901", name: "App account", currency: "EUR", kind: "CHECKING" } as const;
const from = (date: string, amount: string, payer: string) => tx(null, date, amount, { counterpartyName: null, description: `Payment from ${payer}` });
// A hospital the dictionary knows by its kind, paying in by transfer: the dictionary files it as other income.
const byTransfer = (date: string, amount: string, payer: string) => ({ ...from(date, amount, payer), transactionType: "Transfer" });

const september: NormalizedTransaction[] = [
  from("2026-09-28", "3650.24", "Brennecke Lasertechnik GmbH"),
  from("2026-09-15", "450.00", "Jana Roth"),
  from("2026-09-20", "820.00", "Nordlicht Lebensversicherung AG"),
  from("2026-09-21", "1200.00", "Autohaus Kessler GmbH"),
  from("2026-09-25", "2000.00", "Falk Consulting Ltd"),
  byTransfer("2026-09-27", "3104.18", "Klinikum Lindenberg gGmbH"),
];
const october: NormalizedTransaction[] = [
  from("2026-10-28", "3702.10", "Brennecke Lasertechnik GmbH"),
  from("2026-10-15", "450.00", "Jana Roth"),
  from("2026-10-20", "820.00", "Nordlicht Lebensversicherung AG"),
  // An invoice paid twice as large as the month before is no like payment.
  from("2026-10-25", "4400.00", "Falk Consulting Ltd"),
  byTransfer("2026-10-27", "2987.40", "Klinikum Lindenberg gGmbH"),
];

const categoryOf = async (description: string) => {
  const rows = await t.db.transaction.findMany({ where: { userId: h.userId, description }, include: { category: true }, orderBy: { bookingDate: "asc" } });
  return rows.map((r) => [r.category?.key, r.categorySource]);
};

beforeAll(async () => {
  t = await createTestDatabase();
  h = await createHarness({ tdb: t, categorize: (await import("../../src/categories/sync-categorizer.ts")).categorizeForSync });
  await t.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: h.userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  // Two statements, a month apart: the second month makes the first one pay too.
  await ingestRows(t.db, h.userId, app, september);
  await ingestRows(t.db, h.userId, app, october);
});

afterAll(async () => {
  await t?.drop();
});

describe("pay that names only the employer", () => {
  it("a company paying a like amount in two months is an employer, both months", async () => {
    expect(await categoryOf("Payment from Brennecke Lasertechnik GmbH")).toEqual([["salary", PAY_SOURCE], ["salary", PAY_SOURCE]]);
    const salary = await t.db.transaction.findMany({ where: { userId: h.userId, category: { key: "salary" } } });
    const cents = salary.reduce((a, r) => a + Math.round(Number(r.amount.toString()) * 100), 0);
    expect(cents).toBe(365024 + 370210 + 310418 + 298740);
  });

  it("a hospital or shop the dictionary knows, paying in by transfer month after month, is an employer too", async () => {
    expect(await categoryOf("Payment from Klinikum Lindenberg gGmbH")).toEqual([["salary", PAY_SOURCE], ["salary", PAY_SOURCE]]);
  });

  it("does not make a person, an insurer, a single payment or unlike amounts pay", async () => {
    for (const payer of ["Jana Roth", "Nordlicht Lebensversicherung AG", "Autohaus Kessler GmbH", "Falk Consulting Ltd"]) {
      for (const [key, source] of await categoryOf(`Payment from ${payer}`)) expect([key, source], payer).not.toEqual(["salary", PAY_SOURCE]);
    }
  });
});

describe("withRecurringPay (in memory, as the corpus scores it)", () => {
  it("needs a legal form, two months and like amounts", () => {
    const row = (key: string, text: string, minor: bigint, month: string, category = "income_other") => ({ key, text, minor, month, category, source: "fallback" });
    expect(
      withRecurringPay([
        row("acme", "ACME LOGISTICS LTD BGC", 245000n, "2026-09"),
        row("acme", "ACME LOGISTICS LTD BGC", 251000n, "2026-10"),
        row("acme", "ACME LOGISTICS LTD BGC", 20000n, "2026-10"),
        row("roth", "Jana Roth", 45000n, "2026-09"),
        row("roth", "Jana Roth", 45000n, "2026-10"),
        row("solo", "Solo Trading GmbH", 300000n, "2026-09"),
        row("solo", "Solo Trading GmbH", 300000n, "2026-09"),
      ]),
    ).toEqual(["salary", "salary", "income_other", "income_other", "income_other", "income_other", "income_other"]);
  });

  it("takes other income the dictionary gave a known payer, not a refund", () => {
    const row = (source: string, category: string, month: string) => ({ key: "klinikum", text: "Payment from Klinikum Lindenberg gGmbH", minor: 310000n, month, category, source });
    expect(withRecurringPay([row("dictionary", "income_other", "2026-09"), row("dictionary", "income_other", "2026-10")])).toEqual(["salary", "salary"]);
    expect(withRecurringPay([row("dictionary", "refunds", "2026-09"), row("dictionary", "refunds", "2026-10")])).toEqual(["refunds", "refunds"]);
  });
});

// A payment nothing in its text places takes its merchant's usual category,
// through the real import write path on the real PostgreSQL: rent paid from an
// app that prints only "To <landlord>" is rent when the landlord's payments
// from the other bank say "Miete", whichever statement comes first. A merchant
// with too few or mixed placed payments, money in, and a choice made by hand
// stay as they are; pay into an app account that names only the employer is salary the
// same way. Amounts are summed here from the rows, not read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";
import { createCorrectionService } from "../../src/categories/correction-service.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ingestRows } from "../helpers/ingest.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { tx } from "../fakes/fake-connector.ts";
import { withUsualCategories, USUAL_SOURCE } from "../../src/merchants/usual-category.ts";

let t: TestDatabase;
let h: Harness;

const giro = { iban: "DE89370400440532013000", name: "Girokonto", currency: "EUR", kind: "CHECKING" } as const;
const app = { iban: "LT601010012345678901", name: "App account", currency: "EUR", kind: "CHECKING" } as const;

const appRows: NormalizedTransaction[] = [
  // Nothing but the payee: the app prints "To <name>".
  tx(null, "2026-09-01", "-893.32", { counterpartyName: null, description: "To Gerhard Pohlmann" }),
  tx(null, "2026-09-05", "-40.00", { counterpartyName: null, description: "To Lena Hoffmann" }),
  tx(null, "2026-09-06", "-25.00", { counterpartyName: null, description: "To Jonas Weber" }),
  tx(null, "2026-09-07", "-12.00", { counterpartyName: null, description: "To Mira Roth" }),
  tx(null, "2026-09-08", "50.00", { counterpartyName: null, description: "From Gerhard Pohlmann" }),
  // Pay into the app account: the employer's name and nothing else.
  tx(null, "2026-09-28", "2900.00", { counterpartyName: null, description: "Payment from Kessler Anlagenbau GmbH" }),
  // A new employer: one payslip row on the giro names the pay.
  tx(null, "2026-10-30", "3100.00", { counterpartyName: null, description: "Payment from Brandt Logistik AG" }),
  // One refund from a shop is no habit for its other money in.
  tx(null, "2026-10-30", "80.00", { counterpartyName: null, description: "Payment from Kramer Consulting GmbH" }),
];
const giroRows: NormalizedTransaction[] = [
  tx(null, "2026-10-01", "-893.32", { counterpartyName: "Gerhard Pohlmann", description: "Miete 10/2026 Whg. 3" }),
  tx(null, "2026-11-01", "-893.32", { counterpartyName: "Gerhard Pohlmann", description: "Miete 11/2026 Whg. 3" }),
  // One placed payment is not a habit.
  tx(null, "2026-10-05", "-600.00", { counterpartyName: "Lena Hoffmann", description: "Miete Stellplatz" }),
  // Two placed payments that disagree are not a habit either.
  tx(null, "2026-10-06", "-30.00", { counterpartyName: "Jonas Weber", description: "Miete Garage" }),
  tx(null, "2026-10-07", "-30.00", { counterpartyName: "Jonas Weber", description: "Spende Sportverein" }),
  tx(null, "2026-10-08", "-450.00", { counterpartyName: "Mira Roth", description: "Miete 10/2026" }),
  tx(null, "2026-11-08", "-450.00", { counterpartyName: "Mira Roth", description: "Miete 11/2026" }),
  tx(null, "2026-10-28", "2900.00", { counterpartyName: "Kessler Anlagenbau GmbH", description: "Gehalt 10/2026" }),
  tx(null, "2026-11-28", "2900.00", { counterpartyName: "Kessler Anlagenbau GmbH", description: "Gehalt 11/2026" }),
  tx(null, "2026-11-27", "3100.00", { counterpartyName: "Brandt Logistik AG", description: "Gehalt 11/2026" }),
  tx(null, "2026-11-03", "45.00", { counterpartyName: "Kramer Consulting GmbH", description: "Erstattung Auslagen Rechnung 4471" }),
];

const categoryOf = async (description: string) => {
  const row = await t.db.transaction.findFirstOrThrow({ where: { userId: h.userId, description }, include: { category: true }, orderBy: { bookingDate: "asc" } });
  return [row.category?.key, row.categorySource];
};

beforeAll(async () => {
  t = await createTestDatabase();
  h = await createHarness({ tdb: t, categorize: (await import("../../src/categories/sync-categorizer.ts")).categorizeForSync });
  await t.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: h.userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  // The app's statement first: nothing is known about the payees yet.
  await ingestRows(t.db, h.userId, app, appRows);
  // The person files the payment to Mira Roth as "other" by hand before the bank's statement arrives.
  const mira = await t.db.transaction.findFirstOrThrow({ where: { userId: h.userId, description: "To Mira Roth" } });
  await createCorrectionService(t.db).setCategory(h.userId, mira.id, "other");
  await ingestRows(t.db, h.userId, giro, giroRows);
});

afterAll(async () => {
  await t?.drop();
});

describe("a merchant's usual category", () => {
  it("places the earlier payment from the other account once the landlord's payments say Miete", async () => {
    expect(await categoryOf("To Gerhard Pohlmann")).toEqual(["rent", USUAL_SOURCE]);
    const rent = await t.db.transaction.findMany({ where: { userId: h.userId, category: { key: "rent" }, bookingDate: { gte: new Date("2026-09-01"), lt: new Date("2026-12-01") } } });
    const cents = rent.filter((r) => r.merchant === "Gerhard Pohlmann").reduce((a, r) => a + Math.round(Number(r.amount.toString()) * 100), 0);
    expect(cents).toBe(-3 * 89332);
  });

  it("places pay that arrived as 'Payment from <employer>' once the employer's other payments say Gehalt", async () => {
    expect(await categoryOf("Payment from Kessler Anlagenbau GmbH")).toEqual(["salary", USUAL_SOURCE]);
  });

  it("takes one payslip row as enough for pay, but one refund as no habit", async () => {
    expect(await categoryOf("Payment from Brandt Logistik AG")).toEqual(["salary", USUAL_SOURCE]);
    expect((await categoryOf("Payment from Kramer Consulting GmbH"))[0]).toBe("income_other");
  });

  it("leaves a merchant with one placed payment, or with placed payments that disagree", async () => {
    expect((await categoryOf("To Lena Hoffmann"))[0]).toBe("other");
    expect((await categoryOf("To Jonas Weber"))[0]).toBe("other");
  });

  it("never touches money in or a category chosen by hand", async () => {
    expect((await categoryOf("From Gerhard Pohlmann"))[0]).not.toBe("rent");
    expect(await categoryOf("To Mira Roth")).toEqual(["other", "user"]);
  });

  it("places a new payment from the habit already stored", async () => {
    await ingestRows(t.db, h.userId, app, [tx(null, "2026-11-02", "-893.32", { counterpartyName: null, description: "To Gerhard Pohlmann" })]);
    const row = await t.db.transaction.findFirstOrThrow({ where: { userId: h.userId, description: "To Gerhard Pohlmann", bookingDate: new Date("2026-11-02") }, include: { category: true } });
    expect([row.category?.key, row.categorySource]).toEqual(["rent", USUAL_SOURCE]);
  });
});

describe("withUsualCategories (in memory, as the corpus scores it)", () => {
  it("needs two placed payments (one for pay) and three fifths of them, in the row's own direction", () => {
    const row = (key: string, category: string, out = true, source = "fallback") => ({ key, category, source, out });
    const rows = [
      row("a", "rent"), row("a", "rent"), row("a", "other"),
      row("b", "rent"), row("b", "other"),
      row("c", "rent"), row("c", "shopping"), row("c", "other"),
      row("d", "salary", false), row("d", "salary", false), row("d", "income_other", false), row("d", "other"),
      row("e", "rent"), row("e", "rent"), row("e", "other", true, "user"),
      row("f", "salary", false), row("f", "income_other", false),
      row("g", "refunds", false), row("g", "income_other", false),
    ];
    expect(withUsualCategories(rows)).toEqual([
      "rent", "rent", "rent",
      "rent", "other",
      "rent", "shopping", "other",
      "salary", "salary", "salary", "other",
      "rent", "rent", "other",
      "salary", "salary",
      "refunds", "income_other",
    ]);
  });

  it("a bank's cash machine rows do not make its other unplaced rows withdrawals; an ATM operator's do", () => {
    const row = (key: string, category: string) => ({ key, category, source: "fallback", out: true });
    expect(withUsualCategories([row("volksbank", "cash"), row("volksbank", "cash"), row("volksbank", "other")])).toEqual(["cash", "cash", "other"]);
    expect(withUsualCategories([row("kreissparkasse", "cash"), row("kreissparkasse", "cash"), row("kreissparkasse", "other")])).toEqual(["cash", "cash", "other"]);
    expect(withUsualCategories([row("geldmaat", "cash"), row("geldmaat", "cash"), row("geldmaat", "other")])).toEqual(["cash", "cash", "cash"]);
  });
});

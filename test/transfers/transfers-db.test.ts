// A transfer from the checking account at one bank to the person's savings
// account at another (two imports, two connections) is neither spending nor
// income in an answer; amounts are computed here from the rows, not read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { TAXONOMY, CATEGORY_KEYS } from "../../src/categories/taxonomy.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import { createCorrectionService } from "../../src/categories/correction-service.ts";
import { createQaService, type QaService } from "../../src/qa/index.ts";
import { listTransfers } from "../../src/transfers/list-transfers.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { formatMoney } from "../../src/format/money.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ingestRows } from "../helpers/ingest.ts";
import { createHarness, type Harness } from "../sync/harness.ts";
import { tx } from "../fakes/fake-connector.ts";

const CHECKING_IBAN = "DE89370400440532013000";
const SAVINGS_IBAN = "DE02120300000000202051";

let t: TestDatabase;
let h: Harness;
let analytics: Analytics;
let qa: QaService;

const checkingRows: NormalizedTransaction[] = [
  tx(null, "2026-09-01", "3000.00", { counterpartyName: "ACME GmbH", description: "LOHN/GEHALT 09/2026" }),
  tx(null, "2026-09-03", "-80.00", { counterpartyName: "REWE Markt GmbH", description: "Kartenzahlung" }),
  tx(null, "2026-09-10", "-45.50", { counterpartyName: "EDEKA", description: "Kartenzahlung" }),
  // The transfer: nothing in the text says so, only the other bank's statement.
  tx(null, "2026-09-15", "-500.00", { counterpartyName: "Max Mustermann", description: "Überweisung" }),
  // Paid to the savings IBAN; its arrival is not in the savings file.
  tx(null, "2026-09-20", "-75.00", { counterpartyName: "Max Mustermann", counterpartyIban: "DE02 1203 0000 0000 2020 51", description: "Überweisung" }),
  // The person files this one by hand before the savings file comes in.
  tx(null, "2026-09-22", "-300.00", { counterpartyName: "M. Mustermann", description: "Überweisung" }),
];
const savingsRows: NormalizedTransaction[] = [
  tx(null, "2026-09-17", "500.00", { counterpartyName: "Max Mustermann", description: "Gutschrift" }),
  tx(null, "2026-09-23", "300.00", { counterpartyName: "Max Mustermann", description: "Gutschrift" }),
  tx(null, "2026-09-30", "1.23", { counterpartyName: "Bank B", description: "Zinsen" }),
];

const sum = (amounts: string[]) => (amounts.reduce((a, s) => a + Math.round(Number(s) * 100), 0) / 100).toFixed(2);

beforeAll(async () => {
  t = await createTestDatabase();
  h = await createHarness({ tdb: t, categorize: categorizeForSync });
  await t.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: h.userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  await t.db.user.update({ where: { id: h.userId }, data: { onboardedAt: new Date() } });
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  qa = createQaService({ db: t.db, analytics, llm: null, now: () => new Date("2026-11-15T10:00:00Z"), logger: pino({ level: "silent" }) });

  await ingestRows(t.db, h.userId, { iban: CHECKING_IBAN, name: "Girokonto", currency: "EUR", kind: "CHECKING" }, checkingRows);
  const byHand = await t.db.transaction.findFirstOrThrow({ where: { userId: h.userId, amount: "-300" } });
  expect(CATEGORY_KEYS).toContain("shopping");
  await createCorrectionService(t.db).setCategory(h.userId, byHand.id, "shopping");
  await ingestRows(t.db, h.userId, { iban: SAVINGS_IBAN, name: "Tagesgeld", currency: "EUR", kind: "SAVINGS" }, savingsRows);
});
afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

async function rows() {
  const all = await t.db.transaction.findMany({ where: { userId: h.userId }, include: { category: true, account: { select: { connectionId: true } } } });
  return new Map(all.map((r) => [`${r.amount.toFixed(2)} ${r.bookingDate.toISOString().slice(0, 10)}`, r]));
}

async function ask(text: string) {
  const u = await t.db.user.findUniqueOrThrow({ where: { id: h.userId } });
  return htmlToPlain((await qa.ask({ id: u.id, locale: "en", timezone: u.timezone, dataVersion: u.dataVersion }, 1, text)).html);
}

describe("own-account transfers", () => {
  it("pairs the checking outflow with the savings inflow two days later, across two connections", async () => {
    const r = await rows();
    const out = r.get("-500.00 2026-09-15")!;
    const inc = r.get("500.00 2026-09-17")!;
    expect(out.account.connectionId).not.toBe(inc.account.connectionId);
    expect([out.category?.key, out.categorySource, out.transferPeerId]).toEqual(["transfers", "transfer-match", inc.id]);
    expect([inc.category?.key, inc.categorySource, inc.transferPeerId]).toEqual(["transfers", "transfer-match", out.id]);
  });

  it("makes a payment to one of the person's own IBANs a transfer even without its other half", async () => {
    const r = await rows();
    expect(r.get("-75.00 2026-09-20")).toMatchObject({ categorySource: "transfer-match", transferPeerId: null, category: { key: "transfers" } });
  });

  it("never overrides a category the person set by hand, and leaves the would-be partner alone", async () => {
    const r = await rows();
    expect(r.get("-300.00 2026-09-22")).toMatchObject({ categorySource: "user", category: { key: "shopping" }, transferPeerId: null });
    expect(r.get("300.00 2026-09-23")!.categorySource).not.toBe("transfer-match");
  });

  it("excludes the transfer from spending and from income in answers", async () => {
    const r = await rows();
    const transfer = new Set(["-500.00 2026-09-15", "500.00 2026-09-17", "-75.00 2026-09-20"]);
    const all = [...checkingRows, ...savingsRows].map((x) => ({ key: `${Number(x.amount).toFixed(2)} ${x.bookingDate}`, amount: x.amount }));
    expect(all.every((x) => r.has(x.key))).toBe(true);
    const spent = sum(all.filter((x) => !transfer.has(x.key) && Number(x.amount) < 0).map((x) => x.amount.replace("-", "")));
    const income = sum(all.filter((x) => !transfer.has(x.key) && Number(x.amount) > 0).map((x) => x.amount));
    expect([spent, income]).toEqual(["425.50", "3301.23"]);
    expect(await ask("how much did I spend in September")).toContain(formatMoney(spent, "EUR", "en"));
    expect(await ask("income in September")).toContain(formatMoney(income, "EUR", "en"));
  });

  it("lists the transfer on its own, with its direction", async () => {
    const lines = await listTransfers(t.db, h.userId, { from: "2026-09-01", to: "2026-09-30" });
    expect(lines).toEqual([
      { date: "2026-09-17", amount: "500", currency: "EUR", from: expect.objectContaining({ name: "Account DE89 •••• 3000", type: "CHECKING" }), to: expect.objectContaining({ name: "Savings DE02 •••• 2051", type: "SAVINGS" }) },
    ]);
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = [...(await rows()).values()].map((x) => [x.id, x.categoryId, x.categorySource, x.transferPeerId]).sort();
    await ingestRows(t.db, h.userId, { iban: SAVINGS_IBAN, name: "Tagesgeld", currency: "EUR", kind: "SAVINGS" }, savingsRows);
    await ingestRows(t.db, h.userId, { iban: CHECKING_IBAN, name: "Girokonto", currency: "EUR", kind: "CHECKING" }, checkingRows);
    const after = [...(await rows()).values()].map((x) => [x.id, x.categoryId, x.categorySource, x.transferPeerId]).sort();
    expect(after).toEqual(before);
  });
});

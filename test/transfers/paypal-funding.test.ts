// A purchase the PayPal balance did not cover is funded from the Girokonto:
// PayPal's file has the purchase and a top-up ("Überweisung als
// Zahlungsquelle"), the bank's file a PayPal debit "Ihr Einkauf bei <shop>" a
// day later. With both accounts in Kontor the top-up and the debit are one
// own-account move and only the PayPal purchase is spending, whichever file
// comes first; without PayPal the debit is the purchase. Real files through
// the import service, amounts computed here from the files' own figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";
import { categorizeForSync } from "../../src/categories/sync-categorizer.ts";
import { formatMoney } from "../../src/format/money.ts";
import { createQaService, type QaService } from "../../src/qa/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { listTransfers } from "../../src/transfers/list-transfers.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { importUser } from "../imports/helpers.ts";
import { paypalCsv, paypalDebit, purchase, rent, sparkasseCsv, topUp } from "./paypal-funding-files.ts";

const EUR = { currency: "EUR" };

const PAYPAL = paypalCsv([
  topUp("05.10.2026", "10,99", "F1", "S1", "10,99"),
  purchase("05.10.2026", "Spotify AB", "-10,99", "S1", "0,00", "Spotify Premium"),
  topUp("14.10.2026", "549,00", "F2", "O1", "549,00"),
  purchase("14.10.2026", "OTTO GmbH & Co KG", "-549,00", "O1", "0,00", "Waschmaschine"),
  { date: "18.10.2026", name: "Max Beispiel", type: "Allgemeine Zahlung", amount: "50,00", id: "P1", balance: "50,00" },
  // Paid from the PayPal balance: no top-up, no bank debit.
  purchase("20.10.2026", "Zalando SE", "-40,00", "Z1", "10,00", "Bestellung 103"),
]);
const GIRO = sparkasseCsv([
  rent("01.10.26"),
  paypalDebit("06.10.26", "-10,99", "Spotify AB", "1003760276550"),
  paypalDebit("15.10.26", "-549,00", "OTTO GmbH & Co KG", "1003760276551"),
]);
// October's spending: rent and the three PayPal purchases, each once.
const SPENT_WITH_PAYPAL = "1519.99";
// Without PayPal in Kontor the two debits are the purchases.
const SPENT_GIRO_ONLY = "1479.99";

let t: TestDatabase;
let analytics: Analytics;
let qa: QaService;

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  qa = createQaService({ db: t.db, analytics, llm: null, now: () => new Date("2026-11-15T10:00:00Z"), logger: pino({ level: "silent" }) });
});
afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

async function person() {
  const p = await importUser(t, { categorize: categorizeForSync });
  await t.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: p.userId, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  await t.db.user.update({ where: { id: p.userId }, data: { onboardedAt: new Date() } });
  const load = (fileName: string, content: Buffer) => p.imports.commit(p.userId, fileName, content, EUR);
  return { ...p, load, giro: () => load("20261031-umsatz.CSV", GIRO), paypal: () => load("Download.CSV", PAYPAL) };
}

async function rowsOf(userId: string) {
  const all = await t.db.transaction.findMany({ where: { userId }, include: { category: true, account: true }, orderBy: [{ bookingDate: "asc" }, { amount: "asc" }] });
  const key = (r: (typeof all)[number]) => `${r.account.name.startsWith("PayPal") ? "paypal" : "giro"} ${r.amount.toFixed(2)} ${r.bookingDate.toISOString().slice(0, 10)}`;
  return new Map(all.map((r) => [key(r), r]));
}

async function spendingInOctober(userId: string) {
  const u = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
  return htmlToPlain((await qa.ask({ id: u.id, locale: "en", timezone: u.timezone, dataVersion: u.dataVersion }, 1, "how much did I spend in October 2026")).html);
}

async function expectFundingPaired(userId: string) {
  const r = await rowsOf(userId);
  for (const [debit, funding] of [["giro -10.99 2026-10-06", "paypal 10.99 2026-10-05"], ["giro -549.00 2026-10-15", "paypal 549.00 2026-10-14"]] as const) {
    const out = r.get(debit)!;
    const inc = r.get(funding)!;
    expect([out.category?.key, out.categorySource, out.transferPeerId], debit).toEqual(["transfers", "transfer-match", inc.id]);
    expect([inc.category?.key, inc.categorySource, inc.transferPeerId], funding).toEqual(["transfers", "transfer-match", out.id]);
  }
  for (const p of ["paypal -10.99 2026-10-05", "paypal -549.00 2026-10-14", "paypal -40.00 2026-10-20"]) {
    const row = r.get(p)!;
    expect(row.category?.kind, p).toBe("expense");
    expect(row.transferPeerId, p).toBeNull();
  }
  expect(await spendingInOctober(userId)).toContain(formatMoney(SPENT_WITH_PAYPAL, "EUR", "en"));
  const moves = await listTransfers(t.db, userId, { from: "2026-10-01", to: "2026-10-31" });
  expect(moves.map((m) => [m.date, m.amount, m.from.type, m.to.name])).toEqual([
    ["2026-10-05", "10.99", "CHECKING", "PayPal"],
    ["2026-10-14", "549", "CHECKING", "PayPal"],
  ]);
}

const state = async (userId: string) =>
  (await t.db.transaction.findMany({ where: { userId }, select: { id: true, categoryId: true, categorySource: true, transferPeerId: true }, orderBy: { id: "asc" } }));

describe("PayPal purchases funded from the Girokonto", () => {
  it("PayPal imported after the bank: the bank's PayPal debit and the top-up are one own-account move", async () => {
    const p = await person();
    await p.giro();
    await p.paypal();
    await expectFundingPaired(p.userId);
  });

  it("the bank imported after PayPal: the same pairs", async () => {
    const p = await person();
    await p.paypal();
    await p.giro();
    await expectFundingPaired(p.userId);
  });

  it("importing both files again changes nothing", async () => {
    const p = await person();
    await p.paypal();
    await p.giro();
    const before = await state(p.userId);
    expect(await p.giro()).toMatchObject({ added: 0, updated: 0 });
    expect(await p.paypal()).toMatchObject({ added: 0, updated: 0 });
    expect(await state(p.userId)).toEqual(before);
    await expectFundingPaired(p.userId);
  });

  it("without PayPal in Kontor, the bank's PayPal debit is the purchase, named after the shop in its text", async () => {
    const p = await person();
    await p.giro();
    const r = await rowsOf(p.userId);
    for (const [k, shop] of [["giro -10.99 2026-10-06", /spotify/i], ["giro -549.00 2026-10-15", /otto/i]] as const) {
      const row = r.get(k)!;
      expect(row.category?.kind, k).toBe("expense");
      expect([row.categorySource, row.transferPeerId], k).not.toContain("transfer-match");
      expect(row.transferPeerId, k).toBeNull();
      expect(row.merchant, k).toMatch(shop);
    }
    expect(await spendingInOctober(p.userId)).toContain(formatMoney(SPENT_GIRO_ONLY, "EUR", "en"));
  });

  it("a top-up and a bank debit of the same amount more than 5 days apart stay apart", async () => {
    const p = await person();
    await p.load("Download.CSV", paypalCsv([topUp("22.10.2026", "34,90", "F9", "B9", "34,90"), purchase("22.10.2026", "eBay S.a.r.l.", "-34,90", "B9", "0,00")]));
    await p.load("20261031-umsatz.CSV", sparkasseCsv([paypalDebit("28.10.26", "-34,90", "eBay S.a.r.l.", "1003760276559")]));
    const r = await rowsOf(p.userId);
    const debit = r.get("giro -34.90 2026-10-28")!;
    expect([debit.category?.kind, debit.transferPeerId]).toEqual(["expense", null]);
    expect(debit.merchant).toMatch(/ebay/i);
    // On its own the top-up is still the person's own money arriving, not income.
    expect(r.get("paypal 34.90 2026-10-22")).toMatchObject({ transferPeerId: null, category: { key: "transfers" } });
  });

  it("a PayPal purchase paid from the PayPal balance pairs with nothing and stays spending", async () => {
    const p = await person();
    await p.giro();
    await p.paypal();
    const r = await rowsOf(p.userId);
    expect(r.get("paypal -40.00 2026-10-20")).toMatchObject({ transferPeerId: null, category: { key: "shopping" } });
    expect([...r.values()].filter((x) => x.transferPeerId !== null)).toHaveLength(4);
  });
});

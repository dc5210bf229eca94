// Totals across currencies: other currencies converted into the base currency
// at the booking date's ECB rate (fake ECB, real PostgreSQL cache, real DuckDB).
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics, type QueryResult } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { createFxRates } from "../../src/fx/index.ts";
import { presentResult } from "../../src/qa/present.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { HISTORY } from "../fakes/ecb/history.ts";
import { startEcbFake, type EcbFake } from "../fakes/ecb/server.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let ecb: EcbFake;
let analytics: Analytics;
let u: SeededUser;
const today = "2026-01-20";
const december = { from: "2025-12-01", to: "2025-12-31" };

beforeAll(async () => {
  t = await createTestDatabase();
  ecb = await startEcbFake({ days: [...HISTORY], now: new Date("2026-01-20T12:00:00Z") });
  const fx = createFxRates({ db: t.db, logger: pino({ level: "silent" }), url: ecb.url, now: () => ecb.now });
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url, fx });
  u = await seedUser(t.db);
  const eur = await seedAccount(t.db, u, "Giro", "EUR");
  const usd = await seedAccount(t.db, u, "US card", "USD");
  const btc = await seedAccount(t.db, u, "Wallet", "BTC");
  await seedTx(t.db, u, [
    { accountId: eur, date: "2025-12-19", amount: "-10.00", merchant: "REWE", category: "groceries" },
    // Saturday: Friday's 1.1740, so exactly 10.00 EUR.
    { accountId: usd, date: "2025-12-20", amount: "-11.74", currency: "USD", merchant: "Whole Foods", category: "groceries" },
    // Christmas: the 24th's 1.1771; together exactly 20.00 EUR.
    { accountId: usd, date: "2025-12-25", amount: "-11.771", currency: "USD", merchant: "Whole Foods", category: "groceries" },
    { accountId: usd, date: "2025-12-25", amount: "-11.771", currency: "USD", merchant: "Whole Foods", category: "groceries" },
    // 1.00 / 1.1780 = 0.8488964346349745331…
    { accountId: usd, date: "2025-12-29", amount: "-1.00", currency: "USD", merchant: "Diner", category: "restaurants" },
    { accountId: btc, date: "2025-12-22", amount: "-0.001", currency: "BTC", merchant: "Bitrefill", category: "groceries" },
    { accountId: usd, date: "2026-01-15", amount: "-5.00", currency: "USD", merchant: "Diner", category: "restaurants" },
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await ecb?.close();
  await t?.drop();
});

const simple = (rows: { key: string | null; currency: string; value: string; count: number }[]) => rows.map((r) => [r.key, r.currency, r.value, r.count]);

describe("totals across currencies", () => {
  it("adds USD converted at each booking date's rate (weekend and holiday included) and keeps BTC apart", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: december } }, { today });
    // 10.00 + 10.00 + 20.00 + 0.848896434634974533 = 40.848896… → 40.85
    expect(simple(r.rows)).toEqual([
      [null, "EUR", "40.85", 5],
      [null, "BTC", "0.001", 1],
    ]);
    expect(simple(r.total.map((x) => ({ ...x, key: null })))).toEqual([
      [null, "BTC", "0.001", 1],
      [null, "EUR", "40.85", 5],
    ]);
    expect(r.conversion).toMatchObject({ to: "EUR", source: "ECB", converted: [{ currency: "USD", count: 4 }], unconverted: ["BTC"], newestRate: "2026-01-06", stale: false });
  });

  it("converts per group and sorts by the converted value", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: december }, groupBy: "category" }, { today });
    expect(simple(r.rows)).toEqual([
      ["groceries", "EUR", "40.00", 4],
      ["restaurants", "EUR", "0.85", 1],
      ["groceries", "BTC", "0.001", 1],
    ]);
    expect(r.rows[1]?.label).toBe("Restaurants & cafés");
    const limited = await analytics.query(u.userId, { measure: "spending", filters: { period: december }, groupBy: "merchant", limit: 1 }, { today });
    expect(simple(limited.rows)).toEqual([["whole foods", "EUR", "30.00", 3]]);
  });

  it("fills a month series in the base currency, a month with only converted money included", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: { from: "2025-12-01", to: "2026-01-31" } }, groupBy: "month", sort: "key_asc" }, { today });
    expect(simple(r.rows)).toEqual([
      ["2025-12-01", "BTC", "0.001", 1],
      ["2025-12-01", "EUR", "40.85", 5],
      ["2026-01-01", "BTC", "0.00", 0],
      // 5.00 / 1.1833 (6 Jan, the newest rate) = 4.2254711400321…
      ["2026-01-01", "EUR", "4.23", 1],
    ]);
  });

  it("says when the newest rate is older than the period asked about", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: { from: "2026-01-01", to: "2026-01-20" } } }, { today });
    expect(simple(r.rows)).toEqual([[null, "EUR", "4.23", 1]]);
    expect(r.conversion).toMatchObject({ newestRate: "2026-01-06", rateAgeDays: 14, stale: true });
  });

  it("averages over converted money and leaves counts and a currency filter alone", async () => {
    const avg = await analytics.query(u.userId, { measure: "average", filters: { period: december, categories: ["groceries"] } }, { today });
    expect(simple(avg.rows)).toEqual([
      [null, "EUR", "10.00", 4],
      [null, "BTC", "0.00", 1],
    ]);
    const usdOnly = await analytics.query(u.userId, { measure: "spending", filters: { period: december, currency: "USD" } }, { today });
    expect(simple(usdOnly.rows)).toEqual([[null, "USD", "36.282", 4]]);
    expect(usdOnly.conversion).toBeUndefined();
  });
});

describe("the answer", () => {
  it("says what was converted at ECB rates and what could not be, in English and German", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: december } }, { today });
    const en = htmlToPlain(presentResult(r, "en").html);
    expect(en).toContain("Converted to EUR at ECB rates of the booking dates; 4 USD transactions.");
    expect(en).toContain("No exchange rate for BTC: shown separately.");
    expect(en).not.toContain("newest ECB rate");
    const de = htmlToPlain(presentResult(r, "de").html);
    expect(de).toContain("In EUR umgerechnet zu EZB-Referenzkursen der Buchungstage; 4 USD-Umsätze.");
    expect(de).toContain("Kein Wechselkurs für BTC: separat ausgewiesen.");
  });

  it("states the rate age when the rates are stale", async () => {
    const r = await analytics.query(u.userId, { measure: "spending", filters: { period: { from: "2026-01-01", to: "2026-01-20" } } }, { today });
    const en = htmlToPlain(presentResult(r, "en").html);
    expect(en).toContain("1 USD transaction.");
    expect(en).toMatch(/The newest ECB rate is from .*2026.* \(14 days old\)/);
    expect(htmlToPlain(presentResult(r, "de").html)).toMatch(/Der neueste EZB-Kurs ist vom .*2026.* \(14 Tage alt\)/);
  });
});

describe("when the rates server was never reached", () => {
  it("shows every currency separately and says which could not be converted", async () => {
    const down = await startEcbFake({ days: [], now: new Date("2026-01-20T12:00:00Z") });
    down.down = true;
    const t2 = await createTestDatabase();
    const fx = createFxRates({ db: t2.db, logger: pino({ level: "silent" }), url: down.url });
    const a = createAnalytics({ db: t2.db, databaseUrl: t2.url, fx });
    try {
      const v = await seedUser(t2.db);
      const usd = await seedAccount(t2.db, v, "US card", "USD");
      const eur = await seedAccount(t2.db, v, "Giro", "EUR");
      await seedTx(t2.db, v, [
        { accountId: usd, date: "2025-12-20", amount: "-11.74", currency: "USD" },
        { accountId: eur, date: "2025-12-20", amount: "-1.00" },
      ]);
      const r = await a.query(v.userId, { measure: "spending", filters: { period: december } }, { today });
      expect(simple(r.rows)).toEqual([
        [null, "USD", "11.74", 1],
        [null, "EUR", "1.00", 1],
      ]);
      expect(r.conversion).toMatchObject({ unconverted: ["USD"], converted: [], newestRate: null });
    } finally {
      await a.close();
      await down.close();
      await t2.drop();
    }
  });
});

// "biggest purchases" over accounts in several currencies ranked by face value: $55 came before £45 and €50.
describe("a list of the biggest payments across currencies", () => {
  let v: SeededUser;
  beforeAll(async () => {
    v = await seedUser(t.db);
    const giro = await seedAccount(t.db, v, "Giro", "EUR");
    const uk = await seedAccount(t.db, v, "UK card", "GBP");
    const us = await seedAccount(t.db, v, "US card", "USD");
    const wallet = await seedAccount(t.db, v, "Wallet", "BTC");
    await seedTx(t.db, v, PAYMENTS.map((p) => ({ accountId: { EUR: giro, GBP: uk, USD: us, BTC: wallet }[p.currency]!, date: p.date, amount: `-${p.amount}`, currency: p.currency, merchant: p.merchant, category: "shopping" })));
  });

  /** Units of each currency per euro on a day, from the fake ECB history; BTC has none. */
  const perEuro = (currency: string, date: string) => {
    if (currency === "EUR") return 1;
    const day = [...HISTORY].reverse().find((d) => d.date <= date);
    const rate = day?.rates[currency];
    return rate === undefined ? null : Number(rate);
  };
  // The expected order, worked out here: euros of each payment at its day's rate, the ones without a rate last.
  const ranked = [...PAYMENTS]
    .map((p) => ({ ...p, euros: perEuro(p.currency, p.date) === null ? null : Number(p.amount) / perEuro(p.currency, p.date)! }))
    .sort((a, b) => (a.euros === null ? 1 : b.euros === null ? -1 : b.euros - a.euros))
    .map((p) => [p.merchant, p.currency, p.amount]);
  const listed = (r: QueryResult) => r.rows.map((row) => [row.label, row.currency, row.value]);
  const biggest = { measure: "spending", filters: { period: december }, groupBy: "transaction", sort: "value_desc" } as const;

  it("ranks by the amount in the base currency at the booking day's rate, each shown in its own currency", async () => {
    expect(ranked.slice(0, 3).map((p) => p[0])).toEqual(["Harrods", "Fnac", "Tesco"]);
    const first = await analytics.query(v.userId, { ...biggest, limit: 3 }, { today });
    expect(listed(first)).toEqual(ranked.slice(0, 3));
    const next = await analytics.query(v.userId, { ...biggest, limit: 3, offset: 3 }, { today });
    expect(listed(next)).toEqual(ranked.slice(3, 6));
    const smallest = await analytics.query(v.userId, { ...biggest, sort: "value_asc", limit: 5 }, { today });
    expect(listed(smallest)).toEqual(ranked.slice(0, 5).reverse());
  });

  it("answers 'biggest purchases' and 'größte Ausgaben' in that order and says how it ranked, and what it could not", async () => {
    for (const [q, locale] of [["biggest purchases in december", "en"], ["größte Ausgaben im Dezember", "de"]] as const) {
      const read = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
      if (read.kind !== "spec") throw new Error(`${q}: ${read.kind}`);
      const r = await analytics.query(v.userId, read.spec, { today, locale });
      expect(listed(r), q).toEqual(ranked);
      const text = htmlToPlain(presentResult(r, locale).html);
      expect(text).toMatch(locale === "en" ? /Ranked by the amount in EUR at ECB rates of the booking dates/ : /Nach dem Betrag in EUR zu EZB-Referenzkursen der Buchungstage geordnet/);
      expect(text).toMatch(locale === "en" ? /No exchange rate for BTC: listed after the others/ : /Kein Wechselkurs für BTC: nach den anderen aufgeführt/);
    }
  });
});

const PAYMENTS = [
  { merchant: "Apple", currency: "USD", amount: "55.00", date: "2025-12-19" },
  { merchant: "Fnac", currency: "EUR", amount: "50.00", date: "2025-12-19" },
  { merchant: "Harrods", currency: "GBP", amount: "45.00", date: "2025-12-19" },
  { merchant: "Tesco", currency: "GBP", amount: "43.00", date: "2025-12-22" },
  { merchant: "REWE", currency: "EUR", amount: "10.00", date: "2025-12-23" },
  { merchant: "Bitrefill", currency: "BTC", amount: "0.50", date: "2025-12-22" },
];

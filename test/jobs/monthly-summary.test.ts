// The monthly summary job with an injected clock against real PostgreSQL and
// the real analytics engine: queued once on the 1st in each person's own time
// zone, never on the 2nd, never twice; figures exact; rendered by the dispatcher.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createDispatcher } from "../../src/notifications/dispatcher.ts";
import type { OutgoingMessage } from "../../src/notifications/render.ts";
import { createMonthlySummary, monthlyDedupeKey } from "../../src/jobs/monthly-summary.ts";
import { localDate, monthlyFigures, previousMonth } from "../../src/jobs/monthly-figures.ts";
import { fixedFx } from "../helpers/fixed-fx.ts";
import { TAXONOMY } from "../../src/categories/taxonomy.ts";
import { createNetWorthService } from "../../src/networth/service.ts";

let tdb: TestDatabase;
let analytics: Analytics;
const clock = { now: new Date("2026-11-15T12:00:00Z") };
let telegramId = 9100n;

async function user(timezone: string, monthlySummary: boolean, locale = "en") {
  telegramId += 1n;
  const u = await tdb.db.user.create({ data: { telegramId, chatId: telegramId, timezone, monthlySummary, locale } });
  await tdb.db.category.createMany({ data: TAXONOMY.map((c) => ({ userId: u.id, key: c.key, nameEn: c.en, nameDe: c.de, kind: c.kind })) });
  const conn = await tdb.db.connection.create({ data: { userId: u.id, provider: "demo", label: "Demo", status: "ACTIVE" } });
  const acc = await tdb.db.account.create({ data: { userId: u.id, connectionId: conn.id, externalId: "chk", name: "Checking", currency: "EUR" } });
  return { id: u.id, accountId: acc.id };
}

async function book(u: { id: string; accountId: string }, rows: [date: string, amount: string, category: string][]) {
  const cats = new Map((await tdb.db.category.findMany({ where: { userId: u.id } })).map((c) => [c.key, c.id]));
  await tdb.db.transaction.createMany({
    data: rows.map(([date, amount, key], i) => ({
      userId: u.id,
      accountId: u.accountId,
      externalId: `${date}-${i}`,
      bookingDate: new Date(`${date}T00:00:00Z`),
      amount,
      currency: "EUR",
      counterpartyName: key,
      categoryId: cats.get(key)!,
      categorySource: "dictionary",
    })),
  });
}

const queued = (userId: string) => tdb.db.outbox.findMany({ where: { userId, kind: "monthly-summary" } });
const job = () => createMonthlySummary({ db: tdb.db, analytics, logger: pino({ level: "silent" }), now: () => clock.now });

let auckland: { id: string; accountId: string };
let berlin: { id: string; accountId: string };
let off: { id: string; accountId: string };

beforeAll(async () => {
  tdb = await createTestDatabase();
  analytics = createAnalytics({ db: tdb.db, databaseUrl: tdb.url });
  auckland = await user("Pacific/Auckland", true);
  berlin = await user("Europe/Berlin", true, "de");
  off = await user("Europe/Berlin", false);
  await book(auckland, [
    ["2026-10-03", "-80.00", "groceries"],
    ["2026-10-28", "1900.00", "salary"],
    ["2026-11-02", "-100.10", "groceries"],
    ["2026-11-09", "-50.05", "groceries"],
    ["2026-11-10", "-30.00", "restaurants"],
    ["2026-11-11", "-12.40", "transport"],
    ["2026-11-12", "-60.00", "fuel"],
    ["2026-11-13", "-25.25", "shopping"],
    ["2026-11-14", "-5.00", "health"],
    ["2026-11-27", "2000.00", "salary"],
    // December is not November's business.
    ["2026-12-01", "-999.00", "shopping"],
  ]);
  await book(off, [["2026-11-02", "-10.00", "groceries"]]);
});
afterAll(async () => {
  await analytics?.close();
  await tdb?.drop();
});

describe("calendar helpers", () => {
  it("reads the local date in a time zone and the month before it", () => {
    expect(localDate(new Date("2026-11-30T12:00:00Z"), "Pacific/Auckland")).toBe("2026-12-01");
    expect(localDate(new Date("2026-11-30T12:00:00Z"), "Europe/Berlin")).toBe("2026-11-30");
    expect(previousMonth("2026-03-01")).toEqual({ from: "2026-02-01", to: "2026-02-28", month: "2026-02" });
    expect(previousMonth("2027-01-01")).toEqual({ from: "2026-12-01", to: "2026-12-31", month: "2026-12" });
  });
});

describe("monthly summary job", () => {
  it("queues nothing before the 1st anywhere", async () => {
    clock.now = new Date("2026-11-29T12:00:00Z");
    expect(await job().tick()).toBe(0);
    expect(await tdb.db.outbox.count()).toBe(0);
  });

  it("queues once on the 1st in Auckland while Berlin is still on the 30th, with exact figures", async () => {
    clock.now = new Date("2026-11-30T12:00:00Z");
    expect(await job().tick()).toBe(1);
    const [row] = await queued(auckland.id);
    expect(row!.dedupeKey).toBe(monthlyDedupeKey(auckland.id, "2026-11"));
    expect(row!.payload).toEqual({
      month: "2026-11",
      currency: "EUR",
      spending: "282.80",
      income: "2000.00",
      net: "1717.20",
      previous: { spending: "80.00", income: "1900.00", net: "1820.00" },
      top: [
        { key: "groceries", value: "150.15" },
        { key: "fuel", value: "60.00" },
        { key: "restaurants", value: "30.00" },
        { key: "shopping", value: "25.25" },
        { key: "transport", value: "12.40" },
      ],
    });
    expect(await queued(berlin.id)).toEqual([]);
  });

  it("does not queue a second summary for the same month on later ticks of the 1st", async () => {
    clock.now = new Date("2026-11-30T15:07:00Z");
    expect(await job().tick()).toBe(0);
    expect(await queued(auckland.id)).toHaveLength(1);
  });

  it("queues Berlin's when its 1st begins and never for someone who switched it off", async () => {
    clock.now = new Date("2026-11-30T23:07:00Z");
    expect(await job().tick()).toBe(1);
    expect(await queued(berlin.id)).toHaveLength(1);
    expect(await queued(auckland.id)).toHaveLength(1);
    expect(await queued(off.id)).toEqual([]);
  });

  it("queues nothing on the 2nd, even for someone who switched it on late", async () => {
    const late = await user("Europe/Berlin", true);
    clock.now = new Date("2026-12-02T10:07:00Z");
    expect(await job().tick()).toBe(0);
    expect(await queued(late.id)).toEqual([]);
  });

  it("the dispatcher sends it in the person's language with totals, comparison and top categories", async () => {
    const sent: { chatId: bigint; m: OutgoingMessage }[] = [];
    const dispatcher = createDispatcher({
      db: tdb.db,
      logger: pino({ level: "silent" }),
      now: () => clock.now,
      send: async (chatId, m) => {
        sent.push({ chatId, m });
        return { messageId: sent.length };
      },
    });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 2, failed: 0 });
    const en = sent.find((s) => s.m.html.includes("Your month"))!.m.html;
    expect(en).toContain("Nov 2026");
    expect(en).toContain("Spent: <b>€282.80</b> (+€202.80 vs Oct 2026)");
    expect(en).toContain("Income: <b>€2,000.00</b> (+€100.00 vs Oct 2026)");
    expect(en).toContain("Net: <b>€1,717.20</b> (−€102.80 vs Oct 2026)");
    expect(en).toContain("1. Groceries: €150.15");
    expect(en).toContain("5. Public transport &amp; taxi: €12.40");
    const de = sent.find((s) => s.m.html.includes("Dein Monat"))!.m.html;
    expect(de).toContain("Ausgaben: <b>0,00\u00a0€</b>");
    expect(await job().tick()).toBe(0);
  });
});

describe("monthly summary with net worth", () => {
  it("adds the net worth at the month's end and its change against the month before, from the snapshots", async () => {
    const u = await user("Europe/Berlin", true);
    const at = (iso: string) => new Date(iso);
    await tdb.db.balanceSnapshot.createMany({
      data: [
        { userId: u.id, accountId: u.accountId, asOf: at("2026-11-30T12:00:00Z"), amount: "1000.00", currency: "EUR" },
        { userId: u.id, accountId: u.accountId, asOf: at("2026-12-31T12:00:00Z"), amount: "1250.50", currency: "EUR" },
        // January is not December's business.
        { userId: u.id, accountId: u.accountId, asOf: at("2027-01-01T09:00:00Z"), amount: "9999.99", currency: "EUR" },
      ],
    });
    await tdb.db.holding.create({
      data: { userId: u.id, accountId: u.accountId, symbol: "BTC", quantity: "0.01", value: "300.25", currency: "EUR", valueBase: "300.25", baseCurrency: "EUR", assetClass: "crypto", asOf: at("2026-12-15T08:00:00Z") },
    });
    clock.now = new Date("2027-01-01T10:07:00Z");
    const networth = createNetWorthService({ db: tdb.db, fx: undefined, now: () => clock.now });
    const withWorth = createMonthlySummary({ db: tdb.db, analytics, logger: pino({ level: "silent" }), now: () => clock.now, netWorthOn: (x, dates) => networth.totalsOn(x, dates) });
    await withWorth.tick();
    const [row] = await queued(u.id);
    expect((row!.payload as { netWorth?: unknown }).netWorth).toEqual({ value: "1550.75", previous: "1000.00" });

    const sent: OutgoingMessage[] = [];
    const dispatcher = createDispatcher({ db: tdb.db, logger: pino({ level: "silent" }), now: () => clock.now, send: async (_c, m) => ({ messageId: sent.push(m) }) });
    await dispatcher.runOnce();
    const mine = sent.find((m) => m.html.includes("Net worth"))!.html;
    expect(mine).toContain("Net worth: <b>€1,550.75</b> (+€550.75 vs end of Nov 2026)");
  });
});

describe("monthly figures across currencies", () => {
  it("converts another currency's spending into the base currency instead of leaving it out", async () => {
    const fxAnalytics = createAnalytics({ db: tdb.db, databaseUrl: tdb.url, fx: fixedFx({ "USD>EUR": "0.5" }) });
    try {
      const u = await user("Europe/Berlin", true);
      const conn = await tdb.db.connection.findFirstOrThrow({ where: { userId: u.id } });
      const usd = await tdb.db.account.create({ data: { userId: u.id, connectionId: conn.id, externalId: "usd", name: "Dollars", currency: "USD" } });
      const groceries = (await tdb.db.category.findFirstOrThrow({ where: { userId: u.id, key: "groceries" } })).id;
      await book(u, [["2026-11-05", "-10.00", "groceries"]]);
      await tdb.db.transaction.create({
        data: { userId: u.id, accountId: usd.id, externalId: "usd-1", bookingDate: new Date("2026-11-06T00:00:00Z"), amount: "-20.00", currency: "USD", counterpartyName: "groceries", categoryId: groceries, categorySource: "dictionary" },
      });
      const figures = await monthlyFigures(fxAnalytics, { id: u.id, baseCurrency: "EUR" }, "2026-12-01");
      // 10.00 EUR + 20.00 USD × 0.5 = 20.00 EUR.
      expect(figures).toMatchObject({ currency: "EUR", spending: "20.00", top: [{ key: "groceries", value: "20.00" }] });
    } finally {
      await fxAnalytics.close();
    }
  });
});

describe("monthly figures and cash withdrawals", () => {
  it("leaves cash taken out of spending and its top categories, names it under the spending line, and keeps it in net", async () => {
    const u = await user("Europe/London", true);
    await book(u, [
      ["2026-10-03", "-40.00", "groceries"],
      ["2026-10-13", "-60.00", "cash"],
      ["2026-10-20", "-20.00", "cash"],
      ["2026-10-28", "500.00", "salary"],
    ]);
    const figures = await monthlyFigures(analytics, { id: u.id, baseCurrency: "EUR" }, "2026-11-01");
    // Spending 40.00 (groceries only); the 80.00 of cash is named apart; net is every euro that left: 500 − 40 − 80.
    expect(figures).toMatchObject({ spending: "40.00", cash: "80.00", net: "380.00", top: [{ key: "groceries", value: "40.00" }] });
    const quiet = await monthlyFigures(analytics, { id: u.id, baseCurrency: "EUR" }, "2026-12-01");
    expect(quiet).not.toHaveProperty("cash");

    clock.now = new Date("2026-11-01T09:07:00Z");
    await job().tick();
    const sent: OutgoingMessage[] = [];
    const dispatcher = createDispatcher({ db: tdb.db, logger: pino({ level: "silent" }), now: () => clock.now, send: async (_c, m) => ({ messageId: sent.push(m) }) });
    await dispatcher.runOnce();
    const mine = sent.find((m) => m.html.includes("Oct 2026") && m.html.includes("Cash"))!.html;
    expect(mine).toContain("Spent: <b>€40.00</b>");
    expect(mine).toContain("Cash withdrawals of €80.00 are not counted as spending.");
  });
});

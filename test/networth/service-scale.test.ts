// Net worth over two years of daily syncs (about 12,000 snapshot rows): the
// figures are the ones a plain "newest snapshot per account at or before the
// moment" reading of every row gives, and the service reads only those newest
// rows from PostgreSQL, not the whole history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { addDays } from "../../src/analytics/periods.ts";
import { endOfDay } from "../../src/networth/days.ts";
import { monthEnds } from "../../src/networth/positions.ts";
import { createNetWorthService } from "../../src/networth/service.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { fixedFx } from "../helpers/fixed-fx.ts";

const NOW = new Date("2026-03-10T10:00:00Z");
const TODAY = "2026-03-10";
const DAYS = 730;
const person = { id: "", timezone: "Europe/Berlin" };

interface Cash { accountId: string; asOf: Date; kind: string; cents: bigint; currency: string }
interface Held { accountId: string; asOf: Date; symbol: string; cents: bigint }

/** Amounts in thousandths, so USD × 0.9 stays exact. */
const milli = (s: string) => {
  const neg = s.startsWith("-");
  const [i, f = ""] = s.replace(/^-/, "").split(".");
  const v = BigInt(i! + f.padEnd(3, "0").slice(0, 3));
  expect(f.replace(/0+$/, "").length, `${s} has more than 3 decimals`).toBeLessThanOrEqual(3);
  return neg ? -v : v;
};
const dec = (cents: bigint) => `${cents < 0n ? "-" : ""}${(cents < 0n ? -cents : cents) / 100n}.${((cents < 0n ? -cents : cents) % 100n).toString().padStart(2, "0")}`;

/** Spies on the real client: how many rows each call handed to JavaScript. */
function countingRows(db: Db): { db: Db; rows: () => number } {
  let rows = 0;
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const v: unknown = Reflect.get(t, prop, receiver);
        if (typeof v === "function") {
          return (...args: unknown[]) => {
            const r: unknown = (v as (...a: unknown[]) => unknown).apply(t, args);
            if (r && typeof (r as PromiseLike<unknown>).then === "function") {
              return (r as PromiseLike<unknown>).then((x) => {
                if (Array.isArray(x)) rows += x.length;
                return x;
              });
            }
            return r;
          };
        }
        return v && typeof v === "object" && typeof prop === "string" && !prop.startsWith("$") ? wrap(v) : v;
      },
    });
  return { db: wrap(db) as Db, rows: () => rows };
}

describe("net worth over two years of daily snapshots", () => {
  let t: TestDatabase;
  const acc: Record<string, string> = {};
  const cash: Cash[] = [];
  const held: Held[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    const u = await t.db.user.create({ data: { telegramId: 5151n, chatId: 5151n, timezone: person.timezone, baseCurrency: "EUR" } });
    person.id = u.id;
    const conn = await t.db.connection.create({ data: { userId: u.id, provider: "demo", label: "Demo", status: "ACTIVE" } });
    for (const [key, type, currency] of [["giro", "CHECKING", "EUR"], ["savings", "SAVINGS", "EUR"], ["usd", "CHECKING", "USD"], ["card", "CREDIT_CARD", "EUR"], ["broker", "BROKERAGE", "EUR"], ["exchange", "CRYPTO", "EUR"]] as const) {
      acc[key] = (await t.db.account.create({ data: { userId: u.id, connectionId: conn.id, externalId: key, name: key, currency, type } })).id;
    }
    const first = addDays(TODAY, -(DAYS - 1));
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(first, d);
      const at = (hh: string) => new Date(`${day}T${hh}:00.000Z`);
      const n = BigInt(d);
      cash.push({ accountId: acc.giro!, asOf: at("12:00"), kind: "booked", cents: 250_000n + ((n * 7919n) % 50_000n) - 25_000n, currency: "EUR" });
      // The bank also states an available balance; the booked one wins.
      cash.push({ accountId: acc.giro!, asOf: at("12:00"), kind: "available", cents: 999_999n, currency: "EUR" });
      if (d % 7 === 0) cash.push({ accountId: acc.savings!, asOf: at("03:00"), kind: "booked", cents: 1_000_000n + n * 1_234n, currency: "EUR" });
      cash.push({ accountId: acc.usd!, asOf: at("15:30"), kind: "booked", cents: 50_000n + ((n * 331n) % 9_000n), currency: "USD" });
      // A card that only ever states an available balance.
      cash.push({ accountId: acc.card!, asOf: at("12:00"), kind: "available", cents: -((n * 613n) % 80_000n), currency: "EUR" });
      for (const [i, symbol] of ["VWRL", "AAPL", "MSFT", "SAP", "EUNL", "IS3N"].entries()) {
        // SAP was sold a year ago: later snapshots no longer list it.
        if (symbol === "SAP" && d > 365) continue;
        held.push({ accountId: acc.broker!, asOf: at("21:00"), symbol, cents: 300_000n + BigInt(i) * 10_000n + ((n * 97n * BigInt(i + 1)) % 40_000n) });
      }
      for (const hh of ["06:00", "18:00"]) {
        for (const [i, symbol] of ["BTC", "ETH", "SOL", "EUR"].entries()) {
          held.push({ accountId: acc.exchange!, asOf: at(hh), symbol, cents: 50_000n + BigInt(i) * 5_000n + ((n * 61n * BigInt(i + 2) + (hh === "06:00" ? 0n : 17n)) % 20_000n) });
        }
      }
    }
    await t.db.balanceSnapshot.createMany({ data: cash.map((c) => ({ userId: u.id, accountId: c.accountId, asOf: c.asOf, kind: c.kind, amount: dec(c.cents), currency: c.currency })) });
    const broker = new Set([acc.broker!]);
    for (let i = 0; i < held.length; i += 2000) {
      await t.db.holding.createMany({
        data: held.slice(i, i + 2000).map((h) => ({
          userId: u.id, accountId: h.accountId, symbol: h.symbol, quantity: "1", value: dec(h.cents), currency: "EUR", valueBase: dec(h.cents), baseCurrency: "EUR",
          assetClass: broker.has(h.accountId) ? "stock" : h.symbol === "EUR" ? "cash" : "crypto", asOf: h.asOf,
        })),
      });
    }
    expect(cash.length + held.length).toBeGreaterThan(12_000);
  }, 120_000);
  afterAll(() => t?.drop());

  /** What every row says, read the plain way: per account the newest booked balance (else available) and the newest holdings snapshot. */
  function expected(at: Date): { total: bigint; byAccount: Map<string, bigint> } {
    const byAccount = new Map<string, bigint>();
    const add = (a: string, v: bigint) => byAccount.set(a, (byAccount.get(a) ?? 0n) + v);
    for (const a of Object.values(acc)) {
      const seen = cash.filter((c) => c.accountId === a && c.asOf <= at);
      const booked = seen.filter((c) => c.kind === "booked");
      const pick = (booked.length ? booked : seen).reduce<Cash | null>((m, c) => (!m || c.asOf > m.asOf ? c : m), null);
      if (pick) add(a, pick.currency === "USD" ? pick.cents * 9n : pick.cents * 10n); // thousandths; USD at 0.9
      const mine = held.filter((h) => h.accountId === a && h.asOf <= at);
      const newest = mine.reduce((m, h) => (h.asOf > m ? h.asOf : m), new Date(0));
      for (const h of mine) if (h.asOf.getTime() === newest.getTime()) add(a, h.cents * 10n);
    }
    return { total: [...byAccount.values()].reduce((s, v) => s + v, 0n), byAccount };
  }

  it("today's figure and each account's part are what the newest rows say, reading only those rows", async () => {
    const spy = countingRows(t.db);
    const s = await createNetWorthService({ db: spy.db, fx: fixedFx({ "USD>EUR": "0.9" }), now: () => NOW }).current(person);
    const want = expected(NOW);
    expect(milli(s.total)).toBe(want.total);
    for (const [a, v] of want.byAccount) expect(milli(s.byAccount.get(a)!), a).toBe(v);
    expect(s.positions.filter((p) => p.accountId === acc.broker).map((p) => p.label).sort()).toEqual(["AAPL", "EUNL", "IS3N", "MSFT", "VWRL"]);
    // Six accounts, at most one balance and ten holdings between them; not two years of rows.
    expect(spy.rows()).toBeLessThan(40);
  });

  it("twelve month ends, chosen days and a year's performance give the same figures, each from its own day's newest rows", async () => {
    const spy = countingRows(t.db);
    const service = createNetWorthService({ db: spy.db, fx: fixedFx({ "USD>EUR": "0.9" }), now: () => NOW });
    const series = await service.series(person, 12);
    const days = monthEnds(TODAY, 12);
    expect(series.points.map((p) => p.date)).toEqual(days);
    for (const p of series.points) {
      const at = p.date === TODAY ? NOW : endOfDay(p.date, person.timezone);
      expect(milli(p.total), p.date).toBe(expected(at).total);
    }
    const chosen = ["2024-03-11", "2025-03-11", "2025-03-12", "2025-12-31"];
    const on = await service.totalsOn(person, chosen);
    expect(on.totals.map(milli)).toEqual(chosen.map((d) => expected(endOfDay(d, person.timezone)).total));
    const perf = await service.performance(person, "2025-01-01", TODAY);
    const investing = (at: Date) => {
      const e = expected(at).byAccount;
      return (e.get(acc.broker!) ?? 0n) + (e.get(acc.exchange!) ?? 0n);
    };
    expect(milli(perf.start)).toBe(investing(endOfDay("2024-12-31", person.timezone)));
    expect(milli(perf.end)).toBe(investing(NOW));
    // 13 + 4 + 2 moments, each at most six balances and ten holdings.
    expect(spy.rows()).toBeLessThan(19 * 16 + 50);
  });
});

// Net worth = cash balances (newest BalanceSnapshot per account) + holdings
// (newest holding snapshot per account, valued in the base currency at sync
// time), at any day, from the snapshots alone; only those newest rows are read
// (snapshots.ts). Cash in another currency is converted through FxRates at the
// rate of the snapshot's own day.
import type { Db } from "../db/client.ts";
import type { FxRates } from "../fx/types.ts";
import { decimalAdd, decimalSub } from "../format/decimal.ts";
import { todayIn } from "../qa/today.ts";
import { addDays } from "../analytics/periods.ts";
import { minorDigits } from "../format/currency-code.ts";
import { normalizeDecimal } from "../format/decimal.ts";
import { endOfDay } from "./days.ts";
import { investmentFlows, type FlowKind, type FlowSum } from "./flows.ts";
import { monthEnds, totalsOf, type Position, type Totals } from "./positions.ts";
import { accountsWithHoldings, cashAt, holdingsAt, type CashRow, type HoldingRow } from "./snapshots.ts";

export interface NetWorthUser {
  id: string;
  timezone: string;
}

export interface Snapshot extends Totals {
  date: string;
  baseCurrency: string;
  positions: Position[];
  accounts: Map<string, { name: string; type: string }>;
}

export interface Performance {
  from: string;
  to: string;
  baseCurrency: string;
  start: string;
  end: string;
  change: string;
  /** Money put in (deposits minus withdrawals) in the base currency. */
  deposits: string;
  /** change − deposits: what prices and rates did. */
  market: string;
  unconverted: FlowSum["unconverted"];
}

/** Exact, with at least the currency's minor digits ("1310.30", "0.001234"): the same figure always reads the same. */
const exact = (currency: string) => (v: string) => normalizeDecimal(v, minorDigits(currency));

export type NetWorthService = ReturnType<typeof createNetWorthService>;

export function createNetWorthService(deps: { db: Db; fx: FxRates | undefined; now: () => Date }) {
  const { db } = deps;

  /** What every moment of one answer shares: the base currency, the accounts, and each cash row's conversion. */
  async function context(userId: string) {
    const [user, accounts] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { baseCurrency: true } }),
      db.account.findMany({ where: { userId }, select: { id: true, name: true, type: true } }),
    ]);
    // One conversion per snapshot row, shared by every point of a series; lives as long as this answer.
    const converted = new Map<string, Promise<string | null>>();
    return { userId, base: user.baseCurrency.trim(), accounts: new Map(accounts.map((a) => [a.id, { name: a.name, type: a.type as string }])), converted };
  }
  type Context = Awaited<ReturnType<typeof context>>;

  function cashInBase(data: Context, row: CashRow): Promise<string | null> {
    if (row.currency === data.base) return Promise.resolve(row.amount);
    let r = data.converted.get(row.id);
    if (!r) {
      r = deps.fx ? deps.fx.convert(row.amount, row.currency, data.base, row.asOf.toISOString().slice(0, 10)).then((c) => c?.amount ?? null) : Promise.resolve(null);
      data.converted.set(row.id, r);
    }
    return r;
  }

  async function positionsOf(data: Context, cash: readonly CashRow[], held: readonly HoldingRow[]): Promise<Position[]> {
    const out: Position[] = [];
    for (const c of cash) {
      out.push({ accountId: c.accountId, assetClass: "cash", label: data.accounts.get(c.accountId)?.name ?? c.currency, valueBase: await cashInBase(data, c), currency: c.currency, amount: c.amount });
    }
    for (const h of held) {
      // A value fixed in another base currency (the person changed it since) is not this base's value.
      const valueBase = h.valueBase !== null && h.baseCurrency === data.base ? h.valueBase : null;
      out.push({ accountId: h.accountId, assetClass: h.assetClass ?? (data.accounts.get(h.accountId)?.type === "CRYPTO" ? "crypto" : "other"), label: h.symbol, valueBase, currency: h.currency, amount: h.value });
    }
    return out;
  }

  /** Net worth at each moment (date: its day for the answer; at: the instant whose newest snapshots count), from those snapshots only. */
  async function snapshotsAt(data: Context, moments: readonly { date: string; at: Date }[]): Promise<Snapshot[]> {
    const instants = moments.map((m) => m.at);
    const [cash, held] = await Promise.all([cashAt(db, data.userId, instants), holdingsAt(db, data.userId, instants)]);
    const m = exact(data.base);
    const each = (map: Map<string, string>) => new Map([...map].map(([k, v]) => [k, m(v)]));
    const out: Snapshot[] = [];
    for (const [i, { date }] of moments.entries()) {
      const positions = await positionsOf(data, cash[i]!, held[i]!);
      const t = totalsOf(positions);
      out.push({ date, baseCurrency: data.base, positions, accounts: data.accounts, total: m(t.total), byAccount: each(t.byAccount), byClass: each(t.byClass), unvalued: t.unvalued });
    }
    return out;
  }

  return {
    /** Net worth now, with its parts. */
    async current(user: NetWorthUser): Promise<Snapshot> {
      const now = deps.now();
      const [snapshot] = await snapshotsAt(await context(user.id), [{ date: todayIn(user.timezone, now), at: now }]);
      return snapshot!;
    },

    /** Net worth at the end of each of the last `months` months and today. */
    async series(user: NetWorthUser, months = 12): Promise<{ baseCurrency: string; points: { date: string; total: string; unvalued: number }[] }> {
      const now = deps.now();
      const today = todayIn(user.timezone, now);
      const data = await context(user.id);
      const snapshots = await snapshotsAt(data, monthEnds(today, months).map((date) => ({ date, at: date === today ? now : endOfDay(date, user.timezone) })));
      return { baseCurrency: data.base, points: snapshots.map((s) => ({ date: s.date, total: s.total, unvalued: s.unvalued.length })) };
    },

    /**
     * How the investment accounts (those with holdings) did from `from` to `to`:
     * the change in their value, split into money put in and market movement.
     */
    async performance(user: NetWorthUser, from: string, to: string): Promise<Performance> {
      const now = deps.now();
      const today = todayIn(user.timezone, now);
      const endAt = to >= today ? now : endOfDay(to, user.timezone);
      const data = await context(user.id);
      const investing = await accountsWithHoldings(db, user.id, endAt);
      const only = (s: Snapshot) => [...s.byAccount].filter(([a]) => investing.has(a)).reduce((sum, [, v]) => decimalAdd(sum, v), "0");
      const [start, end] = (await snapshotsAt(data, [{ date: from, at: endOfDay(addDays(from, -1), user.timezone) }, { date: to, at: endAt }])) as [Snapshot, Snapshot];
      const flows = await investmentFlows(db, deps.fx, { userId: user.id, accountIds: [...investing], from, to, kind: "deposits", base: data.base });
      const m = exact(data.base);
      const change = decimalSub(only(end), only(start));
      return { from, to, baseCurrency: data.base, start: m(only(start)), end: m(only(end)), change: m(change), deposits: m(flows.total), market: m(decimalSub(change, flows.total)), unconverted: flows.unconverted };
    },

    /** Net worth at the end of each given day (YYYY-MM-DD, in the person's time zone). */
    async totalsOn(user: NetWorthUser, dates: string[]): Promise<{ baseCurrency: string; totals: string[]; unvalued: number }> {
      const now = deps.now();
      const data = await context(user.id);
      const snaps = await snapshotsAt(data, dates.map((d) => ({ date: d, at: endOfDay(d, user.timezone) < now ? endOfDay(d, user.timezone) : now })));
      return { baseCurrency: data.base, totals: snaps.map((s) => s.total), unvalued: snaps.reduce((n, s) => n + s.unvalued.length, 0) };
    },

    /** Dividends (net of withholding tax) or fees paid to brokers and exchanges in a period. */
    async flows(user: NetWorthUser, kind: Exclude<FlowKind, "deposits">, from: string, to: string): Promise<FlowSum & { baseCurrency: string }> {
      const u = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { baseCurrency: true } });
      const base = u.baseCurrency.trim();
      const f = await investmentFlows(db, deps.fx, { userId: user.id, from, to, kind, base });
      const m = exact(base);
      return { ...f, total: m(f.total), parts: Object.fromEntries(Object.entries(f.parts).map(([k, v]) => [k, m(v)])), baseCurrency: base };
    },
  };
}

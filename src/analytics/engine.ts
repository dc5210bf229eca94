// The analytics service: PostgreSQL stays the source of truth, each user's
// rows live in a private DuckDB copy kept up to date from the change log
// (store.ts) and every question is one compiled, parameterised statement
// against it.
import os from "node:os";
import pg from "pg";
import type { Db } from "../db/client.ts";
import { pruneChangeLog } from "./change-log.ts";
import { AnalyticsError } from "./errors.ts";
import { AnalyticsStore, type Lease, type StoreData } from "./store.ts";
import { CASH, compileByDay, compileQuery, leavesOutCash, type CompileContext } from "./compile.ts";
import { compileUnstated } from "./compile-balance.ts";
import { compilePaymentTyping } from "./payment-types.ts";
import { timeUnit } from "./sql-parts.ts";
import { convertDaySums, mergeConverted, sortRows, type Conversion } from "./convert.ts";
import { rankInBase, ranksByValue } from "./rank-list.ts";
import type { FxRates } from "../fx/types.ts";
import { daysBetween } from "../fx/publication.ts";
import { decimalAdd as addDecimal } from "../format/decimal.ts";
import { recurringFrom, type RecurringPayment } from "./recurring.ts";
import type { Period } from "./periods.ts";
import { QuerySpec, averagesOverTime, averagesPerTransaction, sideMeasure, type QuerySpecInput } from "./query-spec.ts";
import type { JsonRow } from "./user-db.ts";
import type { QueryResult, ResultRow, ResultTotal } from "./query-result.ts";
import { mergeConversions, shape, spanOf, str, totalsOf } from "./result-totals.ts";
import { resolveTrip } from "./trip-days.ts";

export type { QueryResult, ResultRow, ResultTotal } from "./query-result.ts";
export { totalsOf } from "./result-totals.ts";

export interface AnalyticsOptions {
  db: Db;
  /** The same database as `db`; the loader streams with COPY over plain pg. */
  databaseUrl: string;
  maxCacheBytes?: number;
  duckdbThreads?: number;
  /** Converts other currencies into the user's base currency; without it every currency stays separate. */
  fx?: FxRates;
  /**
   * Directory of the persistent store (one DuckDB file per user, e.g.
   * DATA_DIR/analytics). Without it copies live in memory and a restart
   * rebuilds them.
   */
  storeDir?: string;
  /** Change-log rows older than this are pruned (hourly); default 7 days. */
  changeLogRetentionMs?: number;
}

export interface QueryOptions {
  today: string;
  locale?: "en" | "de";
}

export type Analytics = ReturnType<typeof createAnalytics>;

export function createAnalytics(opts: AnalyticsOptions) {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 4 });
  pool.on("error", (e) => {
    // An idle loader connection died (server restart); the pool replaces it.
    void e;
  });

  const store = new AnalyticsStore({
    pool,
    dir: opts.storeDir ?? null,
    // Two threads halve a 1,000,000-row scan on a 2-core machine (BENCHMARKS.md, issue 12).
    db: { threads: opts.duckdbThreads ?? Math.min(4, os.availableParallelism()) },
    maxBytes: opts.maxCacheBytes ?? 256 * 1024 * 1024,
  });
  const retention = opts.changeLogRetentionMs ?? 7 * 86_400_000;
  const pruneTimer = setInterval(() => {
    // Best effort: a failed prune only leaves rows for the next hour.
    void pruneChangeLog(pool, new Date(Date.now() - retention)).catch(() => undefined);
  }, 3_600_000);
  pruneTimer.unref();

  async function lease(userId: string): Promise<Lease> {
    return store.acquire(userId);
  }

  /** Builds or catches up the user's copy now, so that their next question finds it ready. */
  async function warm(userId: string): Promise<void> {
    (await store.acquire(userId)).release();
  }

  // Background refreshes in flight: close() lets them finish, so no half-written file or closed pool is left behind.
  const refreshing = new Set<Promise<void>>();
  let closed = false;
  function warmSoon(userId: string, onError: (e: unknown) => void): void {
    if (closed) return;
    const p: Promise<void> = warm(userId)
      .catch((e: unknown) => {
        // A person forgotten meanwhile has nothing to refresh.
        if (!(e instanceof AnalyticsError && e.reason === "unknown_user")) onError(e);
      })
      .finally(() => refreshing.delete(p));
    refreshing.add(p);
  }

  async function withData<T>(userId: string, fn: (data: StoreData, lease: Lease) => Promise<T>): Promise<T> {
    const l = await lease(userId);
    try {
      return await fn(l.data, l);
    } finally {
      l.release();
    }
  }

  async function query(userId: string, input: QuerySpec | QuerySpecInput, qo: QueryOptions): Promise<QueryResult> {
    const parsed = QuerySpec.parse(input);
    return withData(userId, async (data, l) => {
      const spec = await resolveTrip(data.udb, parsed);
      const loadMs = l.loadMs;
      const q0 = performance.now();
      const ctx: CompileContext = { today: qo.today, dataStart: data.dataStart, baseCurrency: data.baseCurrency, locale: qo.locale ?? "en" };
      const common = { spec, dataStart: data.dataStart, loadedFromCache: l.fromCache };
      if (spec.versus) {
        const v = await versus(data, spec, ctx, qo.today);
        return { ...common, ...v, timings: { loadMs, queryMs: performance.now() - q0 } };
      }
      const [r, unstated, untyped, cash, pending] = await Promise.all([
        run(data, spec, ctx, qo.today),
        spec.measure === "balance" ? unstatedAccounts(data, spec) : undefined,
        spec.filters.paymentType ? untypedAccounts(data, spec) : undefined,
        cashLeftOut(data, spec, ctx, qo.today),
        pendingIn(data, spec, ctx, qo.today),
      ]);
      return {
        ...common, ...r, ...(unstated?.length ? { unstated } : {}), ...(untyped ? { untyped } : {}), ...(cash?.length ? { cashLeftOut: cash } : {}),
        ...(pending?.length ? { pendingIn: pending } : {}),
        timings: { loadMs, queryMs: performance.now() - q0 },
      };
    });
  }

  /** The cash withdrawals a spending total left out, so the answer can name them; undefined when none was left out. */
  async function cashLeftOut(data: StoreData, spec: QuerySpec, ctx: CompileContext, today: string): Promise<ResultTotal[] | undefined> {
    if (spec.measure !== "spending" || spec.groupBy === "transaction" || !leavesOutCash(spec)) return undefined;
    const cashSpec: QuerySpec = { ...spec, filters: { ...spec.filters, categories: [CASH] }, groupBy: "none", compare: "none", sort: "key_asc", limit: undefined, offset: undefined, chart: "none" };
    const r = await run(data, cashSpec, ctx, today);
    return r.total.filter((x) => x.count > 0);
  }

  /**
   * The pending rows a sum or count holds (compile.ts counts them: a card payment in flight is money spent), so
   * the answer can name them; undefined where the figure is no sum of rows (balances, averages) or is all pending.
   */
  async function pendingIn(data: StoreData, spec: QuerySpec, ctx: CompileContext, today: string): Promise<ResultTotal[] | undefined> {
    if (!SUMS_OF_ROWS.has(spec.measure) || spec.filters.status === "pending" || averagesOverTime(spec) || averagesPerTransaction(spec)) return undefined;
    const pendingSpec: QuerySpec = { ...spec, filters: { ...spec.filters, status: "pending" }, groupBy: "none", compare: "none", sort: "key_asc", limit: undefined, offset: undefined, chart: "none" };
    const r = await run(data, pendingSpec, ctx, today);
    return r.total.filter((x) => x.count > 0);
  }

  async function unstatedAccounts(data: StoreData, spec: QuerySpec) {
    const q = compileUnstated(spec);
    return (await data.udb.all(q.sql, q.params)).map((r) => ({ id: String(r.id), name: String(r.name), holdings: r.type === "BROKERAGE" || r.type === "CRYPTO" }));
  }

  /** Accounts in scope whose rows carry no payment type; undefined when every one has it. */
  async function untypedAccounts(data: StoreData, spec: QuerySpec): Promise<QueryResult["untyped"]> {
    const q = compilePaymentTyping(spec);
    const rows = await data.udb.all(q.sql, q.params);
    const accounts = rows.filter((r) => r.typed !== true).map((r) => ({ id: String(r.id), name: String(r.name) }));
    return accounts.length ? { accounts, typed: rows.length - accounts.length } : undefined;
  }

  async function run(data: StoreData, spec: QuerySpec, ctx: CompileContext, today: string) {
    const fx = opts.fx;
    // Sums convert; counts and balances do not, and a currency filter asks for that currency alone.
    const converting = fx !== undefined && CONVERTIBLE.has(spec.measure) && spec.groupBy !== "transaction" && !spec.filters.currency;
    // Where every matching row lands in exactly one output row, the totals are
    // the rows summed: one scan instead of two.
    const summable = spec.measure !== "balance" && spec.groupBy !== "transaction" && (timeUnit(spec.groupBy) === null || spec.compare === "none");
    const main = compileQuery(converting || summable ? { ...spec, limit: undefined } : spec, ctx);
    let rows: JsonRow[];
    let totals: JsonRow[];
    if (summable) {
      rows = await data.udb.all(main.sql, main.params);
      totals = totalsOf(rows, spec.filters.currency ?? data.baseCurrency);
    } else {
      const totalSpec: QuerySpec = { ...spec, groupBy: "none", sort: "key_asc", limit: undefined, offset: undefined };
      const tot = compileQuery(totalSpec, ctx);
      [rows, totals] = await Promise.all([data.udb.all(main.sql, main.params), data.udb.all(tot.sql, tot.params)]);
    }
    let conversion: Conversion | undefined;
    const rateAge = async (fx: FxRates) => {
      const newestRate = await fx.latestPublication();
      const rateAgeDays = newestRate === null ? null : daysBetween(newestRate, today);
      return { newestRate, rateAgeDays, stale: newestRate !== null && rateAgeDays !== null && rateAgeDays > STALE_AFTER_DAYS && main.period.to > newestRate };
    };
    if (fx && CONVERTIBLE.has(spec.measure) && ranksByValue(spec) && totals.filter((t) => Number(t.v_cnt) > 0).length > 1) {
      // Ranked by face value across currencies: ranked again in the base currency.
      const whole = compileQuery(spec, { ...ctx, wholeList: true });
      const ranked = await rankInBase(await data.udb.all(whole.sql, whole.params), spec, data.baseCurrency, fx);
      rows = ranked.rows;
      const converted = [...ranked.converted].map(([currency, count]) => ({ currency, count }));
      conversion = { to: data.baseCurrency, source: "ECB", ranked: true, converted, unconverted: [...ranked.unconverted], ...(await rateAge(fx)) };
    } else if (converting && rows.some((r) => r.currency !== data.baseCurrency)) {
      const byDay = compileByDay(spec, { ...ctx, baseCurrency: data.baseCurrency });
      const groups = await convertDaySums(await data.udb.all(byDay.sql, byDay.params), data.baseCurrency, fx);
      rows = sortRows(mergeConverted(rows, groups, data.baseCurrency, false), spec);
      totals = mergeConverted(totals, groups, data.baseCurrency, true);
      const converted = [...groups.converted].map(([currency, count]) => ({ currency, count }));
      conversion = { to: data.baseCurrency, source: "ECB", converted, unconverted: [...groups.unconverted], ...(await rateAge(fx)) };
    } else if ((converting || summable) && spec.limit !== undefined) {
      rows = rows.slice(0, spec.limit);
    }
    const withCompare = spec.compare !== "none" && spec.groupBy !== "transaction";
    const { months, days } = main;
    const over = { months, days };
    return {
      rows: rows.map((r) => {
        const row: ResultRow = { key: str(r.key), ...shape(spec, r, withCompare, over) };
        if (r.label !== null && r.label !== undefined) row.label = String(r.label);
        // A list of pending rows alone needs no mark on each.
        if (r.pending === true && spec.filters.status !== "pending") row.pending = true;
        return row;
      }),
      total: totals.map((r) => shape(spec, r, withCompare, over)),
      period: main.period,
      comparePeriod: main.comparePeriod,
      ...(months !== undefined ? { months } : {}),
      ...(days !== undefined ? { days } : {}),
      ...(conversion ? { conversion } : {}),
    };
  }

  /** Each side is its own query with the side's filters; months are added when the period is longer than one. */
  async function versus(data: StoreData, spec: QuerySpec, ctx: CompileContext, today: string) {
    const sides = spec.versus ?? [];
    const results = await Promise.all(
      sides.map(async (side) => {
        const { label, measure, ...filters } = side;
        const sideSpec: QuerySpec = {
          ...spec, measure: sideMeasure(spec, side), versus: undefined, compare: "none", groupBy: "none", limit: undefined, offset: undefined,
          filters: { ...spec.filters, ...filters },
        };
        const total = await run(data, sideSpec, ctx, today);
        // Sides over different periods share no months to chart against each other.
        const long = !side.period && total.period.from.slice(0, 7) !== total.period.to.slice(0, 7);
        // An average's chart shows the months it is over, each month's own sum (not that sum divided by all the months).
        const byMonth: QuerySpec = averagesOverTime(sideSpec)
          ? { ...sideSpec, measure: sideSpec.measure === "income" ? "income" : "spending", averageOver: undefined, filters: { ...sideSpec.filters, period: total.period } }
          : sideSpec;
        const monthly = long ? await run(data, { ...byMonth, groupBy: "month", sort: "key_asc" }, ctx, today) : null;
        // A side that is all spending ("income vs spending", "September vs August") leaves cash out as the spending answer does, and says so.
        // "Income vs spending" has one such side, named by the note itself; sides of one measure are told apart by their labels.
        const cash = (await cashLeftOut(data, sideSpec, ctx, today))?.map((c) => (measure ? c : { ...c, label }));
        return { label, total, monthly, cash };
      }),
    );
    const cash = results.flatMap((r) => r.cash ?? []);
    const first = results[0]!.total;
    const rows: ResultRow[] = results.flatMap((r, i) => r.total.total.map((t) => ({ key: String(i), label: r.label, ...t })));
    const sum = new Map<string, ResultTotal>();
    for (const row of rows) {
      const acc = sum.get(row.currency) ?? { value: "0", count: 0, currency: row.currency };
      sum.set(row.currency, { ...acc, value: addDecimal(acc.value, row.value), count: acc.count + row.count });
    }
    const anyMonthly = results.some((r) => r.monthly);
    const conversion = mergeConversions(results.map((r) => r.total.conversion));
    return {
      ...(conversion ? { conversion } : {}),
      rows,
      total: [...sum.values()],
      period: sides.some((s) => s.period) ? spanOf(results.map((r) => r.total.period)) : first.period,
      comparePeriod: null,
      ...(first.months !== undefined ? { months: first.months } : {}),
      ...(first.days !== undefined ? { days: first.days } : {}),
      ...(anyMonthly ? { sides: results.map((r) => ({ label: r.label, rows: r.monthly?.rows ?? [] })) } : {}),
      ...(cash.length ? { cashLeftOut: cash } : {}),
    };
  }

  /** Balance at the end of each bucket of `period` (per currency). */
  function balanceHistory(userId: string, period: Period, qo: QueryOptions & { groupBy?: "day" | "week" | "month" }) {
    return query(userId, { measure: "balance", filters: { period }, groupBy: qo.groupBy ?? "month", sort: "key_asc" }, qo);
  }

  /** Today's balance per account; `total` holds net worth per currency. */
  function netWorth(userId: string, qo: QueryOptions) {
    return query(userId, { measure: "balance", filters: { period: { from: qo.today, to: qo.today } }, groupBy: "account" }, qo);
  }

  function recurringPayments(userId: string, qo: QueryOptions): Promise<RecurringPayment[]> {
    return withData(userId, (data) => recurringFrom(data.udb, qo.today));
  }

  return {
    query,
    balanceHistory,
    netWorth,
    recurringPayments,
    warm,
    /**
     * After a sync or an import: builds the user's copy, or applies what
     * changed to it, in the background, so a question right after does not
     * wait for it (a question meanwhile joins the build in progress). Errors go
     * to `onError`; the next question retries.
     */
    warmSoon,
    /** Closes the user's open copy; the next question reopens it. */
    invalidate(userId: string): void {
      store.invalidate(userId);
    },
    /** Deletes everything the store holds for the user (after /forget). */
    forget(userId: string): Promise<void> {
      return store.forget(userId);
    },
    /** Rebuilds stored copies of an older format (after an upgrade) in the background; run at start. */
    upgradeStale(shouldStop?: () => boolean): Promise<number> {
      return store.upgradeStale(shouldStop);
    },
    /** Builds the copies of people who have none yet (a new replica, a wiped store) in the background; run at start. */
    buildMissing(shouldStop?: () => boolean): Promise<number> {
      return store.buildMissing(shouldStop);
    },
    /** Deletes copies of users forgotten elsewhere; run at start. */
    sweep(): Promise<number> {
      return store.sweep();
    },
    /** For tests and metrics. */
    cacheStats(): { bytes: number; loads: number; rebuilds: number; deltas: number; maxBytes: number; cached: (userId: string) => boolean } {
      return { bytes: store.bytes, loads: store.loads, rebuilds: store.rebuilds, deltas: store.deltas, maxBytes: store.maxBytes, cached: (id) => store.has(id) };
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all([...refreshing]);
      clearInterval(pruneTimer);
      store.close();
      await pool.end();
    },
  };
}

const CONVERTIBLE = new Set(["spending", "income", "net", "average"]);
/** Measures whose figure is the matching rows added up or counted. */
const SUMS_OF_ROWS = new Set(["spending", "income", "net", "count"]);
/** A Friday rate on Tuesday after an Easter Monday is 4 days old and still the newest there is. */
const STALE_AFTER_DAYS = 4;

// The demo bank's history, as a stream (benchmarks: 1M rows in constant
// memory) or collected per account (tests, the demo session).
//
// Volume, measured: a checking account books ~430 rows a year (~470 for the
// first, which always has a car and a gym), a credit card ~195, savings ~13;
// the default three accounts ~680 rows/year. Each extra checking/card pair adds
// ~620/year, so 1M rows is e.g. `accounts: 301` over ~11 years. Streaming runs
// at roughly 200k rows/s in constant memory.
//
// Time rules: card payments (lag 1) from today and yesterday are pending with
// no externalId and book the next day with an id; SEPA rows book on their day.
// A day's events depend only on (seed, account, day), so moving `now` forward
// only adds rows and turns pending into booked.
import type { NormalizedAccount, NormalizedTransaction } from "../types.ts";
import { dayFromYmd, dayOf, isoDay, monthFromIndex, monthIndex, toDay, ymd } from "./calendar.ts";
import { centsToDecimal, decimalToCents } from "./money.ts";
import { computeCardMonthCents, dayEvents, type DayContext } from "./streams.ts";
import { buildStreams, fixedOpeningCents, type DemoEvent, type StreamSpec } from "./world.ts";

export interface GenerateOptions {
  seed: number;
  /** Number of accounts (default 3: checking, savings, credit card). */
  accounts?: number;
  from: string; // YYYY-MM-DD, inclusive
  to: string; // YYYY-MM-DD, inclusive; capped at the day of `now`
  now: Date;
}

export interface DemoBalance {
  accountExternalId: string;
  currency: string;
  /** Balance before the first day of the window. */
  opening: string;
  /** opening + every booked row in the window. */
  booked: string;
  /** booked + pending rows. */
  available: string;
}

export interface DemoHistory {
  accounts: NormalizedAccount[];
  transactions: Map<string, NormalizedTransaction[]>;
  balances: Map<string, DemoBalance>;
}

export interface DemoRow {
  account: NormalizedAccount;
  transaction: NormalizedTransaction;
}

/** Streams plus the memo for card settlements; one per generation run. */
export function createWorld(seed: number, accounts: number): DayContext {
  const streams = buildStreams(seed, accounts);
  const memo = new Map<number, number>();
  const ctx: DayContext = {
    seed,
    streams,
    cardMonthCents(cardIndex, monthIdx) {
      const key = monthIdx * 10_000 + cardIndex;
      let v = memo.get(key);
      if (v === undefined) {
        const spec = streams[cardIndex];
        if (!spec) throw new Error(`no card stream ${cardIndex}`);
        v = computeCardMonthCents(ctx, spec, monthIdx);
        memo.set(key, v);
      }
      return v;
    },
  };
  return ctx;
}

function toTransaction(seed: number, spec: StreamSpec, e: DemoEvent, day: number, n: number, pending: boolean): NormalizedTransaction {
  const bookingDay = pending ? day : day + e.lag;
  const t: NormalizedTransaction = {
    externalId: pending ? null : `demo-${seed}-${spec.account.externalId}-${isoDay(day)}-${n}`,
    status: pending ? "pending" : "booked",
    bookingDate: isoDay(bookingDay),
    valueDate: isoDay(day),
    amount: centsToDecimal(e.cents),
    currency: "EUR",
    counterpartyName: e.counterpartyName,
    counterpartyIban: e.counterpartyIban ?? null,
    description: pending ? (e.pendingDescription ?? e.description) : e.description,
    merchant: e.merchant ?? null,
    transactionType: e.transactionType,
    providerCategory: e.category,
  };
  if (e.originalCents !== undefined && e.originalCurrency) {
    t.originalAmount = centsToDecimal(e.originalCents);
    t.originalCurrency = e.originalCurrency;
  }
  return t;
}

interface Numbered {
  e: DemoEvent;
  n: number;
}

function numbered(world: DayContext, spec: StreamSpec, day: number): Numbered[] {
  return dayEvents(world, spec, day).map((e, n) => ({ e, n }));
}

/**
 * Rows of one account in booking-date order for [from, to]. Pending rows are
 * listed on their purchase date; booked card rows on the day after.
 */
export function* accountRows(world: DayContext, spec: StreamSpec, from: number, to: number, today: number): Generator<NormalizedTransaction> {
  const last = Math.min(to, today);
  let carry = numbered(world, spec, from - 1);
  for (let d = from; d <= last; d++) {
    const events = numbered(world, spec, d);
    if (d - 1 <= today - 2) {
      for (const { e, n } of carry) if (e.lag === 1) yield toTransaction(world.seed, spec, e, d - 1, n, false);
    }
    for (const { e, n } of events) if (e.lag === 0) yield toTransaction(world.seed, spec, e, d, n, false);
    if (d >= today - 1) {
      for (const { e, n } of events) if (e.lag === 1) yield toTransaction(world.seed, spec, e, d, n, true);
    }
    carry = events;
  }
}

/** Every account's rows merged in date order; memory stays constant in the number of days. */
export function* iterateTransactions(opts: GenerateOptions): Generator<DemoRow> {
  const world = createWorld(opts.seed, opts.accounts ?? 3);
  const today = dayOf(opts.now);
  const from = toDay(opts.from);
  const to = toDay(opts.to);
  const iters = world.streams.map((s) => ({ account: s.account, rows: accountRows(world, s, from, to, today) }));
  const heads = iters.map((it) => it.rows.next());
  for (let d = from; d <= Math.min(to, today); d++) {
    const iso = isoDay(d);
    for (let i = 0; i < iters.length; i++) {
      const it = iters[i];
      if (!it) continue;
      let head = heads[i];
      if (!head) continue;
      while (!head.done && head.value.bookingDate === iso) {
        yield { account: it.account, transaction: head.value };
        head = it.rows.next();
      }
      heads[i] = head;
    }
  }
}

/**
 * What the account held just before `from`. Checking and savings start from a
 * seeded amount; a card starts owing what was bought but not yet settled
 * (settlement on the 3rd covers the previous month).
 */
export function openingCents(world: DayContext, spec: StreamSpec, from: number): number {
  if (spec.role !== "card") return fixedOpeningCents(world.seed, spec);
  const { year, month, day } = ymd(from);
  const start = day <= 3 ? monthFromIndex(monthIndex(year, month) - 1) : { year, month };
  const first = dayFromYmd(start.year, start.month, 1);
  let sum = 0;
  for (let d = first - 1; d <= from - 2; d++) {
    for (const e of dayEvents(world, spec, d, { fixed: false })) sum += e.cents;
  }
  return sum;
}

/** One account's rows in the window and the balances they add up to. */
export function summarizeAccount(world: DayContext, spec: StreamSpec, from: number, to: number, today: number): { rows: NormalizedTransaction[]; balance: DemoBalance } {
  const rows = [...accountRows(world, spec, from, to, today)];
  const opening = BigInt(openingCents(world, spec, from));
  let booked = opening;
  let pending = 0n;
  for (const t of rows) {
    if (t.status === "booked") booked += decimalToCents(t.amount);
    else pending += decimalToCents(t.amount);
  }
  const balance: DemoBalance = {
    accountExternalId: spec.account.externalId,
    currency: spec.account.currency,
    opening: centsToDecimal(opening),
    booked: centsToDecimal(booked),
    available: centsToDecimal(booked + pending),
  };
  return { rows, balance };
}

export function generateHistory(opts: GenerateOptions): DemoHistory {
  const world = createWorld(opts.seed, opts.accounts ?? 3);
  const today = dayOf(opts.now);
  const from = toDay(opts.from);
  const to = toDay(opts.to);
  const transactions = new Map<string, NormalizedTransaction[]>();
  const balances = new Map<string, DemoBalance>();
  for (const spec of world.streams) {
    const { rows, balance } = summarizeAccount(world, spec, from, to, today);
    transactions.set(spec.account.externalId, rows);
    balances.set(spec.account.externalId, balance);
  }
  return { accounts: world.streams.map((s) => ({ ...s.account })), transactions, balances };
}

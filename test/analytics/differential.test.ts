// Differential property test: random data in PostgreSQL, random QuerySpecs;
// what the DuckDB engine answers must equal an independent PostgreSQL
// reference (reference.ts), compared as exact decimals.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { QuerySpec } from "../../src/analytics/query-spec.ts";
import { pino } from "pino";
import { createFxRates } from "../../src/fx/index.ts";
import type { Day } from "../fakes/ecb/history.ts";
import { startEcbFake, type EcbFake } from "../fakes/ecb/server.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { referenceQuery } from "./reference.ts";
import { seedAccount, seedTx, seedUser, type TxInput } from "./seed.ts";

// Fixed, so a run is repeatable and the coverage checks below (enough questions
// with data, with conversions, with unconverted currencies) cannot flake;
// FC_SEED explores other cases.
const SEED = Number(process.env.FC_SEED ?? 20261129);

let t: TestDatabase;
let analytics: Analytics;
let client: pg.Client;
let ecb: EcbFake;
let converting: Analytics;
const today = "2025-01-15";

/**
 * Weekdays without TARGET holidays from December 2022 to February 2025; USD
 * and GBP throughout, CHF only from 2024 (a currency that joins: earlier CHF
 * rows have no rate). Values vary with the day so every date matters.
 */
function ecbHistory(): Day[] {
  const days: Day[] = [];
  for (let ms = Date.UTC(2022, 11, 1), i = 0; ms <= Date.UTC(2025, 1, 28); ms += 86_400_000, i++) {
    const date = new Date(ms).toISOString().slice(0, 10);
    const dow = new Date(ms).getUTCDay();
    if (dow === 0 || dow === 6 || ["01-01", "05-01", "12-25", "12-26"].includes(date.slice(5))) continue;
    const rates: Record<string, string> = {
      USD: (1.04 + ((i * 37) % 1000) / 10_000).toFixed(4),
      GBP: (0.84 + ((i * 53) % 2000) / 100_000).toFixed(5),
    };
    if (date >= "2024-01-01") rates.CHF = (0.93 + ((i * 11) % 500) / 10_000).toFixed(4);
    days.push({ date, rates });
  }
  return days;
}

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url, maxCacheBytes: 64 * 1024 * 1024 });
  ecb = await startEcbFake({ days: ecbHistory(), now: new Date("2025-03-03T12:00:00Z") });
  const fx = createFxRates({ db: t.db, logger: pino({ level: "silent" }), url: ecb.url, now: () => ecb.now });
  converting = createAnalytics({ db: t.db, databaseUrl: t.url, maxCacheBytes: 64 * 1024 * 1024, fx });
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await analytics?.close();
  await converting?.close();
  await ecb?.close();
  await t?.drop();
});

const MERCHANTS = ["REWE", "Rewe", "rewe", "Café Müller", "CAFE MULLER", "café müller", "Ärzte Zentrum", "Lidl", "", null];
const COUNTERPARTIES = ["REWE Markt GmbH", "Café Müller", "Amazon EU", "Übertrag", null];
const DESCRIPTIONS = ["Kartenzahlung 50%", "Abo_Monat", "Miete \\ März", "Gehalt", "rewe sagt danke", null];
const CATEGORIES = ["groceries", "restaurants", "salary", "transfers", "savings", "rent", "refunds", "shopping", null];
// What a refund nets against (Transaction.refundOfKey); written on other rows too, where it must not matter.
const REFUND_OF = ["groceries", "restaurants", "shopping", null];
const QUERY_MERCHANTS = ["rewe", "CAFÉ MÜLLER", "cafe muller", "arzte zentrum", "lidl", "amazon eu", "nobody"];
const TEXTS = ["50%", "_", "abo", "MIETE", "\\", "rewe", "zz", "%"];

const date = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const cents = fc.integer({ min: -50_000, max: 50_000 }).map((c) => (c / 100).toFixed(2));
// A few amounts with 8 decimals, to catch anything that rounds too early.
const amount = fc.oneof({ weight: 9, arbitrary: cents }, { weight: 1, arbitrary: fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }).map((u) => (u / 1e8).toFixed(8)) });

const txArbFields = () => ({
  account: fc.nat(),
  date: date(0, 760),
  amount,
  merchant: fc.constantFrom(...MERCHANTS),
  counterparty: fc.constantFrom(...COUNTERPARTIES),
  description: fc.constantFrom(...DESCRIPTIONS),
  category: fc.constantFrom(...CATEGORIES),
  refundOf: fc.constantFrom(...REFUND_OF),
  status: fc.constantFrom("BOOKED" as const, "PENDING" as const),
});
const txArb = fc.record(txArbFields());
const userArb = fc.record({
  currencies: fc.array(fc.constantFrom("EUR", "USD"), { minLength: 1, maxLength: 3 }),
  txs: fc.array(txArb, { minLength: 20, maxLength: 60 }),
});

const periodArb = fc.oneof(
  fc.tuple(date(-30, 760), fc.integer({ min: 0, max: 400 })).map(([from, len]) => {
    const to = new Date(Date.parse(from) + len * 86_400_000).toISOString().slice(0, 10);
    return { from, to };
  }),
  fc.tuple(fc.integer({ min: 2023, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 })).map(([y, m, n]) => ({
    from: new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(y, m - 1 + n, 0)).toISOString().slice(0, 10),
  })),
);

const sometimes = <T,>(arb: fc.Arbitrary<T>, weight = 1) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight, arbitrary: arb });

/** Account filters are indices into the run's accounts (both users'), so specs shrink. */
const specArb = fc.record({
  measure: fc.constantFrom("spending", "income", "net", "count", "average"),
  period: sometimes(periodArb, 10),
  categories: sometimes(fc.subarray(["groceries", "restaurants", "salary", "transfers", "savings", "rent", "travel", "refunds", "shopping"], { minLength: 1 })),
  merchants: sometimes(fc.subarray(QUERY_MERCHANTS, { minLength: 1 })),
  accounts: sometimes(fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 })),
  text: sometimes(fc.constantFrom(...TEXTS)),
  minAmount: sometimes(fc.integer({ min: 0, max: 20_000 }).map((c) => (c / 100).toFixed(2))),
  maxAmount: sometimes(fc.integer({ min: 10_000, max: 60_000 }).map((c) => (c / 100).toFixed(2))),
  currency: sometimes(fc.constantFrom("EUR", "USD", "GBP")),
  groupBy: fc.constantFrom("none", "category", "merchant", "account", "day", "week", "month", "year"),
  compare: fc.constantFrom("none", "previous_period", "same_period_last_year"),
  sort: fc.constantFrom("value_desc", "value_asc", "key_asc", "key_desc"),
  limit: sometimes(fc.integer({ min: 1, max: 8 }), 2),
  status: sometimes(fc.constant("pending" as const)),
});

function canon(s: string | null | undefined): string | null | undefined {
  if (s === null || s === undefined || !s.includes(".")) return s === "-0" ? "0" : s;
  const out = s.replace(/0+$/, "").replace(/\.$/, "");
  return out === "-0" ? "0" : out;
}

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Counters = { checks: number; nonEmpty: number; converted: number; separate: number; refundsByCategory: number };

/** Refunds naming a category in the period, where the question looks at categories: the answer depends on refund_of. */
async function refundsByCategory(userId: string, spec: QuerySpec, period: { from: string; to: string }): Promise<boolean> {
  const nets = spec.measure === "spending" || (spec.measure === "average" && spec.averageOver === "month");
  if (!nets || (spec.groupBy !== "category" && !spec.filters.categories?.length)) return false;
  const r = await client.query<{ n: number }>(
    `select count(*)::int as n from "Transaction" t join "Category" c on c.id = t."categoryId"
     where t."userId" = $1 and c.key = 'refunds' and t."refundOfKey" is not null and t.amount > 0 and t."bookingDate" between $2::date and $3::date`,
    [userId, period.from, period.to],
  );
  return (r.rows[0]?.n ?? 0) > 0;
}
type UserSpec = { base?: string; currencies: string[]; txs: Of<typeof txArb>[] };

async function property(engine: Analytics, users: UserSpec[], specs: Of<typeof specArb>[], fx: boolean, counters: Counters) {
  const seeded = [];
  for (const u of users) {
    const s = await seedUser(t.db, { baseCurrency: u.base ?? "EUR" });
    const accountIds: string[] = [];
    for (const [i, c] of u.currencies.entries()) accountIds.push(await seedAccount(t.db, s, `Acc ${i}`, c));
    const txs: TxInput[] = u.txs.map((x) => {
      const idx = x.account % accountIds.length;
      return { ...x, accountId: accountIds[idx]!, currency: u.currencies[idx]! };
    });
    await seedTx(t.db, s, txs);
    seeded.push({ s, accountIds, base: u.base ?? "EUR" });
  }
  const allAccounts = seeded.flatMap((x) => x.accountIds);
  for (const { s, base } of seeded) {
    for (const raw of specs) {
      const { period, categories, merchants, accounts, text, minAmount, maxAmount, currency, status, ...rest } = raw;
      const accountIds = accounts ? [...new Set(accounts.map((i) => allAccounts[i % allAccounts.length]!))] : undefined;
      const filters = { period, categories, merchants, accounts: accountIds, text, minAmount, maxAmount, currency, status };
      const spec = QuerySpec.parse({ ...rest, filters: JSON.parse(JSON.stringify(filters)) });
      const got = await engine.query(s.userId, spec, { today });
      const want = await referenceQuery(client, s.userId, spec, got.period, got.comparePeriod, base, fx ? { base } : undefined);
      const simplify = (rows: Array<{ key: string | null; currency: string; value: string; compareValue?: string | null; count: number }>) =>
        rows.map((r) => [r.key, r.currency, canon(r.value), canon(r.compareValue), r.count]);
      expect(simplify(got.rows), JSON.stringify(spec)).toEqual(simplify(want));
      counters.checks++;
      if (want.some((r) => r.count > 0)) counters.nonEmpty++;
      if (got.conversion?.converted.some((c) => c.count > 0)) counters.converted++;
      if (got.conversion?.unconverted.length) counters.separate++;
      if (await refundsByCategory(s.userId, spec, got.period)) counters.refundsByCategory++;
    }
  }
}

it(
  "the DuckDB engine answers every random question exactly like a plain PostgreSQL reference",
  async () => {
    const counters: Counters = { checks: 0, nonEmpty: 0, converted: 0, separate: 0, refundsByCategory: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(userArb, { minLength: 2, maxLength: 2 }), fc.array(specArb, { minLength: 4, maxLength: 4 }), (users, specs) =>
        property(analytics, users, specs, false, counters),
      ),
      { numRuns: 12, endOnFailure: true, seed: SEED },
    );
    expect(counters.checks).toBeGreaterThanOrEqual(90);
    // The comparison only means something if many questions find data.
    expect(counters.nonEmpty).toBeGreaterThan(counters.checks / 3);
  },
  120_000,
);

/** Spending by category or filtered to categories, few other filters: questions a refund's category decides. */
const refundSpecArb = fc
  .tuple(specArb, fc.subarray(["groceries", "restaurants", "shopping", "refunds", "salary"], { minLength: 1 }), fc.boolean(), fc.boolean())
  .map(([s, categories, filtered, grouped]) => ({
    ...s,
    measure: "spending" as const,
    categories: filtered || !grouped ? categories : undefined,
    groupBy: grouped ? ("category" as const) : s.groupBy,
    merchants: undefined,
    text: undefined,
    minAmount: undefined,
    maxAmount: undefined,
    currency: undefined,
  }));

/** Users with money back from shops: positive "refunds" rows, most naming the shop's category. */
const refundUserArb = fc
  .tuple(userArb, fc.array(fc.record({ ...txArbFields(), amount: fc.integer({ min: 1, max: 20_000 }).map((c) => (c / 100).toFixed(2)), category: fc.constant("refunds") }), { minLength: 5, maxLength: 20 }))
  .map(([u, refunds]) => ({ ...u, txs: [...u.txs, ...refunds] }));

it(
  "a refund counts against the category of the shop it came from, exactly like the reference",
  async () => {
    const counters: Counters = { checks: 0, nonEmpty: 0, converted: 0, separate: 0, refundsByCategory: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(refundUserArb, { minLength: 2, maxLength: 2 }), fc.array(refundSpecArb, { minLength: 4, maxLength: 4 }), (users, specs) =>
        property(analytics, users, specs, false, counters),
      ),
      { numRuns: 8, endOnFailure: true, seed: SEED },
    );
    // The property only covers refunds if many questions have refunds naming a category in their period.
    expect(counters.refundsByCategory).toBeGreaterThan(counters.checks / 3);
  },
  120_000,
);

const mixedUserArb = fc.record({
  base: fc.constantFrom("EUR", "USD"),
  currencies: fc.array(fc.constantFrom("EUR", "USD", "CHF", "BTC"), { minLength: 2, maxLength: 4 }),
  txs: fc.array(txArb, { minLength: 20, maxLength: 60 }),
});

it(
  "with mixed currencies converted at the same ECB rates, DuckDB and PostgreSQL agree to the cent",
  async () => {
    const counters: Counters = { checks: 0, nonEmpty: 0, converted: 0, separate: 0, refundsByCategory: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mixedUserArb, { minLength: 2, maxLength: 2 }), fc.array(specArb, { minLength: 4, maxLength: 4 }), (users, specs) =>
        property(converting, users, specs, true, counters),
      ),
      { numRuns: 12, endOnFailure: true, seed: SEED },
    );
    expect(counters.checks).toBeGreaterThanOrEqual(90);
    expect(counters.nonEmpty).toBeGreaterThan(counters.checks / 3);
    // Conversion has to actually happen in a good share of the questions, and
    // currencies without a rate (BTC, CHF before it joined) have to stay apart in some.
    expect(counters.converted).toBeGreaterThan(counters.checks / 8);
    expect(counters.separate).toBeGreaterThan(counters.checks / 10);
  },
  180_000,
);

// The same comparison on the persistent incremental store: random writes of
// every kind the write paths make (new rows, amount / category / merchant /
// status changes, deletions, a category turning into a transfer, an account
// removed with its rows) interleaved with questions and restarts. Every answer
// must already include every write committed before it.
const writeArb = fc.oneof(
  fc.record({ op: fc.constant("add" as const), txs: fc.array(txArb, { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant("amount" as const), pick: fc.nat(), amount }),
  fc.record({ op: fc.constant("recategorize" as const), pick: fc.nat(), category: fc.constantFrom(...CATEGORIES) }),
  fc.record({ op: fc.constant("refund_of" as const), pick: fc.nat(), refundOf: fc.constantFrom(...REFUND_OF) }),
  fc.record({ op: fc.constant("rename" as const), from: fc.constantFrom(...MERCHANTS), to: fc.constantFrom(...MERCHANTS) }),
  fc.record({ op: fc.constant("status" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("delete" as const), pick: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant("kind" as const), category: fc.constantFrom("groceries", "restaurants", "savings") }),
  fc.record({ op: fc.constant("drop_account" as const), pick: fc.nat() }),
);
const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ step: fc.constant("write" as const), user: fc.nat(1), write: writeArb }) },
  { weight: 4, arbitrary: fc.record({ step: fc.constant("ask" as const), user: fc.nat(1), spec: specArb }) },
  { weight: 1, arbitrary: fc.record({ step: fc.constant("restart" as const) }) },
);

type Write = typeof writeArb extends fc.Arbitrary<infer W> ? W : never;

async function writeOp(s: Awaited<ReturnType<typeof seedUser>>, w: Write): Promise<void> {
  const pickTx = `(select id from "Transaction" where "userId" = $1 order by id offset $2 % greatest(1, (select count(*) from "Transaction" where "userId" = $1)) limit 1)`;
  switch (w.op) {
    case "add": {
      const live = (await client.query<{ id: string; currency: string }>(`select id, currency from "Account" where "userId" = $1 order by id`, [s.userId])).rows;
      if (!live.length) return;
      await seedTx(t.db, s, w.txs.map((x) => ({ ...x, accountId: live[x.account % live.length]!.id, currency: live[x.account % live.length]!.currency })));
      return;
    }
    case "amount":
      await client.query(`update "Transaction" set amount = $3 where id = ${pickTx}`, [s.userId, w.pick, w.amount]);
      return;
    case "recategorize":
      await client.query(`update "Transaction" set "categoryId" = $3 where id = ${pickTx}`, [s.userId, w.pick, w.category ? s.categories.get(w.category) : null]);
      return;
    case "refund_of":
      await client.query(`update "Transaction" set "refundOfKey" = $3 where id = ${pickTx}`, [s.userId, w.pick, w.refundOf]);
      return;
    case "rename":
      await client.query(`update "Transaction" set merchant = $3 where "userId" = $1 and merchant is not distinct from $2`, [s.userId, w.from, w.to]);
      return;
    case "status":
      await client.query(`update "Transaction" set status = case when status = 'BOOKED' then 'PENDING'::"TransactionStatus" else 'BOOKED'::"TransactionStatus" end where id = ${pickTx}`, [s.userId, w.pick]);
      return;
    case "delete":
      await client.query(`delete from "Transaction" where id in (select id from "Transaction" where "userId" = $1 order by id offset $2 % greatest(1, (select count(*) from "Transaction" where "userId" = $1)) limit $3)`, [s.userId, w.pick, w.n]);
      return;
    case "kind":
      await client.query(`update "Category" set kind = case when kind = 'transfer' then 'expense' else 'transfer' end where "userId" = $1 and key = $2`, [s.userId, w.category]);
      return;
    case "drop_account":
      // Keeps at least one account so questions still find data.
      await client.query(
        `delete from "Account" where id = (select id from "Account" where "userId" = $1 order by id offset $2 % greatest(1, (select count(*) from "Account" where "userId" = $1)) limit 1) and (select count(*) from "Account" where "userId" = $1) > 1`,
        [s.userId, w.pick],
      );
      return;
  }
}
it(
  "the incremental store agrees with PostgreSQL after random interleavings of writes, questions and restarts",
  async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kontor-store-"));
    const open = () => createAnalytics({ db: t.db, databaseUrl: t.url, storeDir: dir, maxCacheBytes: 64 * 1024 * 1024 });
    let store = open();
    let checks = 0;
    let deltas = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(userArb, { minLength: 2, maxLength: 2 }), fc.array(stepArb, { minLength: 10, maxLength: 30 }), async (users, steps) => {
          const seeded = [];
          for (const u of users) {
            const s = await seedUser(t.db);
            const accountIds: string[] = [];
            for (const [i, c] of u.currencies.entries()) accountIds.push(await seedAccount(t.db, s, `Acc ${i}`, c));
            await seedTx(t.db, s, u.txs.map((x) => ({ ...x, accountId: accountIds[x.account % accountIds.length]!, currency: u.currencies[x.account % accountIds.length]! })));
            // The copy exists (and is then followed) from the first question on.
            await store.query(s.userId, { measure: "count" }, { today });
            seeded.push({ s, accountIds });
          }
          const allAccounts = seeded.flatMap((x) => x.accountIds);
          for (const step of steps) {
            if (step.step === "restart") {
              deltas += store.cacheStats().deltas;
              await store.close();
              store = open();
              continue;
            }
            const { s } = seeded[step.user]!;
            if (step.step === "write") {
              await writeOp(s, step.write);
              continue;
            }
            const { period, categories, merchants, accounts, text, minAmount, maxAmount, currency, status, ...rest } = step.spec;
            const ids = accounts ? [...new Set(accounts.map((i) => allAccounts[i % allAccounts.length]!))] : undefined;
            const filters = { period, categories, merchants, accounts: ids, text, minAmount, maxAmount, currency, status };
            const spec = QuerySpec.parse({ ...rest, filters: JSON.parse(JSON.stringify(filters)) });
            const got = await store.query(s.userId, spec, { today });
            const want = await referenceQuery(client, s.userId, spec, got.period, got.comparePeriod, "EUR");
            const simplify = (rows: Array<{ key: string | null; currency: string; value: string; compareValue?: string | null; count: number }>) =>
              rows.map((r) => [r.key, r.currency, canon(r.value), canon(r.compareValue), r.count]);
            expect(simplify(got.rows), JSON.stringify(spec)).toEqual(simplify(want));
            checks++;
          }
        }),
        { numRuns: 10, endOnFailure: true, seed: SEED },
      );
      deltas += store.cacheStats().deltas;
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(checks).toBeGreaterThanOrEqual(40);
    // The answers came from patched copies, not from reloads.
    expect(deltas).toBeGreaterThan(10);
  },
  180_000,
);

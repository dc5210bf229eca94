// An independent, deliberately plain reference for flow questions: one
// hand-written PostgreSQL aggregate per period, with filling, comparison,
// sorting and limits done in the test. It shares no code with compile.ts.
import type pg from "pg";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";
// Which labels are one merchant is a definition, not a computation: the
// reference takes the keys from it and does everything else itself.
import { keyMatches, labelKey } from "../../src/analytics/merchant-keys.ts";


export interface RefRow {
  key: string | null;
  currency: string;
  value: string;
  compareValue?: string;
  count: number;
}

interface Agg {
  key: string | null;
  currency: string;
  sum: string;
  cnt: number;
  avg: string | null;
  /** Holds money converted from another currency (its value is rounded to cents). */
  converted?: boolean;
}

/** Conversion into `base` with the rates the module cached in "FxRate" (ECB, units per 1 EUR). */
export interface RefFx {
  base: string;
  /**
   * Currencies left unconverted: one lacking a rate on any of its days in
   * either side of a comparison stays apart on both (as the engine decides).
   */
  missing?: Set<string>;
}

function escapeLike(s: string): string {
  let out = "";
  for (const ch of s) out += ch === "%" || ch === "_" || ch === "\\" ? `\\${ch}` : ch;
  return `%${out}%`;
}

async function aggregate(client: pg.Client, userId: string, spec: QuerySpec, from: string, to: string, fx?: RefFx): Promise<Agg[]> {
  const f = spec.filters;
  const params: unknown[] = [userId, from, to];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`t."userId" = $1`, `t."bookingDate" between $2::date and $3::date`];
  // Spending (and its average per month) counts a refund against the category
  // of the shop it came from: filtered and grouped as that category.
  const nets = spec.measure === "spending" || (spec.measure === "average" && spec.averageOver === "month");
  const category = nets ? `(case when c.key = 'refunds' then coalesce(t."refundOfKey", 'refunds') else c.key end)` : "c.key";
  if (f.categories?.length) {
    const cats = p(f.categories);
    // Naming "refunds" itself asks for every refund, whatever it refunds.
    where.push(nets ? `(c.key = any(${cats}::text[]) or ${category} = any(${cats}::text[]))` : `c.key = any(${cats}::text[])`);
  }
  else where.push(`(c.kind is null or c.kind <> 'transfer')`);
  if (f.merchants?.length) {
    const labels = await client.query<{ l: string }>(
      `select merchant as l from "Transaction" where "userId" = $1 and merchant is not null union select "counterpartyName" from "Transaction" where "userId" = $1 and "counterpartyName" is not null`,
      [userId],
    );
    const keys = f.merchants.map(labelKey).filter((k) => k !== "");
    const m = p(labels.rows.map((r) => r.l).filter((l) => keys.some((k) => keyMatches(labelKey(l), k))));
    where.push(`(t.merchant = any(${m}::text[]) or t."counterpartyName" = any(${m}::text[]))`);
  }
  if (f.accounts?.length) where.push(`t."accountId" = any(${p(f.accounts)}::uuid[])`);
  if (f.text) {
    const q = p(escapeLike(f.text));
    where.push(`(t.description ilike ${q} or t."counterpartyName" ilike ${q} or t.merchant ilike ${q})`);
  }
  if (f.minAmount) where.push(`abs(t.amount) >= ${p(f.minAmount)}::numeric`);
  if (f.maxAmount) where.push(`abs(t.amount) <= ${p(f.maxAmount)}::numeric`);
  if (f.currency) where.push(`t.currency = ${p(f.currency)}`);
  if (f.status === "pending") where.push(`t.status = 'PENDING'`);
  let x = "t.amount";
  if (spec.measure === "spending" || (spec.measure === "average" && spec.averageOver === "month")) {
    // Refunds net against spending.
    // Refunds, and money in filed under a spending category, net against spending.
    where.push(`(t.amount < 0 or (t.amount > 0 and (c.key = 'refunds' or c.kind = 'expense')))`);
    x = "-t.amount";
  } else if (spec.measure === "average") {
    where.push("t.amount < 0");
    x = "-t.amount";
  }
  if (spec.measure === "income") {
    where.push("t.amount > 0");
    // Money in from a merchant or text named is all of it (a shop's money in is its refunds).
    const namesPayer = Boolean(f.merchants?.length || f.text);
    if (!namesPayer && !f.categories?.includes("refunds")) where.push(`c.key is distinct from 'refunds'`);
    if (!namesPayer && !f.categories?.length) where.push(`c.kind is distinct from 'expense'`);
  }
  const key = {
    none: "null::text",
    category,
    account: `t."accountId"::text`,
    merchant: `json_build_array(nullif(t.merchant, ''), t."counterpartyName")::text`,
    day: `to_char(t."bookingDate", 'YYYY-MM-DD')`,
    week: `to_char(date_trunc('week', t."bookingDate"), 'YYYY-MM-DD')`,
    month: `to_char(date_trunc('month', t."bookingDate"), 'YYYY-MM-DD')`,
    year: `to_char(date_trunc('year', t."bookingDate"), 'YYYY-MM-DD')`,
    transaction: "t.id::text",
  }[spec.groupBy];
  if (fx) return converted(client, params, `${key}`, x, where, fx, spec.groupBy === "merchant");
  const sql = `select ${key} as key, trim(t.currency) as currency, sum(${x})::text as sum, count(*)::int as cnt,
      round(sum(${x}) / count(*), 2)::text as avg
    from "Transaction" t left join "Category" c on c.id = t."categoryId"
    where ${where.join(" and ")} group by 1, 2`;
  const rows = (await client.query<Agg>(sql, params)).rows;
  return spec.groupBy === "merchant" ? byMerchantKey(rows) : rows;
}

/**
 * Sums per (key, currency, booking day), each day's sum of another currency
 * converted in SQL at the newest publication on or before the day:
 * round(sum × rate(base) / rate(currency), 18). A currency lacking a rate on
 * any of its days is not converted at all.
 */
async function converted(client: pg.Client, params: unknown[], key: string, x: string, where: string[], fx: RefFx, merchant: boolean): Promise<Agg[]> {
  params.push(fx.base);
  const b = `$${params.length}`;
  const rate = (alias: string, cur: string) => `(case when ${cur} = 'EUR' then 1 else ${alias}.rate end)`;
  const sql = `with g as (
      select ${key} as key, trim(t.currency) as currency, t."bookingDate" as d, sum(${x}) as s, count(*)::int as n
      from "Transaction" t left join "Category" c on c.id = t."categoryId"
      where ${where.join(" and ")} group by 1, 2, 3),
    p as (select g.*, (select max(date) from "FxRate" where source = 'ECB' and date <= g.d) as pub from g)
    select p.key, p.currency, p.s::text as s, p.n,
      case when p.currency = ${b} then p.s::text
        else round(p.s::numeric(60,30) * ${rate("rb", b)} / ${rate("rx", "p.currency")}, 18)::text end as conv
    from p
    left join "FxRate" rx on rx.source = 'ECB' and rx.date = p.pub and rx.currency = p.currency
    left join "FxRate" rb on rb.source = 'ECB' and rb.date = p.pub and rb.currency = ${b}`;
  const rows = (await client.query<{ key: string | null; currency: string; s: string; n: number; conv: string | null }>(sql, params)).rows;
  const missing = fx.missing ?? new Set<string>();
  for (const r of rows) if (r.conv === null) missing.add(r.currency);
  const out = new Map<string, { key: string | null; currency: string; sum: bigint; cnt: number; converted: boolean }>();
  for (const r of rows) {
    let k = r.key;
    if (merchant) {
      const [m, cp] = JSON.parse(r.key ?? "[null,null]") as [string | null, string | null];
      k = m !== null ? labelKey(m) : cp !== null ? labelKey(cp) : null;
    }
    const convert = r.currency !== fx.base && !missing.has(r.currency);
    const currency = convert ? fx.base : r.currency;
    const id = JSON.stringify([k, currency]);
    const acc = out.get(id) ?? { key: k, currency, sum: 0n, cnt: 0, converted: false };
    acc.sum += toUnits(convert ? r.conv! : r.s);
    acc.cnt += r.n;
    acc.converted ||= convert;
    out.set(id, acc);
  }
  return [...out.values()].map((a) => ({ key: a.key, currency: a.currency, sum: fromUnits(a.sum), cnt: a.cnt, avg: a.cnt ? avgOf(a.sum, a.cnt) : null, converted: a.converted }));
}

/** Folds per-label sums into per-merchant-key sums; the average is recomputed from the exact sum. */
function byMerchantKey(rows: Agg[]): Agg[] {
  const out = new Map<string, { key: string | null; currency: string; sum: bigint; cnt: number }>();
  for (const r of rows) {
    const [merchant, counterparty] = JSON.parse(r.key ?? "[null,null]") as [string | null, string | null];
    const key = merchant !== null ? labelKey(merchant) : counterparty !== null ? labelKey(counterparty) : null;
    const id = JSON.stringify([key, r.currency]);
    const acc = out.get(id) ?? { key, currency: r.currency, sum: 0n, cnt: 0 };
    acc.sum += toUnits(r.sum);
    acc.cnt += r.cnt;
    out.set(id, acc);
  }
  return [...out.values()].map((a) => {
    return { key: a.key, currency: a.currency, sum: fromUnits(a.sum), cnt: a.cnt, avg: a.cnt ? avgOf(a.sum, a.cnt) : null };
  });
}

/** Amounts are handled as integers of 10^-UNITS (conversions carry 18 digits). */
const UNITS = 18;
const ONE = 10n ** BigInt(UNITS);

function fromUnits(u: bigint): string {
  const neg = u < 0n;
  const abs = neg ? -u : u;
  const s = `${abs / ONE}.${(abs % ONE).toString().padStart(UNITS, "0")}`;
  return neg ? `-${s}` : s;
}

/** Half away from zero to 2 decimals, as a units value. */
function roundCents(u: bigint): bigint {
  const step = 10n ** BigInt(UNITS - 2);
  const abs = u < 0n ? -u : u;
  const r = ((abs * 2n + step) / (2n * step)) * step;
  return u < 0n ? -r : r;
}

async function series(client: pg.Client, unit: string, from: string, to: string): Promise<string[]> {
  const r = await client.query<{ b: string }>(
    `select to_char(b, 'YYYY-MM-DD') as b from generate_series(date_trunc('${unit}', $1::date), $2::date, ('1 ' || '${unit}')::interval) b`,
    [from, to],
  );
  return r.rows.map((x) => x.b);
}

export async function referenceQuery(
  client: pg.Client,
  userId: string,
  spec: QuerySpec,
  period: { from: string; to: string },
  cmp: { from: string; to: string } | null,
  baseCurrency: string,
  fx?: RefFx,
): Promise<RefRow[]> {
  // Sums convert; counts do not, and a currency filter asks for that currency alone.
  const conv = fx && ["spending", "income", "net", "average"].includes(spec.measure) && !spec.filters.currency ? { ...fx, missing: new Set<string>() } : undefined;
  let cur = await aggregate(client, userId, spec, period.from, period.to, conv);
  let prev = cmp ? await aggregate(client, userId, spec, cmp.from, cmp.to, conv) : [];
  if (conv && cmp) {
    // Both sides again, now knowing every currency that lacks a rate on either.
    cur = await aggregate(client, userId, spec, period.from, period.to, conv);
    prev = await aggregate(client, userId, spec, cmp.from, cmp.to, conv);
  }
  let rounding = false;
  const val = (a: Agg | undefined): string => {
    if (spec.measure === "count") return String(a?.cnt ?? 0);
    if (spec.measure === "average") return a?.avg ?? "0";
    const sum = a?.sum ?? "0";
    return rounding ? fromUnits(roundCents(toUnits(sum))) : sum;
  };
  const find = (list: Agg[], key: string | null, currency: string) => list.find((a) => a.key === key && a.currency === currency);
  const rows: Array<RefRow & { sortSum: string; sortCnt: number }> = [];
  const push = (key: string | null, currency: string, a: Agg | undefined, b: Agg | undefined) => {
    // Converted money is rounded to cents once, at the end, on both sides of a comparison.
    rounding = Boolean(a?.converted || b?.converted);
    const row: RefRow & { sortSum: string; sortCnt: number } = { key, currency, value: val(a), count: a?.cnt ?? 0, sortSum: a?.sum ?? "0", sortCnt: a?.cnt ?? 0 };
    if (cmp) row.compareValue = val(b);
    rows.push(row);
  };
  const time = ["day", "week", "month", "year"].includes(spec.groupBy);
  if (time || spec.groupBy === "none") {
    const currencies = [...new Set([...cur, ...prev].map((a) => a.currency))];
    if (currencies.length === 0) currencies.push(spec.filters.currency ?? baseCurrency);
    const keys = time ? await series(client, spec.groupBy, period.from, period.to) : [null];
    const cmpKeys = time && cmp ? await series(client, spec.groupBy, cmp.from, cmp.to) : [null];
    for (const [i, key] of keys.entries()) {
      // A compare bucket past the end of the compare series has no data (the key is null only for "none").
      const cmpKey = i < cmpKeys.length ? (cmpKeys[i] as string | null) : "∅";
      for (const c of currencies) push(key, c, find(cur, key, c), cmp ? find(prev, cmpKey, c) : undefined);
    }
  } else {
    const seen = new Set<string>();
    for (const a of [...cur, ...prev]) {
      const id = JSON.stringify([a.key, a.currency]);
      if (seen.has(id)) continue;
      seen.add(id);
      push(a.key, a.currency, find(cur, a.key, a.currency), find(prev, a.key, a.currency));
    }
  }
  rows.sort((a, b) => compareRows(spec, a, b));
  const limited = spec.limit === undefined ? rows : rows.slice(0, spec.limit);
  return limited.map(({ sortSum: _s, sortCnt: _c, ...r }) => r);
}

function toUnits(s: string): bigint {
  const [i = "0", f = ""] = s.split(".");
  const neg = i.startsWith("-");
  if (f.length > UNITS) throw new Error(`more than ${UNITS} decimals: ${s}`);
  const u = BigInt(i.replace("-", "")) * ONE + BigInt(f.padEnd(UNITS, "0"));
  return neg ? -u : u;
}

/** sum / cnt to 2 decimals, half away from zero. */
function avgOf(sum: bigint, cnt: number): string {
  const half = BigInt(cnt) * 10n ** BigInt(UNITS - 2);
  const abs = sum < 0n ? -sum : sum;
  const cents = (abs * 2n + half) / (2n * half);
  return fromUnits((sum < 0n ? -cents : cents) * 10n ** BigInt(UNITS - 2));
}

function compareRows(spec: QuerySpec, a: { key: string | null; currency: string; sortSum: string; sortCnt: number }, b: typeof a): number {
  const byKey = (dir: 1 | -1) => {
    if (a.key === b.key) return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * dir;
  };
  if (spec.sort === "key_asc") return byKey(1);
  if (spec.sort === "key_desc") return byKey(-1);
  const dir = spec.sort === "value_desc" ? -1 : 1;
  let c: number;
  if (spec.measure === "count") c = Math.sign(a.sortCnt - b.sortCnt);
  else if (spec.measure === "average") {
    if (a.sortCnt === 0 || b.sortCnt === 0) {
      if (a.sortCnt === 0 && b.sortCnt === 0) return byKey(1);
      return a.sortCnt === 0 ? 1 : -1; // nulls last
    }
    const l = toUnits(a.sortSum) * BigInt(b.sortCnt);
    const r = toUnits(b.sortSum) * BigInt(a.sortCnt);
    c = l < r ? -1 : l > r ? 1 : 0;
  } else {
    const l = toUnits(a.sortSum);
    const r = toUnits(b.sortSum);
    c = l < r ? -1 : l > r ? 1 : 0;
  }
  return c !== 0 ? c * dir : byKey(1);
}

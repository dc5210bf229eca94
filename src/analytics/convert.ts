// Totals across currencies, in the person's base currency. DuckDB sums the
// rows of every other currency per (key, side, currency, booking date)
// (compileByDay); each sum is converted exactly at that day's ECB rate
// (decimal strings, never floats) and added to the base-currency row of the
// same key. A currency without a rate for every one of its days (crypto,
// rates unavailable) stays a row of its own, as before.
import { decimalAdd, decimalCmp, decimalMul } from "../format/decimal.ts";
import type { FxRates } from "../fx/types.ts";
import { averagesPerTransaction, type QuerySpec } from "./query-spec.ts";
import type { JsonRow } from "./user-db.ts";

export interface Conversion {
  to: string;
  source: string;
  /** Converted currencies and how many transactions of each (current period). */
  converted: { currency: string; count: number }[];
  /** Currencies in the answer that could not be converted (no rate), shown separately. */
  unconverted: string[];
  /** Newest cached publication, and how many days before `today` it is. */
  newestRate: string | null;
  rateAgeDays: number | null;
  /** The newest rate is older than a long weekend while the period goes beyond it. */
  stale: boolean;
  /** A list ranked by its rows' converted amounts, each row still in its own currency (rank-list.ts). */
  ranked?: boolean;
}

interface Sums {
  v: string;
  vc: number;
  c: string;
  cc: number;
}

export interface ConvertedGroups {
  /** Converted sums per output key ("" for a null key). */
  byKey: Map<string, Sums>;
  converted: Map<string, number>;
  unconverted: Set<string>;
}

/** Converts the per-day sums; a currency lacking any day's rate is left out whole. */
export async function convertDaySums(dayRows: JsonRow[], to: string, fx: FxRates): Promise<ConvertedGroups> {
  const values: (string | null)[] = [];
  for (const r of dayRows) values.push((await fx.convert(String(r.s), String(r.currency), to, String(r.d)))?.amount ?? null);
  const unconverted = new Set<string>();
  dayRows.forEach((r, i) => {
    if (values[i] === null) unconverted.add(String(r.currency));
  });
  const byKey = new Map<string, Sums>();
  const converted = new Map<string, number>();
  for (const [i, r] of dayRows.entries()) {
    const currency = String(r.currency);
    if (unconverted.has(currency)) continue;
    const convertedSum = values[i]!;
    const key = r.key === null ? "" : String(r.key);
    const acc = byKey.get(key) ?? { v: "0", vc: 0, c: "0", cc: 0 };
    const n = Number(r.n);
    if (r.p === "c") {
      acc.v = decimalAdd(acc.v, convertedSum);
      acc.vc += n;
      converted.set(currency, (converted.get(currency) ?? 0) + n);
    } else {
      acc.c = decimalAdd(acc.c, convertedSum);
      acc.cc += n;
    }
    byKey.set(key, acc);
  }
  for (const c of new Set(dayRows.map((r) => String(r.currency)))) if (!unconverted.has(c) && !converted.has(c)) converted.set(c, 0);
  return { byKey, converted, unconverted };
}

/**
 * Folds converted currencies into the base-currency rows (raw rows as the
 * compiled query returns them). `collapse` merges every key into one (totals).
 * Rows that received converted money are marked `converted`.
 */
export function mergeConverted(rows: JsonRow[], g: ConvertedGroups, to: string, collapse: boolean): JsonRow[] {
  const keyOf = (r: JsonRow) => (collapse || r.key === null ? "" : String(r.key));
  const add = new Map<string, Sums>();
  for (const [k, s] of g.byKey) {
    const key = collapse ? "" : k;
    const acc = add.get(key) ?? { v: "0", vc: 0, c: "0", cc: 0 };
    add.set(key, { v: decimalAdd(acc.v, s.v), vc: acc.vc + s.vc, c: decimalAdd(acc.c, s.c), cc: acc.cc + s.cc });
  }
  const out: JsonRow[] = [];
  const baseRows = new Map<string, JsonRow>();
  for (const r of rows) {
    const currency = String(r.currency);
    if (currency !== to && g.converted.has(currency)) {
      // Its money moves into the base row of the same key (created when the key had none).
      if (!baseRows.has(keyOf(r)) && !rows.some((b) => b.currency === to && keyOf(b) === keyOf(r))) {
        const row: JsonRow = { ...r, currency: to, v_sum: "0", v_cnt: 0, c_sum: "0", c_cnt: 0 };
        baseRows.set(keyOf(r), row);
        out.push(row);
      }
      continue;
    }
    const row = { ...r };
    if (currency === to) baseRows.set(keyOf(r), row);
    out.push(row);
  }
  for (const [key, s] of add) {
    const row = baseRows.get(key);
    if (!row) continue;
    row.v_sum = decimalAdd(String(row.v_sum ?? "0"), s.v);
    row.v_cnt = Number(row.v_cnt ?? 0) + s.vc;
    row.c_sum = decimalAdd(String(row.c_sum ?? "0"), s.c);
    row.c_cnt = Number(row.c_cnt ?? 0) + s.cc;
    row.converted = true;
  }
  return out;
}

/** The compiled query's ORDER BY, on exact decimals (the SQL order no longer holds after merging). */
export function sortRows(rows: JsonRow[], spec: QuerySpec): JsonRow[] {
  const perTx = averagesPerTransaction(spec);
  const cmpValue = (a: JsonRow, b: JsonRow): number => {
    if (!perTx) return decimalCmp(String(a.v_sum), String(b.v_sum));
    const ac = Number(a.v_cnt);
    const bc = Number(b.v_cnt);
    if (ac === 0 || bc === 0) return ac === bc ? 0 : ac === 0 ? 1 : -1; // NULLS LAST either way
    return decimalCmp(decimalMul(String(a.v_sum), String(bc)), decimalMul(String(b.v_sum), String(ac)));
  };
  const cmpKey = (a: JsonRow, b: JsonRow): number => {
    if (a.key === b.key) return 0;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return String(a.key) < String(b.key) ? -1 : 1;
  };
  const cmpCur = (a: JsonRow, b: JsonRow) => (String(a.currency) < String(b.currency) ? -1 : String(a.currency) > String(b.currency) ? 1 : 0);
  const order = {
    value_desc: (a: JsonRow, b: JsonRow) => -cmpValueNullsLast(a, b, cmpValue, perTx) || cmpKey(a, b) || cmpCur(a, b),
    value_asc: (a: JsonRow, b: JsonRow) => cmpValue(a, b) || cmpKey(a, b) || cmpCur(a, b),
    key_asc: (a: JsonRow, b: JsonRow) => cmpKey(a, b) || cmpCur(a, b),
    key_desc: (a: JsonRow, b: JsonRow) => -cmpKeyDescNullsLast(a, b, cmpKey) || cmpCur(a, b),
  }[spec.sort];
  const sorted = [...rows].sort(order);
  return spec.limit === undefined ? sorted : sorted.slice(0, spec.limit);
}

/** DESC NULLS LAST: a null (average over no rows) stays last when the order flips. */
function cmpValueNullsLast(a: JsonRow, b: JsonRow, cmp: (a: JsonRow, b: JsonRow) => number, perTx: boolean): number {
  if (perTx && (Number(a.v_cnt) === 0 || Number(b.v_cnt) === 0)) return -cmp(a, b);
  return cmp(a, b);
}

function cmpKeyDescNullsLast(a: JsonRow, b: JsonRow, cmp: (a: JsonRow, b: JsonRow) => number): number {
  if (a.key === null || b.key === null) return -cmp(a, b);
  return cmp(a, b);
}

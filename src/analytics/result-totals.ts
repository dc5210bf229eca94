// Turning the DuckDB statement's grouped sums into a question's totals: one per currency, averaged over the
// period's months, weeks or days or over its transactions as the spec asks, rounded once at the end.
import { minorDigits } from "../format/currency-code.ts";
import { decimalMul, decimalRound, decimalSum, divideDecimal, normalizeDecimal } from "../format/decimal.ts";
import type { Conversion } from "./convert.ts";
import type { ResultTotal } from "./query-result.ts";
import { averagesOverTime, averagesPerTransaction, type QuerySpec } from "./query-spec.ts";
import type { JsonRow } from "./user-db.ts";

/** From the first side's start to the last side's end. */
export function spanOf(periods: { from: string; to: string }[]): { from: string; to: string } {
  return periods.reduce((a, b) => ({ from: b.from < a.from ? b.from : a.from, to: b.to > a.to ? b.to : a.to }));
}

export function mergeConversions(list: (Conversion | undefined)[]): Conversion | undefined {
  const present = list.filter((c): c is Conversion => c !== undefined);
  const first = present[0];
  if (!first) return undefined;
  const counts = new Map<string, number>();
  for (const c of present) for (const x of c.converted) counts.set(x.currency, (counts.get(x.currency) ?? 0) + x.count);
  return {
    ...first,
    converted: [...counts].map(([currency, count]) => ({ currency, count })),
    unconverted: [...new Set(present.flatMap((c) => c.unconverted))],
    stale: present.some((c) => c.stale),
  };
}

/** Per currency (ascending), the sums and counts of grouped rows; a zero row in `fallback` when there are none. */
export function totalsOf(rows: readonly JsonRow[], fallback: string): JsonRow[] {
  const by = new Map<string, { v: string[]; vc: bigint; c: string[]; cc: bigint }>();
  for (const r of rows) {
    const cur = String(r.currency);
    const t = by.get(cur) ?? { v: [], vc: 0n, c: [], cc: 0n };
    t.v.push(String(r.v_sum ?? "0"));
    t.c.push(String(r.c_sum ?? "0"));
    t.vc += BigInt(String(r.v_cnt ?? "0"));
    t.cc += BigInt(String(r.c_cnt ?? "0"));
    by.set(cur, t);
  }
  if (by.size === 0) return [{ key: null, label: null, currency: fallback, v_sum: "0", v_cnt: "0", c_sum: "0", c_cnt: "0" }];
  return [...by.keys()].sort().map((currency) => {
    const t = by.get(currency)!;
    return { key: null, label: null, currency, v_sum: decimalSum(t.v), v_cnt: String(t.vc), c_sum: decimalSum(t.c), c_cnt: String(t.cc) };
  });
}

export function str(v: JsonRow[string] | undefined): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function shape(spec: QuerySpec, r: JsonRow, withCompare: boolean, over: { months?: number; days?: number } = {}): ResultTotal {
  const currency = String(r.currency);
  const digits = minorDigits(currency);
  const { months, days } = over;
  const value = (sum: unknown, cnt: unknown): string => {
    if (spec.measure === "count") return String(cnt);
    // Per week: the period's sum times seven over its days (92 days are 13.14 weeks), rounded once.
    if (averagesOverTime(spec) && days !== undefined) return divideDecimal(spec.averageOver === "week" ? decimalMul(String(sum), "7") : String(sum), BigInt(days), digits);
    // Per year: the whole months' sum as twelve of them would be (an average month times twelve), rounded once.
    if (averagesOverTime(spec) && months !== undefined) return divideDecimal(spec.averageOver === "year" ? decimalMul(String(sum), "12") : String(sum), BigInt(months), digits);
    if (averagesPerTransaction(spec)) return divideDecimal(String(sum), BigInt(String(cnt)), digits);
    // Converted money carries the conversion's extra digits: rounded once, at the end.
    return normalizeDecimal(r.converted === true ? decimalRound(String(sum), digits) : String(sum), digits);
  };
  const out: ResultTotal = { value: value(r.v_sum, r.v_cnt), count: Number(r.v_cnt), currency };
  if (withCompare) out.compareValue = value(r.c_sum, r.c_cnt);
  return out;
}

// Building blocks shared by the flow and balance compilers. Identifiers only
// ever come from the fixed maps below; every value goes through Params.
import { spellUmlautsOut } from "../categories/normalize.ts";
import { placeNames } from "../categories/place-names.ts";
import type { GroupBy, QuerySpec } from "./query-spec.ts";

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Rows whose description, counterparty or merchant contains `text`, case-insensitively. */
export function textCondition(text: string, params: Params): string {
  // Bank text often spells umlauts out ("Hoergeraete"): "hörgeräte" matches either way; a place matches by any of its names.
  const ps = [...new Set(placeNames(text).flatMap((t) => [t, spellUmlautsOut(t)]))].map((t) => params.add(likePattern(t), "VARCHAR"));
  return `(${["description", "counterparty", "merchant"].flatMap((c) => ps.map((p) => `${c} ILIKE ${p} ESCAPE '\\'`)).join(" OR ")})`;
}

/** Collects positional parameters; `add` returns the typed placeholder. */
export class Params {
  readonly values: unknown[] = [];
  private static readonly TYPES = new Set(["VARCHAR", "DATE", "DECIMAL(24,8)", "INTEGER"]);

  add(value: string | number, type: "VARCHAR" | "DATE" | "DECIMAL(24,8)" | "INTEGER"): string {
    if (!Params.TYPES.has(type)) throw new Error(`unexpected parameter type ${type}`);
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  list(values: readonly string[], type: "VARCHAR"): string {
    return values.map((v) => this.add(v, type)).join(", ");
  }
}

export type TimeUnit = "day" | "week" | "month" | "year";
const TIME_UNITS: Record<TimeUnit, string> = { day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };

export function timeUnit(g: GroupBy): TimeUnit | null {
  return g === "day" || g === "week" || g === "month" || g === "year" ? g : null;
}

/** Zero-based bucket index of date `d` counted from the bucket holding `from`. */
export function bucketIndex(unit: TimeUnit, from: string, d: string): string {
  switch (unit) {
    case "day":
      return `datediff('day', ${from}, ${d})`;
    case "week":
      return `(datediff('day', date_trunc('week', ${from})::DATE, date_trunc('week', ${d})::DATE) // 7)`;
    case "month":
      return `((year(${d}) * 12 + month(${d})) - (year(${from}) * 12 + month(${from})))`;
    case "year":
      return `(year(${d}) - year(${from}))`;
  }
}

/** Every bucket of the period, so empty buckets show up as zeros. */
export function seriesCte(unit: TimeUnit, from: string, to: string, name = "series"): string {
  const u = TIME_UNITS[unit];
  return `${name} AS (
    SELECT (row_number() OVER (ORDER BY b) - 1)::INTEGER AS gi, b::DATE AS bucket,
      least((b + INTERVAL 1 ${u})::DATE - 1, ${to}) AS bucket_end
    FROM generate_series(date_trunc('${unit}', ${from}), ${to}, INTERVAL 1 ${u}) s(b)
  )`;
}

export function orderAndLimit(spec: QuerySpec, valueExpr: string, params: Params): string {
  const order = {
    value_desc: `${valueExpr} DESC NULLS LAST, key ASC NULLS LAST, currency ASC`,
    value_asc: `${valueExpr} ASC NULLS LAST, key ASC NULLS LAST, currency ASC`,
    key_asc: `key ASC NULLS LAST, currency ASC`,
    key_desc: `key DESC NULLS LAST, currency ASC`,
  }[spec.sort];
  const limit = spec.limit === undefined ? "" : ` LIMIT ${params.add(spec.limit, "INTEGER")}`;
  return ` ORDER BY ${order}${limit}`;
}

export interface FinishArgs {
  spec: QuerySpec;
  params: Params;
  /** CTEs ending in `tagged` (rows with p, gi, currency) and `agg` (g, gi, currency, v_sum, v_cnt, c_sum, c_cnt). */
  ctes: string[];
  unit: TimeUnit | null;
  cf: string;
  ct: string;
  /** Label of an ungrouped-by-time key (`agg.g`), or null for none/time. */
  label: string | null;
  fallbackCurrency: string;
  sortValue: string;
}

/** Turns the per-key aggregate into the output rows, filling time buckets. */
export function finish(a: FinishArgs): string {
  const ctes = [...a.ctes];
  const cols = `coalesce(agg.v_sum, ${ZERO}) AS v_sum, coalesce(agg.v_cnt, 0) AS v_cnt, coalesce(agg.c_sum, ${ZERO}) AS c_sum, coalesce(agg.c_cnt, 0) AS c_cnt`;
  let body: string;
  if (a.label === null) {
    // Filled dimensions: one row per bucket (or a single row) and currency,
    // with zeros where nothing happened.
    const fallback = a.params.add(a.fallbackCurrency, "VARCHAR");
    // From agg (a few rows), not tagged: reading tagged twice would materialize every row of the period.
    ctes.push(`currs AS (SELECT DISTINCT currency FROM agg UNION ALL SELECT ${fallback} WHERE NOT EXISTS (SELECT 1 FROM agg))`);
    if (a.unit) {
      ctes.push(seriesCte(a.unit, a.cf, a.ct));
      body = `SELECT strftime(series.bucket, '%Y-%m-%d') AS key, NULL::VARCHAR AS label, currs.currency, ${cols}
        FROM series CROSS JOIN currs LEFT JOIN agg ON agg.gi = series.gi AND agg.currency = currs.currency`;
    } else {
      body = `SELECT NULL::VARCHAR AS key, NULL::VARCHAR AS label, currs.currency, ${cols}
        FROM currs LEFT JOIN agg ON agg.currency = currs.currency`;
    }
  } else {
    body = `SELECT agg.g AS key, ${a.label} AS label, agg.currency, ${cols} FROM agg`;
  }
  return `WITH ${ctes.join(",\n")}\nSELECT * FROM (${body}) q${orderAndLimit(a.spec, a.sortValue, a.params)}`;
}

/** Output columns every compiled query returns, in this order. */
export const OUTPUT_COLUMNS = ["key", "label", "currency", "v_sum", "v_cnt", "c_sum", "c_cnt"] as const;

export const ZERO = "0::DECIMAL(38,8)";

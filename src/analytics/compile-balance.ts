// The balance measure: what the accounts held at the end of the period (or
// of each time bucket). Per account, anchored on its newest "booked" balance
// (a bank's or a statement's): a day before it is that balance minus the
// booked transactions after the day, up to the anchor; a day after it is the
// balance plus the transactions since. So a statement's closing balance gives
// the whole history, and rows booked after it move it on. An account that
// never had a balance (a file without one, such as Sparkasse CSV-CAMT) has no
// value at all: its rows summed from zero would be a made-up figure, since
// the money it held before the first row is unknown. compileUnstated lists
// those accounts so the answer can say so.
// Only the account, currency and period filters apply to balances.
import type { CompileContext, CompiledQuery } from "./compile.ts";
import { AnalyticsError } from "./errors.ts";
import type { Period } from "./periods.ts";
import type { QuerySpec } from "./query-spec.ts";
import { finish, Params, seriesCte, timeUnit } from "./sql-parts.ts";

export function compileBalance(spec: QuerySpec, ctx: CompileContext, period: Period, cmp: Period | null): CompiledQuery {
  const unit = timeUnit(spec.groupBy);
  if (!unit && spec.groupBy !== "none" && spec.groupBy !== "account") {
    throw new AnalyticsError("unsupported", `balance cannot be grouped by ${spec.groupBy}`);
  }
  const params = new Params();
  const accWhere = spec.filters.accounts?.length ? `WHERE a.id IN (${params.list(spec.filters.accounts, "VARCHAR")})` : "";
  // Start dates only matter for time buckets; DuckDB rejects unused parameters.
  const cf = unit ? params.add(period.from, "DATE") : "";
  const ct = params.add(period.to, "DATE");
  const pf = cmp && unit ? params.add(cmp.from, "DATE") : null;
  const pt = cmp ? params.add(cmp.to, "DATE") : null;
  const ctes: string[] = [];
  let pts: string;
  if (unit) {
    ctes.push(seriesCte(unit, cf, ct, "s_c"));
    pts = `SELECT gi, 'c' AS p, bucket_end AS d FROM s_c`;
    if (pf && pt) {
      ctes.push(seriesCte(unit, pf, pt, "s_p"));
      pts += ` UNION ALL SELECT gi, 'p', bucket_end FROM s_p`;
    }
  } else {
    pts = `SELECT 0 AS gi, 'c' AS p, ${ct} AS d${pt ? ` UNION ALL SELECT 0, 'p', ${pt}` : ""}`;
  }
  // Rows between the day and the anchor, signed by which side of the anchor they lie on.
  const moved = `coalesce((SELECT sum(CASE WHEN t.booking_date > acc.anchor_d THEN t.amount ELSE -t.amount END) FROM tx t
    WHERE t.account_id = acc.id AND t.status = 'BOOKED' AND t.booking_date > least(acc.anchor_d, pts.d) AND t.booking_date <= greatest(acc.anchor_d, pts.d)), 0)`;
  const currencyFilter = spec.filters.currency ? ` AND currency = ${params.add(spec.filters.currency, "VARCHAR")}` : "";
  ctes.push(
    `pts AS (${pts})`,
    `anchor AS (SELECT account_id, arg_max(amount, as_of) AS amount, arg_max(as_of_date, as_of) AS d, arg_max(currency, as_of) AS currency
      FROM balances WHERE kind = 'booked' GROUP BY account_id)`,
    `acc AS (SELECT a.id, a.currency, an.amount AS anchor, an.d AS anchor_d, an.currency AS anchor_currency
      FROM accounts a LEFT JOIN anchor an ON an.account_id = a.id ${accWhere})`,
    `vals AS (SELECT pts.gi, pts.p, acc.id AS account_id,
      CASE WHEN acc.anchor IS NOT NULL THEN acc.anchor + ${moved} END AS x,
      coalesce(acc.anchor_currency, acc.currency) AS currency
      FROM pts CROSS JOIN acc)`,
    `tagged AS (SELECT * FROM vals WHERE x IS NOT NULL${currencyFilter})`,
    `agg AS (SELECT ${spec.groupBy === "account" ? "account_id" : "NULL::VARCHAR"} AS g, gi, currency,
      sum(x) FILTER (WHERE p = 'c') AS v_sum, count(*) FILTER (WHERE p = 'c') AS v_cnt,
      sum(x) FILTER (WHERE p = 'p') AS c_sum, count(*) FILTER (WHERE p = 'p') AS c_cnt
      FROM tagged GROUP BY ALL)`,
  );
  const label = spec.groupBy === "account" ? `(SELECT name FROM accounts a WHERE a.id = agg.g)` : null;
  const fallbackCurrency = spec.filters.currency ?? ctx.baseCurrency ?? "EUR";
  const sql = finish({ spec, params, ctes, unit, cf, ct, label, fallbackCurrency, sortValue: "v_sum" });
  return { sql, params: params.values, period, comparePeriod: cmp };
}

/** Accounts in the spec's scope without a booked balance: their balance is unknown, not zero. Columns: id, name, type. */
export function compileUnstated(spec: QuerySpec): { sql: string; params: unknown[] } {
  const params = new Params();
  const where = [`a.id NOT IN (SELECT account_id FROM balances WHERE kind = 'booked')`];
  if (spec.filters.accounts?.length) where.push(`a.id IN (${params.list(spec.filters.accounts, "VARCHAR")})`);
  if (spec.filters.currency) where.push(`a.currency = ${params.add(spec.filters.currency, "VARCHAR")}`);
  return { sql: `SELECT a.id, a.name, a.type FROM accounts a WHERE ${where.join(" AND ")} ORDER BY a.name, a.id`, params: params.values };
}

// The balance measure: what the accounts held at the end of the period (or
// of each time bucket). Per account: the latest "booked" snapshot on or
// before that day — a balance does not expire because no snapshot fell
// inside the period. Accounts that never had a snapshot (manual or imported
// ones) use the sum of their transactions up to that day instead.
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
  const snap = (col: string) =>
    `(SELECT arg_max(b.${col}, b.as_of) FROM balances b WHERE b.account_id = acc.id AND b.kind = 'booked' AND b.as_of_date <= pts.d)`;
  const currencyFilter = spec.filters.currency ? ` AND currency = ${params.add(spec.filters.currency, "VARCHAR")}` : "";
  ctes.push(
    `pts AS (${pts})`,
    `acc AS (SELECT a.id, a.currency, EXISTS (SELECT 1 FROM balances b WHERE b.account_id = a.id AND b.kind = 'booked') AS has_snap FROM accounts a ${accWhere})`,
    `vals AS (SELECT pts.gi, pts.p, acc.id AS account_id,
      CASE WHEN acc.has_snap THEN ${snap("amount")}
        ELSE coalesce((SELECT sum(t.amount) FROM tx t WHERE t.account_id = acc.id AND t.booking_date <= pts.d), 0) END AS x,
      CASE WHEN acc.has_snap THEN ${snap("currency")} ELSE acc.currency END AS currency
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

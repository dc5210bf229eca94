// QuerySpec → one DuckDB statement over the current user's tables (tx,
// accounts, categories, balances). Semantics, decided once here:
// - spending = Σ −amount over amount < 0 (reported positive); income =
//   Σ amount over amount > 0; net = Σ amount; count = number of matching
//   transactions (both signs); average = spending per outgoing transaction.
// - BOOKED and PENDING both count: a pending card payment is money already
//   spent, and leaving it out makes "this week" look too cheap.
// - Categories of kind "transfer" (transfers, savings) are left out unless
//   the spec's category filter names them: moving money is not spending.
// - Nothing is summed across currencies: every row carries its currency.
// - Merchant filters and grouping compare strip_accents(lower(·)) of the
//   merchant (or the counterparty when there is no merchant).
// Every value is a parameter; identifiers come from fixed maps only.
import { compileBalance } from "./compile-balance.ts";
import { comparePeriod, resolvePeriod, type Period } from "./periods.ts";
import type { QuerySpec } from "./query-spec.ts";
import { bucketIndex, finish, Params, timeUnit } from "./sql-parts.ts";

export interface CompileContext {
  today: string;
  /** Weeks are ISO weeks; the option exists so callers state the assumption. */
  weekStart?: "monday";
  /** Earliest booking date of the user, the start of "all time". */
  dataStart?: string | null;
  /** Currency of the zero row when nothing matches (User.baseCurrency). */
  baseCurrency?: string;
  locale?: "en" | "de";
}

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  period: Period;
  comparePeriod: Period | null;
}

const NORM = (col: string) => `strip_accents(lower(${col}))`;
const MERCHANT_NAME = `coalesce(nullif(merchant, ''), counterparty)`;

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function compileQuery(spec: QuerySpec, ctx: CompileContext): CompiledQuery {
  const period = resolvePeriod(spec, ctx.today, ctx.dataStart);
  const cmp = comparePeriod(period, spec.compare);
  if (spec.measure === "balance") return compileBalance(spec, ctx, period, cmp);
  const params = new Params();
  const where = flowFilters(spec, params);
  const spendingLike = spec.measure === "spending" || spec.measure === "average";
  if (spendingLike) where.push("amount < 0");
  if (spec.measure === "income") where.push("amount > 0");
  const x = spendingLike ? "-amount" : "amount";

  const unit = timeUnit(spec.groupBy);
  const cf = params.add(period.from, "DATE");
  const ct = params.add(period.to, "DATE");
  const pf = cmp ? params.add(cmp.from, "DATE") : null;
  const pt = cmp ? params.add(cmp.to, "DATE") : null;
  const g = {
    none: "NULL::VARCHAR",
    category: "category_key",
    account: "account_id",
    merchant: NORM(MERCHANT_NAME),
  }[unit ? "none" : (spec.groupBy as "none" | "category" | "account" | "merchant")];

  const tag = (p: "c" | "p", from: string, to: string) =>
    `SELECT *, '${p}' AS p, ${unit ? bucketIndex(unit, from, "d") : "0"}::INTEGER AS gi FROM base WHERE d BETWEEN ${from} AND ${to}`;
  const ctes = [
    `base AS (SELECT booking_date AS d, currency, ${x} AS x, ${g} AS g, ${MERCHANT_NAME} AS display FROM tx WHERE ${where.join(" AND ") || "TRUE"})`,
    `tagged AS (${tag("c", cf, ct)}${pf && pt ? ` UNION ALL ${tag("p", pf, pt)}` : ""})`,
    `agg AS (SELECT g, gi, currency, mode(display) AS display,
      sum(x) FILTER (WHERE p = 'c') AS v_sum, count(*) FILTER (WHERE p = 'c') AS v_cnt,
      sum(x) FILTER (WHERE p = 'p') AS c_sum, count(*) FILTER (WHERE p = 'p') AS c_cnt
      FROM tagged GROUP BY g, gi, currency)`,
  ];
  const label = {
    none: null,
    category: `(SELECT ${ctx.locale === "de" ? "name_de" : "name_en"} FROM categories c WHERE c.key = agg.g)`,
    account: `(SELECT name FROM accounts a WHERE a.id = agg.g)`,
    merchant: `agg.display`,
  }[unit ? "none" : (spec.groupBy as "none" | "category" | "account" | "merchant")];
  const sortValue = { spending: "v_sum", income: "v_sum", net: "v_sum", count: "v_cnt", average: "v_sum / nullif(v_cnt, 0)" }[
    spec.measure
  ];
  const fallbackCurrency = spec.filters.currency ?? ctx.baseCurrency ?? "EUR";
  const sql = finish({ spec, params, ctes, unit, cf, ct, label, fallbackCurrency, sortValue });
  return { sql, params: params.values, period, comparePeriod: cmp };
}

function flowFilters(spec: QuerySpec, params: Params): string[] {
  const f = spec.filters;
  const where: string[] = [];
  if (f.categories?.length) where.push(`category_key IN (${params.list(f.categories, "VARCHAR")})`);
  else where.push(`(category_kind IS NULL OR category_kind <> 'transfer')`);
  if (f.merchants?.length) {
    const names = f.merchants.map((m) => NORM(params.add(m, "VARCHAR"))).join(", ");
    where.push(`(${NORM("merchant")} IN (${names}) OR ${NORM("counterparty")} IN (${names}))`);
  }
  if (f.accounts?.length) where.push(`account_id IN (${params.list(f.accounts, "VARCHAR")})`);
  if (f.text) {
    const p = params.add(likePattern(f.text), "VARCHAR");
    where.push(`(${["description", "counterparty", "merchant"].map((c) => `${c} ILIKE ${p} ESCAPE '\\'`).join(" OR ")})`);
  }
  if (f.minAmount !== undefined) where.push(`abs(amount) >= ${params.add(f.minAmount, "DECIMAL(24,8)")}`);
  if (f.maxAmount !== undefined) where.push(`abs(amount) <= ${params.add(f.maxAmount, "DECIMAL(24,8)")}`);
  if (f.currency) where.push(`currency = ${params.add(f.currency, "VARCHAR")}`);
  return where;
}

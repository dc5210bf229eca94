// QuerySpec → one DuckDB statement over the current user's tables (tx,
// accounts, categories, balances). Semantics, decided once here:
// - spending = Σ −amount over amount < 0 and refunds (category "refunds",
//   money back from a shop, which lowers spending; reported positive). A
//   refund counts against the category of the shop it came from (refund_of):
//   a category filter matches it through that category and grouping by
//   category puts it there ("Refunds" when the shop's category is unknown); a
//   filter naming "refunds" itself still matches every refund. The same holds
//   for an average per month, which nets refunds too;
//   Money in filed under a spending category (a rule or a choice by hand
//   said "Amazon is Shopping") nets against that category the same way.
//   income = Σ amount over amount > 0 without refunds and without money in
//   filed under a spending category (unless the question names categories,
//   or names a merchant or text: money in from a shop named is its refunds);
//   net = Σ amount (with transfersTo "savings": Σ −amount, the money moved to
//   savings less what came back from there); count = number of matching
//   transactions (both signs); income with averageOver "transaction" = income
//   per incoming transaction; average = spending per outgoing transaction,
//   or per whole calendar month of the period (averageOver "month": the
//   engine divides the sum by CompiledQuery.months), or per year (averageOver
//   "year": the same whole months' sum times twelve, divided by their number),
//   or per week or day (averageOver "week"/"day": the sum over the period's
//   days from the first transaction on, times seven or one, divided by
//   CompiledQuery.days).
// - BOOKED and PENDING both count: a pending card payment is money already
//   spent, and leaving it out makes "this week" look too cheap. The answer
//   says how much of a sum or count is pending (engine.ts pendingIn) and a
//   list marks its pending rows: a hold may still be booked for less.
// - Categories of kind "transfer" (transfers, savings) are left out unless
//   the spec's category filter names them or it asks for transfersTo
//   (savings: moved out to savings; account: moved in from own accounts;
//   card: credit-card bills paid from another account; with fromAccounts,
//   account counts only the moves from those accounts, moves-between.ts).
// - Cash taken out of a machine is not spending (bank-formats.md §4.2): the
//   money is spent later, on things no statement shows. Spending and its
//   averages leave the "cash" category out unless the question names it, a
//   merchant or a text (leavesOutCash); the answer then says how much was left
//   out. Net and count keep it: the money did leave the accounts.
// - A currency filter keeps the rows in that currency, or paid in it where
//   the bank stated the original amount, counted in it (currency-filter.ts).
// - Every row carries its currency; the engine converts other currencies
//   into the base currency afterwards from compileByDay's per-day sums
//   (convert.ts), so the SQL itself never mixes currencies.
// - Merchant filters and grouping use merchant keys (merchant-keys.ts): a
//   filter entry matches every label whose key is or continues its key.
// Every value is a parameter; identifiers come from fixed maps only.
import { cardBillConditions } from "./card-bills.ts";
import { compileBalance } from "./compile-balance.ts";
import { compileList } from "./compile-list.ts";
import { countryCondition } from "./country-filter.ts";
import { earnerCondition } from "./earner.ts";
import { sentToCondition } from "./sent-to.ts";
import { currencyColumns, type CurrencyColumns } from "./currency-filter.ts";
import { keysApartWithin, labelKey } from "./merchant-keys.ts";
import { movedFromCondition } from "./moves-between.ts";
import { comparePeriod, daysFromData, resolvePeriod, wholeMonths, type Period } from "./periods.ts";
import { averagesOverDays, averagesOverTime, averagesPerTransaction, type QuerySpec } from "./query-spec.ts";
import { dayColumn } from "./purchase-day.ts";
import { PURCHASES_ONLY } from "./purchases.ts";
import { paymentTypeCondition } from "./payment-types.ts";
import { CARD_BILL, savingsMoveConditions } from "./savings-moves.ts";
import { bucketIndex, finish, Params, textCondition, timeUnit } from "./sql-parts.ts";
import { tripDayCondition } from "./trip-days.ts";
import { topicExceptPattern, topicMerchantsPattern, topicOf, topicWordsPattern } from "./topics.ts";

export interface CompileContext {
  today: string;
  /** Weeks are ISO weeks; the option exists so callers state the assumption. */
  weekStart?: "monday";
  /** Earliest booking date of the user, the start of "all time". */
  dataStart?: string | null;
  /** Currency of the zero row when nothing matches (User.baseCurrency). */
  baseCurrency?: string;
  locale?: "en" | "de";
  /** groupBy "transaction": every matching row, unpaged (the engine ranks them across currencies). */
  wholeList?: boolean;
}

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  period: Period;
  comparePeriod: Period | null;
  /** averageOver "month" or "year": the number of whole months the sums are over. */
  months?: number;
  /** averageOver "week" or "day": the number of days the sums are over. */
  days?: number;
}

const REFUNDS = "refunds";
export const CASH = "cash";

/**
 * Spending (and its averages) over everything, or over accounts, days and
 * amounts only, leaves cash withdrawals out. A question that names the cash
 * category, a merchant or a text is about those rows, whatever they are.
 */
export function leavesOutCash(spec: QuerySpec): boolean {
  const f = spec.filters;
  const spendingLike = spec.measure === "spending" || spec.measure === "average";
  return spendingLike && !f.categories?.length && !f.topics?.length && !f.merchants?.length && !f.text && !f.transfersTo;
}
/** Where spending puts a row: a refund under the category it refunds, when known. */
const SPENT_CATEGORY = `(CASE WHEN category_key = '${REFUNDS}' AND refund_of IS NOT NULL THEN refund_of ELSE category_key END)`;

/** Spending and an average per month or year net refunds against what was bought. */
function netsRefunds(spec: QuerySpec): boolean {
  return spec.measure === "spending" || (spec.measure === "average" && averagesOverTime(spec));
}

export const MERCHANT_NAME = `coalesce(nullif(merchant, ''), counterparty)`;
/** The merchant key of a row: of its merchant, or of the counterparty when there is none. */
export const MERCHANT_KEY = `(CASE WHEN nullif(merchant, '') IS NOT NULL THEN mkey_m ELSE mkey_c END)`;

interface FlowParts {
  params: Params;
  ctes: string[];
  unit: ReturnType<typeof timeUnit>;
  cf: string;
  ct: string;
  dim: "none" | "category" | "account" | "merchant";
  period: Period;
  cmp: Period | null;
  months?: number;
}

function periods(spec: QuerySpec, ctx: CompileContext) {
  let period = resolvePeriod(spec, ctx.today, ctx.dataStart);
  let months: number | undefined;
  let days: number | undefined;
  if (averagesOverDays(spec)) ({ period, days } = daysFromData(period, ctx.dataStart));
  else if (averagesOverTime(spec)) ({ period, months } = wholeMonths(period, ctx.dataStart));
  const cmp = spec.groupBy === "transaction" ? null : comparePeriod(period, spec.compare);
  return { period, months, days, cmp };
}

/** The `base` and `tagged` CTEs of a flow measure (rows of the period, and of the compare period, with their bucket). */
function flowParts(spec: QuerySpec, period: Period, cmp: Period | null, where: string[], x: string, cur: CurrencyColumns, params: Params): Omit<FlowParts, "period" | "cmp" | "months"> {
  const unit = timeUnit(spec.groupBy);
  const cf = params.add(period.from, "DATE");
  const ct = params.add(period.to, "DATE");
  const pf = cmp ? params.add(cmp.from, "DATE") : null;
  const pt = cmp ? params.add(cmp.to, "DATE") : null;
  const dim = unit ? "none" : (spec.groupBy as "none" | "category" | "account" | "merchant");
  const g = { none: "NULL::VARCHAR", category: netsRefunds(spec) ? SPENT_CATEGORY : "category_key", account: "account_id", merchant: MERCHANT_KEY }[dim];
  const tag = (p: "c" | "p", from: string, to: string) =>
    `SELECT *, '${p}' AS p, ${unit ? bucketIndex(unit, from, "d") : "0"}::INTEGER AS gi FROM base WHERE d BETWEEN ${from} AND ${to}`;
  const ctes = [
    // The display name is read only where it becomes a label: strings are the
    // costly part of a scan, and a CTE read twice is materialized.
    `base AS (SELECT ${dayColumn(spec)} AS d, ${cur.currency} AS currency, ${x} AS x, ${g} AS g${dim === "merchant" ? `, ${MERCHANT_NAME} AS display` : ""} FROM tx WHERE ${where.join(" AND ") || "TRUE"})`,
    `tagged AS (${tag("c", cf, ct)}${pf && pt ? ` UNION ALL ${tag("p", pf, pt)}` : ""})`,
  ];
  return { params, ctes, unit, cf, ct, dim };
}

function flowWhere(spec: QuerySpec, params: Params): { where: string[]; x: string; cur: CurrencyColumns } {
  const cur = currencyColumns(spec.filters.currency, params);
  const where = flowFilters(spec, params);
  if (cur.where) where.push(cur.where);
  const spendingLike = spec.measure === "spending" || spec.measure === "average";
  // A refund is money spent coming back: it nets against spending (and the
  // merchant it came from) instead of counting as income. An average per
  // transaction stays over payments only.
  // Money in filed under a spending category (by a rule, a merchant's
  // category or by hand: "Amazon is always Shopping") is a refund of it too.
  // Money a person paid back ("minus what Anna paid back") comes off like a refund, whatever its category.
  const paidBack = spec.filters.paidBackBy?.length ? ` OR (amount > 0 AND ${merchantCondition(spec.filters.paidBackBy, params)})` : "";
  if (netsRefunds(spec)) where.push(`(amount < 0 OR (amount > 0 AND (category_key = '${REFUNDS}' OR category_kind = 'expense'))${paidBack})`);
  else if (spendingLike) where.push("amount < 0");
  // Money in from a payer named ("what did I get back from Amazon", "via Tikkie") is all of it: a shop's
  // money in is its refunds, so only income in general leaves refunds and spending categories out.
  const namesPayer = Boolean(spec.filters.merchants?.length || spec.filters.text);
  if (spec.measure === "income") {
    where.push("amount > 0");
    if (!namesPayer && !spec.filters.categories?.includes(REFUNDS)) where.push(`category_key IS DISTINCT FROM '${REFUNDS}'`);
    if (!namesPayer && !spec.filters.categories?.length && !spec.filters.topics?.length) where.push(`category_kind IS DISTINCT FROM 'expense'`);
  }
  // Saved is counted like money spent on savings: what went there, positive.
  const saved = spec.measure === "net" && spec.filters.transfersTo === "savings";
  return { where, x: spendingLike || saved ? `-${cur.amount}` : cur.amount, cur };
}

export function compileQuery(spec: QuerySpec, ctx: CompileContext): CompiledQuery {
  const { period, months, days, cmp } = periods(spec, ctx);
  if (spec.measure === "balance") return compileBalance(spec, ctx, period, cmp);
  const params = new Params();
  const { where, x, cur } = flowWhere(spec, params);
  if (spec.groupBy === "transaction") return { ...compileList(spec, params, where, x, cur.currency, period, ctx.wholeList), comparePeriod: null };
  const { ctes, unit, cf, ct, dim } = flowParts(spec, period, cmp, where, x, cur, params);
  ctes.push(`agg AS (SELECT g, gi, currency, ${dim === "merchant" ? "mode(display)" : "NULL::VARCHAR"} AS display,
      sum(x) FILTER (WHERE p = 'c') AS v_sum, count(*) FILTER (WHERE p = 'c') AS v_cnt,
      sum(x) FILTER (WHERE p = 'p') AS c_sum, count(*) FILTER (WHERE p = 'p') AS c_cnt
      FROM tagged GROUP BY g, gi, currency)`);
  const label = {
    none: null,
    category: `(SELECT ${ctx.locale === "de" ? "name_de" : "name_en"} FROM categories c WHERE c.key = agg.g)`,
    account: `(SELECT name FROM accounts a WHERE a.id = agg.g)`,
    merchant: `agg.display`,
  }[dim];
  const sortValue = averagesPerTransaction(spec) ? "v_sum / nullif(v_cnt, 0)" : spec.measure === "count" ? "v_cnt" : "v_sum";
  const fallbackCurrency = spec.filters.currency ?? ctx.baseCurrency ?? "EUR";
  const sql = finish({ spec, params, ctes, unit, cf, ct, label, fallbackCurrency, sortValue });
  return { sql, params: params.values, period, comparePeriod: cmp, ...(months !== undefined ? { months } : {}), ...(days !== undefined ? { days } : {}) };
}

/**
 * For converting into `baseCurrency`: the same rows as compileQuery, but the
 * ones in other currencies summed per (output key, period side, currency,
 * booking date), so each sum can be converted at its own day's rate. Columns:
 * key (as compileQuery's key), p ('c' or 'p'), currency, d (YYYY-MM-DD), s, n.
 */
export function compileByDay(spec: QuerySpec, ctx: CompileContext & { baseCurrency: string }): CompiledQuery {
  const { period, cmp } = periods(spec, ctx);
  if (spec.measure === "balance" || spec.groupBy === "transaction") throw new Error(`no per-day sums for ${spec.measure}/${spec.groupBy}`);
  const params = new Params();
  const { where, x, cur } = flowWhere(spec, params);
  const { ctes, unit, cf } = flowParts(spec, period, cmp, where, x, cur, params);
  // A compare-period row belongs to the current bucket with the same index, as in finish().
  const key = unit ? `strftime((date_trunc('${unit}', ${cf}) + to_${unit}s(gi))::DATE, '%Y-%m-%d')` : "g";
  const base = params.add(ctx.baseCurrency, "VARCHAR");
  const sql = `WITH ${ctes.join(",\n")}
    SELECT ${key} AS key, p, currency, strftime(d, '%Y-%m-%d') AS d, sum(x) AS s, count(*) AS n
    FROM tagged WHERE currency <> ${base} GROUP BY ALL ORDER BY ALL`;
  return { sql, params: params.values, period, comparePeriod: cmp };
}

/** Rows in these categories; for spending also a refund of them. */
function categoryCondition(categories: readonly string[], spec: QuerySpec, params: Params): string {
  const list = params.list(categories, "VARCHAR");
  // The placeholders are reused: one value each, matched against the row's own category and a refund's.
  return netsRefunds(spec) ? `(category_key IN (${list}) OR (category_key = '${REFUNDS}' AND refund_of IN (${list})))` : `category_key IN (${list})`;
}

/**
 * Rows of these merchant groups: a key equal to one, or continuing it with more
 * words that do not name a business of its own (keyMatches: "uber" is not "uber eats").
 */
function merchantCondition(names: readonly string[], params: Params): string {
  const keys = [...new Set(names.map(labelKey).filter((k) => k !== ""))];
  if (keys.length === 0) return "FALSE";
  const continues = (col: string, p: string) => `${col} = ${p} OR starts_with(${col}, ${p} || ' ')`;
  const match = (col: string) => keys.map((k) => {
    const p = params.add(k, "VARCHAR");
    const apart = keysApartWithin(k).map((a) => `NOT (${continues(col, params.add(a, "VARCHAR"))})`);
    return apart.length ? `((${continues(col, p)}) AND ${apart.join(" AND ")})` : continues(col, p);
  });
  return `(${[...match("mkey_m"), ...match("mkey_c")].join(" OR ")})`;
}

/** A topic's rows: in its categories, and marked by its words or merchants when it has any. */
function topicCondition(key: string, spec: QuerySpec, params: Params): string {
  const topic = topicOf(key);
  if (!topic) return "FALSE";
  const marks: string[] = [];
  const pattern = topicWordsPattern(topic);
  if (pattern) marks.push(`regexp_matches(concat_ws(' ', description, counterparty, merchant), ${params.add(pattern, "VARCHAR")})`);
  // Same rows as merchantCondition, but one pattern per key column: a topic may list a hundred brands.
  const brands = topicMerchantsPattern(topic);
  if (brands) {
    const p = params.add(brands, "VARCHAR");
    marks.push(`(regexp_matches(coalesce(mkey_m, ''), ${p}) OR regexp_matches(coalesce(mkey_c, ''), ${p}))`);
  }
  if (topic.crossCurrency) marks.push(`(original_currency IS NOT NULL AND original_currency <> currency)`);
  const except = topicExceptPattern(topic);
  if (!marks.length && !except) return categoryCondition(topic.categories, spec, params);
  // Parameters are numbered as they are added: only conditions that end up in the SQL add theirs.
  const inCategories = categoryCondition(topic.categories.filter((c) => !topic.unmarked?.includes(c)), spec, params);
  const unless = except ? ` AND NOT regexp_matches(concat_ws(' ', description, counterparty, merchant), ${params.add(except, "VARCHAR")})` : "";
  // Without marks every row of the categories is the topic, unless its text says otherwise.
  const markedRows = `(${inCategories}${marks.length ? ` AND (${marks.join(" OR ")})` : ""}${unless})`;
  // "Nebenkosten": every utility bill, and of the landlord's rows those that say so.
  return topic.unmarked?.length ? `(${markedRows} OR ${categoryCondition([...topic.unmarked], spec, params)})` : markedRows;
}

function flowFilters(spec: QuerySpec, params: Params): string[] {
  const f = spec.filters;
  const where: string[] = [];
  // Categories and topics say what the money was for; any of them will do ("groceries and the gym").
  const what = [
    ...(f.categories?.length ? [categoryCondition(f.categories, spec, params)] : []),
    ...(f.topics ?? []).map((t) => topicCondition(t, spec, params)),
  ];
  // "rent minus what Anna paid back": Anna's money in joins the rows, to be taken off (flowWhere lets it in).
  const paidBack = f.paidBackBy?.length ? [`(amount > 0 AND ${merchantCondition(f.paidBackBy, params)})`] : [];
  if (what.length) where.push(what.length + paidBack.length === 1 ? what[0]! : `(${[...what, ...paidBack].join(" OR ")})`);
  // A card issuer named as a merchant or text ("how much went to Amex"): the bills paid to a card whose statement is not here
  // are the money that went there. A bill whose other half is here is a move; the card's purchases are the spending.
  // Money sent abroad may be filed as a transfer (a remittance service): sent-to.ts leaves out only the own moves.
  else if (!f.transfersTo && !f.sentTo && (f.merchants?.length || f.text)) where.push(`(category_kind IS NULL OR category_kind <> 'transfer' OR (amount < 0 AND transfer_peer_id IS NULL AND ${CARD_BILL}))`);
  else if (!f.transfersTo && !f.sentTo) where.push(`(category_kind IS NULL OR category_kind <> 'transfer')`);
  // "except groceries": neither the category's rows nor the refunds netted against it; rows without a category stay.
  if (f.excludeCategories?.length) where.push(`NOT coalesce(${categoryCondition(f.excludeCategories, spec, params)}, FALSE)`);
  if (f.excludeCardBills) where.push(`NOT coalesce(amount < 0 AND category_kind = 'transfer' AND ${CARD_BILL}, FALSE)`);
  if (leavesOutCash(spec)) where.push(`category_key IS DISTINCT FROM '${CASH}'`);
  if (f.merchants?.length) where.push(merchantCondition(f.merchants, params));
  // For card bills the accounts filter names the card paid, not only where the rows lie (card-bills.ts).
  if (f.accounts?.length && f.transfersTo !== "card") where.push(`account_id IN (${params.list(f.accounts, "VARCHAR")})`);
  // A trip's days (trip-days.ts): the rows naming the place, and what was spent away from home on those days.
  if (f.text && f.trip && f.period) where.push(`(${textCondition(f.text, params)} OR ${tripDayCondition(f.period, params)})`);
  else if (f.text) where.push(textCondition(f.text, params));
  if (f.minAmount !== undefined) where.push(`abs(amount) >= ${params.add(f.minAmount, "DECIMAL(24,8)")}`);
  if (f.maxAmount !== undefined) where.push(`abs(amount) <= ${params.add(f.maxAmount, "DECIMAL(24,8)")}`);
  if (f.toCurrency) where.push(`original_currency = ${params.add(f.toCurrency, "VARCHAR")}`);
  if (f.country) where.push(countryCondition(f.country, params));
  if (f.sentTo) where.push(sentToCondition(f.sentTo, params));
  if (f.earner) where.push(earnerCondition(f.earner, params));
  // The day the card was used, not the Monday the bank booked a Saturday's purchase (purchase-day.ts).
  if (f.days) where.push(`isodow(purchase_date) ${f.days === "weekend" ? ">=" : "<"} 6`);
  if (f.month !== undefined) where.push(`month(booking_date) = ${params.add(f.month, "INTEGER")}`);
  if (f.status === "pending") where.push(`status = 'PENDING'`);
  if (f.purchases) where.push(PURCHASES_ONLY);
  if (f.paymentType) where.push(paymentTypeCondition(f.paymentType));
  // Transfer categories mark money between the person's own accounts (src/transfers): the incoming side is a top-up.
  if (f.transfersTo === "account") where.push(`amount > 0`, `category_kind = 'transfer'`);
  if (f.transfersTo === "account" && f.fromAccounts?.length) where.push(movedFromCondition(params, f.fromAccounts));
  if (f.transfersTo === "savings") where.push(...savingsMoveConditions(spec.measure === "net"));
  if (f.transfersTo === "card") where.push(...cardBillConditions(params, f.accounts));
  return where;
}

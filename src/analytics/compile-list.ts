// groupBy "transaction": the matching transactions themselves, one row each
// (key = booking date, label = merchant or counterparty, v_sum = the amount
// in the measure's sign), newest first unless sorted by value; limit and
// offset page through them. The totals query of the same spec says how many
// there are in all.
import type { Period } from "./periods.ts";
import { dayColumn } from "./purchase-day.ts";
import type { QuerySpec } from "./query-spec.ts";
import type { Params } from "./sql-parts.ts";

export const LIST_PAGE = 10;
/**
 * The page of a list asked for in full ("show me all Amazon transactions"):
 * most such lists fit on it, so they arrive in one message. A line is about
 * 45 characters, so 25 of them stay far below Telegram's 4096; a longer list
 * still pages.
 */
export const LIST_ALL_PAGE = 25;

const MERCHANT_NAME = `coalesce(nullif(merchant, ''), counterparty, description)`;

/** `currency`: the column or value the rows are reported in (a currency filter's); `whole`: every row, unpaged. */
export function compileList(spec: QuerySpec, params: Params, where: string[], x: string, currency: string, period: Period, whole = false) {
  const cf = params.add(period.from, "DATE");
  const ct = params.add(period.to, "DATE");
  // A weekday question lists purchases by the day they were made.
  const day = dayColumn(spec);
  const order = {
    value_desc: `v_sum DESC, ${day} DESC, id`,
    value_asc: `v_sum ASC, ${day} DESC, id`,
    // Within a day the biggest first, so a page boundary falls in the same place every time.
    key_asc: `${day} ASC, v_sum DESC, id`,
    key_desc: `${day} DESC, v_sum DESC, id`,
  }[spec.sort];
  const page = whole ? "" : ` LIMIT ${params.add(spec.limit ?? LIST_PAGE, "INTEGER")} OFFSET ${params.add(spec.offset ?? 0, "INTEGER")}`;
  const sql = `SELECT strftime(${day}, '%Y-%m-%d') AS key, ${MERCHANT_NAME} AS label, ${currency} AS currency,
      ${x} AS v_sum, 1 AS v_cnt, 0::DECIMAL(38,8) AS c_sum, 0 AS c_cnt, status = 'PENDING' AS pending
    FROM tx WHERE ${[...where, `${day} BETWEEN ${cf} AND ${ct}`].join(" AND ")}
    ORDER BY ${order}${page}`;
  return { sql, params: params.values, period };
}

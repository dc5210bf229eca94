// The day a purchase was made, as opposed to the day the bank booked it. A
// card payment on Saturday is booked on Monday; "on weekends" means Saturday.
// Card rows carry the purchase time in their text (bank-formats.md §1.1):
// "2025-12-02T14:55 Debitk.2" (Sparkasse, DKB), "…//Hamburg 2018-03-01T11:33:59
// KFN 1" (Commerzbank), "2025-10-05 00:00:00 Ref." (comdirect Visa-Debitkarte),
// "2023-08-24 Debitk.99" (DKB), "…/DE 29-12-2025T11:30:55 Folgenr." (Postbank,
// Volksbank), "…/DE 15.07.2024 um 10:53:22 Uhr" (Volksbank girocard), "Pasvolgnr:
// 001 12-09-2026 14:32" (ING NL). Where the text has none, a value date before
// the booking date is the day the money moved (comdirect Visa's Umsatztag, a
// card row's Valuta); a value date after it (a US card's Post Date) is not.
// Everything else: the booking date.
//
// Kept as the column tx.purchase_date, computed in DuckDB once per row at load
// and for each row a change brings: try_strptime makes an impossible date in a
// text (2026-02-31) no date rather than a failed load. Stored copies keep the
// values they were built with: a change here bumps STORE_FORMAT (store-file.ts).
import type { QuerySpec } from "./query-spec.ts";
import type { UserDb } from "./user-db.ts";

/** A text date counts only this close before the booking (card rows take days, statements of a credit card weeks). */
const TEXT_DAYS_BEFORE = 31;
/** A value date counts only this close before the booking (a card row's Valuta; not a back-dated correction). */
const VALUE_DAYS_BEFORE = 7;

/** Stamp patterns (their first group the date) and how the date is written. */
const STAMPS: readonly [string, string][] = [
  [String.raw`(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}|\s+Debitk)`, "%Y-%m-%d"],
  [String.raw`(?:^|[^\d-])(\d{2}-\d{2}-\d{4})[T ]\d{2}:\d{2}`, "%d-%m-%Y"],
  // Volksbank: "…/FREIBURG/DE 12.10.2026 um 14:33:05 Uhr 6543…".
  [String.raw`(?:^|[^\d.])(\d{2}\.\d{2}\.\d{4})\s+um\s+\d{1,2}:\d{2}`, "%d.%m.%Y"],
  // "dd.mm.yy/hh:mm" (§3.3).
  [String.raw`(?:^|[^\d.])(\d{2}\.\d{2}\.\d{2})/\d{2}:\d{2}`, "%d.%m.%y"],
];

const textDate = `coalesce(${STAMPS.map(([re, format]) => `try_strptime(regexp_extract(description, '${re}', 1), '${format}')`).join(", ")})::DATE`;

// ING DE's card rows print the day without a year ("… KAUFUMSATZ 17.09 56.24 960123 ARN…"): the booking's year, or the
// year before when that day would come after the booking (a December purchase booked in January).
const dayMonth = `try_strptime(regexp_extract(description, 'KAUFUMSATZ\\s+(\\d{2}\\.\\d{2})\\b', 1) || '.' || CAST(year(booking_date) AS VARCHAR), '%d.%m.%Y')::DATE`;
const yearlessDate = `CASE WHEN ${dayMonth} > booking_date + 1 THEN (${dayMonth} - INTERVAL 1 YEAR)::DATE ELSE ${dayMonth} END`;

/** DuckDB expression over a tx row: its purchase day. */
export const PURCHASE_DAY_SQL = `coalesce(
  CASE WHEN ${textDate} BETWEEN booking_date - ${TEXT_DAYS_BEFORE} AND booking_date + 1 THEN ${textDate} END,
  CASE WHEN ${yearlessDate} BETWEEN booking_date - ${TEXT_DAYS_BEFORE} AND booking_date + 1 THEN ${yearlessDate} END,
  CASE WHEN value_date < booking_date AND value_date >= booking_date - ${VALUE_DAYS_BEFORE} THEN value_date END,
  booking_date)`;

/** Adds tx.purchase_date to a freshly loaded copy. */
export async function attachPurchaseDays(udb: UserDb): Promise<void> {
  await udb.exec("ALTER TABLE tx ADD COLUMN IF NOT EXISTS purchase_date DATE");
  await udb.exec(`UPDATE tx SET purchase_date = ${PURCHASE_DAY_SQL}`);
}

/** The statement that fills purchase_date for rows a change inserted (every other row has one). */
export const FILL_PURCHASE_DAYS = `UPDATE tx SET purchase_date = ${PURCHASE_DAY_SQL} WHERE purchase_date IS NULL`;

/**
 * The date a row's period is judged by: the booking date, but the purchase day
 * when the question is about days of the week ("weekends in September" are
 * purchases on September's weekends, whenever they were booked).
 */
export function dayColumn(spec: QuerySpec): "booking_date" | "purchase_date" {
  return spec.filters.days ? "purchase_date" : "booking_date";
}

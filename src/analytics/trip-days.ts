// "What did the Orlando trip cost us": the flight and the park tickets booked months before rarely name the
// place, and the days there mostly name a town the dictionary does not tie to it (LAKE BUENA VIS…). What the
// data does show is when the family was there: the rows that name the place mark the days. The trip is
// those rows and, on those days widened a little (a hotel is charged at checkout, a taxi taken the day
// before), what was spent on eating out, leisure, transport, travel and shopping at places not visited in
// other months, which leaves out the supermarket and the streaming at home. The reading says which days.
// Where the rows carry the person's own tag ("#lisbon2026") the tag is the trip: the text alone is searched.
import { escapeRegExp } from "./parse/fold.ts";
import { addDays } from "./periods.ts";
import type { QuerySpec } from "./query-spec.ts";
import { Params, textCondition } from "./sql-parts.ts";
import type { UserDb } from "./user-db.ts";

/** Where a trip's money goes besides the rows naming the place. */
export const TRIP_CATEGORIES = ["restaurants", "entertainment", "transport", "travel", "shopping"] as const;
/** Days added on each side of the rows naming the place. */
const MARGIN_DAYS = 2;
/** Rows naming the place further apart than this are another visit; the latest is the one asked about. */
const VISIT_GAP_DAYS = 7;
/** A shop seen in this many months besides the trip's is where the person lives, not where they travelled. */
const HOME_MONTHS = 2;

/**
 * The days of the latest visit to the place `spec.filters.text` names, widened by the margin; undefined when
 * no money went out on a row naming it, or when those rows carry a tag with its name (then the tag is the trip).
 */
export async function tripDays(udb: UserDb, spec: QuerySpec): Promise<{ from: string; to: string } | undefined> {
  const text = spec.filters.text;
  if (!text) return undefined;
  const params = new Params();
  const inPeriod = spec.filters.period
    ? ` AND booking_date BETWEEN ${params.add(spec.filters.period.from, "DATE")} AND ${params.add(spec.filters.period.to, "DATE")}`
    : "";
  const rows = await udb.all(
    `SELECT strftime(booking_date, '%Y-%m-%d') AS d, lower(concat_ws(' ', description, counterparty, merchant)) AS t
     FROM tx WHERE amount < 0 AND ${textCondition(text, params)}${inPeriod} ORDER BY booking_date`,
    params.values,
  );
  if (rows.length === 0) return undefined;
  const tag = new RegExp(`#[\\p{L}\\p{N}_-]*${escapeRegExp(text.toLowerCase())}`, "u");
  if (rows.some((r) => tag.test(String(r.t)))) return undefined;
  const days = rows.map((r) => String(r.d));
  let from = days.at(-1)!;
  for (let i = days.length - 2; i >= 0 && days[i]! >= addDays(from, -VISIT_GAP_DAYS); i--) from = days[i]!;
  return { from: addDays(from, -MARGIN_DAYS), to: addDays(days.at(-1)!, MARGIN_DAYS) };
}

/** The spec with the trip's days as its period, or without `trip` (the text alone) where the data shows none. */
export async function resolveTrip(udb: UserDb, spec: QuerySpec): Promise<QuerySpec> {
  if (!spec.filters.trip) return spec;
  const days = await tripDays(udb, spec);
  const { trip, ...rest } = spec.filters;
  return days ? { ...spec, filters: { ...rest, trip, period: days } } : { ...spec, filters: rest };
}

/** Rows in `days` of the trip's categories at a place not seen in other months (the days' own rows match the text). */
export function tripDayCondition(days: { from: string; to: string }, params: Params): string {
  const from = params.add(days.from, "DATE");
  const to = params.add(days.to, "DATE");
  const shop = `coalesce(merchant_id, lower(merchant), lower(counterparty))`;
  // Other months than the trip's own: the park's tickets bought in April and its food on the day before the window
  // are one trip's, not a place visited month after month.
  const atHome = `(SELECT ${shop} FROM tx WHERE ${shop} IS NOT NULL AND (booking_date < date_trunc('month', ${from}) OR booking_date >= date_trunc('month', ${to}) + INTERVAL 1 MONTH)
    GROUP BY ${shop} HAVING count(DISTINCT date_trunc('month', booking_date)) >= ${HOME_MONTHS})`;
  const tripCategories = TRIP_CATEGORIES.map((k) => `'${k}'`).join(", ");
  // A card or FX fee the bank books as a row of its own ("Fee: Tivoli A/S") belongs to the payment it names.
  const feeOfTripPayment = `(category_key = 'fees' AND EXISTS (SELECT 1 FROM tx p WHERE p.booking_date = tx.booking_date AND p.amount < 0
    AND p.category_key IN (${tripCategories}) AND length(p.description) >= 3 AND tx.description ILIKE '%' || p.description || '%'))`;
  return `((category_key IN (${tripCategories}) AND (${shop} IS NULL OR ${shop} NOT IN ${atHome})) OR ${feeOfTripPayment})`;
}

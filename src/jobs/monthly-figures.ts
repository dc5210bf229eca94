// Last month's figures for the monthly summary, computed with the analytics
// engine when the summary is queued and kept as exact decimal strings, so the
// message shows what was true on the 1st even if it is delivered later.
import type { Analytics, QueryResult } from "../analytics/engine.ts";
import { addMonths } from "../analytics/periods.ts";
import { minorDigits } from "../format/currency-code.ts";
import { normalizeDecimal } from "../format/decimal.ts";
import type { Payload } from "../notifications/payloads.ts";

export const TOP_CATEGORIES = 5;

/** The local calendar date of `at` in `timeZone`, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  // en-CA formats dates as ISO (YYYY-MM-DD).
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** The month before the one `today` lies in: first and last day. */
export function previousMonth(today: string): { from: string; to: string; month: string } {
  const from = addMonths(`${today.slice(0, 7)}-01`, -1);
  return { from, to: addMonths(from, 0, true), month: from.slice(0, 7) };
}

/** The base-currency figure; other currencies arrive converted into it, and one without a rate is left out. */
function totalOf(r: QueryResult, currency: string): { value: string; compare: string } {
  const t = r.total.find((x) => x.currency === currency);
  return { value: t?.value ?? "0", compare: t?.compareValue ?? "0" };
}

/** Net worth at the end of given days; the summary needs last month's end and the one before. */
export type NetWorthOn = (user: { id: string; timezone: string }, dates: string[]) => Promise<{ baseCurrency: string; totals: string[] }>;

export async function monthlyFigures(
  analytics: Pick<Analytics, "query">,
  user: { id: string; baseCurrency: string; timezone?: string },
  today: string,
  netWorthOn?: NetWorthOn,
): Promise<Payload<"monthly-summary">> {
  const { from, to, month } = previousMonth(today);
  // The summary speaks in the base currency: other currencies are converted
  // into it at ECB rates by the engine (a currency without a rate is left out).
  const filters = { period: { from, to } };
  const base = { filters, compare: "previous_period" as const, chart: "none" as const };
  const qo = { today };
  const spending = await analytics.query(user.id, { ...base, measure: "spending", groupBy: "category", sort: "value_desc", limit: TOP_CATEGORIES }, qo);
  const income = await analytics.query(user.id, { ...base, measure: "income" }, qo);
  const net = await analytics.query(user.id, { ...base, measure: "net" }, qo);
  const s = totalOf(spending, user.baseCurrency);
  const i = totalOf(income, user.baseCurrency);
  const n = totalOf(net, user.baseCurrency);
  // Spending leaves cash withdrawals out (analytics/compile.ts); the summary says how much that was.
  const cash = spending.cashLeftOut?.find((x) => x.currency === user.baseCurrency)?.value;
  const worth = netWorthOn ? await netWorthOn({ id: user.id, timezone: user.timezone ?? "UTC" }, [addMonths(from, -1, true), to]) : null;
  const cents = (v: string) => normalizeDecimal(v, minorDigits(user.baseCurrency));
  const hasWorth = worth && worth.baseCurrency === user.baseCurrency && worth.totals.some((v) => !/^-?0(\.0*)?$/.test(v));
  return {
    ...(hasWorth ? { netWorth: { value: cents(worth.totals[1]!), previous: cents(worth.totals[0]!) } } : {}),
    month,
    currency: user.baseCurrency,
    spending: s.value,
    income: i.value,
    net: n.value,
    previous: { spending: s.compare, income: i.compare, net: n.compare },
    ...(cash ? { cash } : {}),
    top: spending.rows.filter((r) => r.currency === user.baseCurrency).map((r) => ({ key: r.key, value: r.value })),
  };
}

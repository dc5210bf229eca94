// Subscriptions and other regular payments: the same merchant (normalized as
// everywhere else), outgoing, at a regular interval of about a week, two
// weeks, a month, a quarter or a year (±3 days), with similar amounts.
// A price change is reported when the latest payments settled on a new amount.
// Rent, taxes, utilities and insurance are bills, not subscriptions: they are
// told apart by their category, and may vary from one payment to the next.
// Anything else must keep its price (a restaurant or a petrol station visited
// about monthly for a different sum each time is no subscription).
import { minorDigits } from "../format/currency-code.ts";
import { decimalCmp as compareDecimal, normalizeDecimal, parseDecimal } from "../format/decimal.ts";
import { addDays, toDate } from "./periods.ts";
import type { UserDb } from "./user-db.ts";

/** A subscription (streaming, gym, software) or a household bill (rent, taxes, utilities, insurance). */
export type RecurringKind = "subscription" | "bill";

export interface RecurringPayment {
  key: string;
  kind: RecurringKind;
  merchant: string;
  currency: string;
  cadenceDays: 7 | 14 | 30 | 90 | 365;
  /** Latest amount paid, positive. */
  amount: string;
  count: number;
  firstDate: string;
  lastDate: string;
  nextExpected: string;
  /** False when the next payment is overdue by more than the tolerance. */
  active: boolean;
  priceChange?: { oldAmount: string; newAmount: string; date: string };
}

export interface Payment {
  key: string;
  merchant: string;
  currency: string;
  date: string;
  amount: string;
  /** The row's category key, when it has one. */
  category?: string | null;
}

const BILL_CATEGORIES: ReadonlySet<string> = new Set(["rent", "taxes", "utilities", "insurance"]);
/** Cash taken out on the same day each month buys nothing regular: it is not a subscription. */
const NEVER_REGULAR: ReadonlySet<string> = new Set(["cash"]);

const CADENCES = [7, 14, 30, 90, 365] as const;
const TOLERANCE_DAYS = 3;
/** Amounts within ±25% (1/4) of the typical one count as "the same payment". */
const SIMILAR_DIVISOR = 4n;
/** Two payments within ±3% (1/33) of each other are the same price (a card billed in another currency wobbles). */
const STEADY_DIVISOR = 33n;
/** A subscription keeps its price: at least two of three payments cost what the one before did. */
const STEADY_SHARE = 2 / 3;

/** Exact amount in units of 1e-8, for comparisons without floats. */
function units(s: string): bigint {
  const v = parseDecimal(s);
  return v.scale <= 8 ? v.units * 10n ** BigInt(8 - v.scale) : v.units / 10n ** BigInt(v.scale - 8);
}

const days = (a: string, b: string) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);

function median<T>(xs: T[], cmp: (a: T, b: T) => number): T {
  const s = [...xs].sort(cmp);
  return s[Math.floor(s.length / 2)]!;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** Most payments cost what the one before cost: a price, not a bill for whatever was ordered. */
function steady(series: Payment[]): boolean {
  const pairs = series.slice(1).map((p, i) => [units(series[i]!.amount), units(p.amount)] as const);
  const same = pairs.filter(([a, b]) => abs(a - b) * STEADY_DIVISOR <= (a > b ? a : b)).length;
  return same >= Math.ceil(pairs.length * STEADY_SHARE);
}

/** The category most of a merchant's payments have. */
function categoryOf(g: Payment[]): string | null {
  const counts = new Map<string, number>();
  for (const p of g) if (p.category) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of counts) if (best === null || n > counts.get(best)!) best = c;
  return best;
}

/**
 * The regular payments, continued by the merchant's later payments that fall
 * due on the same rhythm whatever their amount: a plan upgraded to a new price
 * goes on, and the latest payment is never overlooked (no "overdue" while
 * this month's payment is there).
 */
function continued(similar: Payment[], all: Payment[], cadence: number): Payment[] {
  const series = [...similar];
  const slack = Math.max(TOLERANCE_DAYS, Math.floor(cadence / 4));
  for (;;) {
    const last = series[series.length - 1]!;
    const off = (p: Payment) => Math.abs(days(last.date, p.date) - cadence);
    // The payment nearest the due date, so a one-off purchase in between does not take its place.
    const next = all.filter((p) => p.date > last.date && off(p) <= slack).sort((a, b) => off(a) - off(b))[0];
    if (!next) return series;
    series.push(next);
  }
}

/** The newest change of price that has held since, if any. */
function priceChangeOf(series: Payment[], digits: number): RecurringPayment["priceChange"] {
  const last = series[series.length - 1]!;
  for (let j = series.length - 1; j > 0; j--) {
    const before = series[j - 1]!;
    if (compareDecimal(before.amount, series[j]!.amount) !== 0) {
      return { oldAmount: normalizeDecimal(before.amount, digits), newAmount: normalizeDecimal(last.amount, digits), date: series[j]!.date };
    }
  }
  return undefined;
}

/** Pure detection over one user's outgoing payments (amounts positive). */
export function detectRecurring(payments: Payment[], today: string): RecurringPayment[] {
  const groups = new Map<string, Payment[]>();
  for (const p of payments) {
    const id = `${p.key}\u0000${p.currency}`;
    const g = groups.get(id) ?? [];
    g.push(p);
    groups.set(id, g);
  }
  const out: RecurringPayment[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const typical = median(g.map((p) => units(p.amount)), (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const similar = g.filter((p) => abs(units(p.amount) - typical) * SIMILAR_DIVISOR <= typical);
    if (similar.length < 3) continue;
    const gaps = similar.slice(1).map((p, i) => days(similar[i]!.date, p.date));
    const m = median(gaps, (a, b) => a - b);
    const cadence = CADENCES.find((c) => Math.abs(m - c) <= TOLERANCE_DAYS);
    if (!cadence) continue;
    const regular = gaps.filter((d) => Math.abs(d - cadence) <= TOLERANCE_DAYS).length;
    if (regular < Math.ceil(gaps.length * 0.75)) continue;
    const series = continued(similar, g, cadence);
    const category = categoryOf(g);
    if (category !== null && NEVER_REGULAR.has(category)) continue;
    const kind: RecurringKind = category !== null && BILL_CATEGORIES.has(category) ? "bill" : "subscription";
    if (kind === "subscription" && category !== "subscriptions" && !steady(series)) continue;
    const last = series[series.length - 1]!;
    const digits = minorDigits(last.currency);
    const rp: RecurringPayment = {
      key: last.key,
      kind,
      merchant: last.merchant,
      currency: last.currency,
      cadenceDays: cadence,
      amount: normalizeDecimal(last.amount, digits),
      count: series.length,
      firstDate: series[0]!.date,
      lastDate: last.date,
      nextExpected: addDays(last.date, cadence),
      active: days(last.date, today) <= cadence + TOLERANCE_DAYS,
    };
    // A bill that varies every time (electricity by use) has no price to change.
    const change = steady(series) ? priceChangeOf(series, digits) : undefined;
    if (change) rp.priceChange = change;
    out.push(rp);
  }
  return out.sort((a, b) => a.merchant.localeCompare(b.merchant));
}

/** Loads the outgoing, non-transfer payments of the user's own DuckDB and detects the regular ones. */
export async function recurringFrom(udb: UserDb, today: string): Promise<RecurringPayment[]> {
  const rows = await udb.all(
    `SELECT strip_accents(lower(coalesce(nullif(merchant, ''), counterparty))) AS key,
       coalesce(nullif(merchant, ''), counterparty) AS merchant, currency,
       strftime(booking_date, '%Y-%m-%d') AS date, (-amount)::VARCHAR AS amount, category_key AS category
     FROM tx
     WHERE amount < 0 AND coalesce(nullif(merchant, ''), counterparty) IS NOT NULL
       AND (category_kind IS NULL OR category_kind <> 'transfer') AND booking_date <= $1::DATE
     ORDER BY key, date`,
    [today],
  );
  const payments = rows.map((r) => ({
    key: String(r.key),
    merchant: String(r.merchant),
    currency: String(r.currency),
    date: String(r.date),
    amount: String(r.amount),
    category: r.category === null || r.category === undefined ? null : String(r.category),
  }));
  return detectRecurring(payments, today);
}

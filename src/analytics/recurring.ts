// Subscriptions and other regular payments: the same merchant (normalized as
// everywhere else), outgoing, at a regular interval of about a week, two
// weeks, a month, a quarter or a year (±3 days), with similar amounts.
// A price change is reported when the latest payments settled on a new amount.
import { minorDigits } from "../format/currency-code.ts";
import { decimalCmp as compareDecimal, normalizeDecimal, parseDecimal } from "../format/decimal.ts";
import { addDays, toDate } from "./periods.ts";
import type { UserDb } from "./user-db.ts";

export interface RecurringPayment {
  key: string;
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
}

const CADENCES = [7, 14, 30, 90, 365] as const;
const TOLERANCE_DAYS = 3;
/** Amounts within ±25% (1/4) of the typical one count as "the same payment". */
const SIMILAR_DIVISOR = 4n;

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
    const similar = g.filter((p) => {
      const d = units(p.amount) - typical;
      return (d < 0n ? -d : d) * SIMILAR_DIVISOR <= typical;
    });
    if (similar.length < 3) continue;
    const gaps = similar.slice(1).map((p, i) => days(similar[i]!.date, p.date));
    const m = median(gaps, (a, b) => a - b);
    const cadence = CADENCES.find((c) => Math.abs(m - c) <= TOLERANCE_DAYS);
    if (!cadence) continue;
    const regular = gaps.filter((d) => Math.abs(d - cadence) <= TOLERANCE_DAYS).length;
    if (regular < Math.ceil(gaps.length * 0.75)) continue;
    const last = similar[similar.length - 1]!;
    const digits = minorDigits(last.currency);
    const rp: RecurringPayment = {
      key: last.key,
      merchant: last.merchant,
      currency: last.currency,
      cadenceDays: cadence,
      amount: normalizeDecimal(last.amount, digits),
      count: similar.length,
      firstDate: similar[0]!.date,
      lastDate: last.date,
      nextExpected: addDays(last.date, cadence),
      active: days(last.date, today) <= cadence + TOLERANCE_DAYS,
    };
    const i = similar.length - 1;
    const prev = similar[i - 1]!;
    if (compareDecimal(prev.amount, last.amount) !== 0) {
      rp.priceChange = { oldAmount: normalizeDecimal(prev.amount, digits), newAmount: rp.amount, date: last.date };
    } else {
      // The newest change whose new amount has held since.
      for (let j = i - 1; j > 0; j--) {
        if (compareDecimal(similar[j - 1]!.amount, similar[j]!.amount) !== 0) {
          rp.priceChange = { oldAmount: normalizeDecimal(similar[j - 1]!.amount, digits), newAmount: rp.amount, date: similar[j]!.date };
          break;
        }
      }
    }
    out.push(rp);
  }
  return out.sort((a, b) => a.merchant.localeCompare(b.merchant));
}

/** Loads the outgoing, non-transfer payments of the user's own DuckDB and detects the regular ones. */
export async function recurringFrom(udb: UserDb, today: string): Promise<RecurringPayment[]> {
  const rows = await udb.all(
    `SELECT strip_accents(lower(coalesce(nullif(merchant, ''), counterparty))) AS key,
       coalesce(nullif(merchant, ''), counterparty) AS merchant, currency,
       strftime(booking_date, '%Y-%m-%d') AS date, (-amount)::VARCHAR AS amount
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
  }));
  return detectRecurring(payments, today);
}

// Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so the host's
// time zone never shifts a day.
import type { QuerySpec } from "./query-spec.ts";

export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY));
}

function lastDayOfMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** Shifts by whole months, clamping the day (Mar 31 − 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number, toMonthEnd = false): string {
  const d = toDate(iso);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const last = lastDayOfMonth(y, m);
  const day = toMonthEnd ? last : Math.min(d.getUTCDate(), last);
  return toIso(new Date(Date.UTC(y, m, day)));
}

function isMonthEnd(iso: string): boolean {
  const d = toDate(iso);
  return d.getUTCDate() === lastDayOfMonth(d.getUTCFullYear(), d.getUTCMonth());
}

function monthsSpanned(p: Period): number {
  const a = toDate(p.from);
  const b = toDate(p.to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/**
 * The period a question is about. Without one, flows cover all of the
 * user's data up to today (`dataStart` is the earliest booking date).
 */
export function resolvePeriod(spec: QuerySpec, today: string, dataStart?: string | null): Period {
  if (spec.filters.period) return spec.filters.period;
  const from = dataStart && dataStart < today ? dataStart : today;
  return { from, to: today };
}

/**
 * previous_period: the same stretch right before. A period starting on the
 * 1st moves by whole months (so March compares with February, and "this
 * month so far" with the same days of last month); anything else moves by
 * its length in days. same_period_last_year: one year back, month ends kept.
 */
export function comparePeriod(p: Period, compare: QuerySpec["compare"]): Period | null {
  if (compare === "none") return null;
  if (compare === "same_period_last_year") {
    return { from: addMonths(p.from, -12), to: addMonths(p.to, -12, isMonthEnd(p.to)) };
  }
  if (toDate(p.from).getUTCDate() === 1) {
    const n = monthsSpanned(p);
    return { from: addMonths(p.from, -n), to: addMonths(p.to, -n, isMonthEnd(p.to)) };
  }
  const days = Math.round((toDate(p.to).getTime() - toDate(p.from).getTime()) / DAY) + 1;
  return { from: addDays(p.from, -days), to: addDays(p.to, -days) };
}

/**
 * The days of `p` from the first transaction on, for an average per week or
 * day: a stretch before the data starts would pull the average down.
 */
export function daysFromData(p: Period, dataStart?: string | null): { period: Period; days: number } {
  const from = dataStart && dataStart > p.from && dataStart <= p.to ? dataStart : p.from;
  return { period: { from, to: p.to }, days: Math.round((toDate(p.to).getTime() - toDate(from).getTime()) / DAY) + 1 };
}

/**
 * The whole calendar months inside `p` (not before the data starts), for an
 * average per month: a month half over or half before the first transaction
 * would pull the average down. When no whole month fits, the period itself
 * and the months it touches.
 */
export function wholeMonths(p: Period, dataStart?: string | null): { period: Period; months: number } {
  const from = dataStart && dataStart > p.from && dataStart <= p.to ? dataStart : p.from;
  const start = toDate(from).getUTCDate() === 1 ? from : addMonths(`${from.slice(0, 8)}01`, 1);
  const end = isMonthEnd(p.to) ? p.to : addDays(`${p.to.slice(0, 8)}01`, -1);
  if (start > end) {
    const period = { from, to: p.to };
    return { period, months: monthsSpanned(period) };
  }
  const period = { from: start, to: end };
  return { period, months: monthsSpanned(period) };
}

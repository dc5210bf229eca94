// Calendar arithmetic on ISO dates (YYYY-MM-DD). Everything runs in UTC on
// purpose: the caller already gave us "today" in the user's time zone, and UTC
// has no daylight-saving gaps that could shift a day.

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function toIso({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parseIso(iso: string): Ymd {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fromUtc(ms: number): string {
  const date = new Date(ms);
  return toIso({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIso(iso);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/** Adds calendar months, clamping the day (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIso(iso);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return toIso({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const { y, m, d } = parseIso(iso);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function monthRange(y: number, m: number): DateRange {
  return { from: toIso({ y, m, d: 1 }), to: toIso({ y, m, d: daysInMonth(y, m) }) };
}

export function quarterRange(y: number, q: number): DateRange {
  const first = (q - 1) * 3 + 1;
  return { from: toIso({ y, m: first, d: 1 }), to: toIso({ y, m: first + 2, d: daysInMonth(y, first + 2) }) };
}

export function yearRange(y: number): DateRange {
  return { from: `${pad(y, 4)}-01-01`, to: `${pad(y, 4)}-12-31` };
}

/** Monday–Sunday week containing `iso`. */
export function weekRange(iso: string): DateRange {
  const from = addDays(iso, 1 - isoWeekday(iso));
  return { from, to: addDays(from, 6) };
}

/** A calendar unit still running today ends today: there is no data after it yet. */
export function clampToToday(range: DateRange, today: string): DateRange {
  return range.from <= today && range.to > today ? { from: range.from, to: today } : range;
}

// Dates as integer day numbers (days since 1970-01-01, UTC). The generator
// works per day, and integer days keep that fast and free of time-zone drift.
const MS_PER_DAY = 86_400_000;

export function toDay(isoDate: string): number {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${isoDate}`);
  return Math.floor(ms / MS_PER_DAY);
}

export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

// toISOString dominated the 1M-row benchmark; a run touches only a few thousand distinct days.
const isoCache = new Map<number, string>();

export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 50_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

export function ymd(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayFromYmd(year: number, month: number, dayOfMonth: number): number {
  return Math.floor(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Salaries land on the last working day of the month (weekends only; holidays are out of scope). */
export function lastBusinessDay(year: number, month: number): number {
  let d = dayFromYmd(year, month, daysInMonth(year, month));
  while (isWeekend(d)) d--;
  return d;
}

/** Month index (year*12 + month-1), handy as a cache key and for "previous month". */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthFromIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const GERMAN_MONTHS = [
  "Januar", "Februar", "März", "April", "Mai", "Juni",
  "Juli", "August", "September", "Oktober", "November", "Dezember",
] as const;

export function germanMonth(month: number): string {
  return GERMAN_MONTHS[month - 1] ?? String(month);
}

// When the ECB publishes: on TARGET working days at around 16:00 CET (the
// concertation is at ~14:10 CET). Weekends never have a file; holidays are not
// listed here because the files themselves show them (a missing day).
import { addDays } from "../analytics/periods.ts";

const ZONE = "Europe/Berlin";
/** Minutes after midnight (Frankfurt time) from which the day's file is expected. */
export const PUBLISHED_FROM_MINUTES = 16 * 60 + 15;

function frankfurt(now: Date): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

export function isWeekday(date: string): boolean {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** The newest weekday whose publication time has passed at `now` (a holiday may still have none). */
export function expectedPublication(now: Date): string {
  const f = frankfurt(now);
  let d = f.minutes >= PUBLISHED_FROM_MINUTES ? f.date : addDays(f.date, -1);
  while (!isWeekday(d)) d = addDays(d, -1);
  return d;
}

/** True when a weekday lies strictly between the two dates: a publication may have been missed. */
export function weekdayBetween(older: string, newer: string): boolean {
  for (let d = addDays(older, 1); d < newer; d = addDays(d, 1)) if (isWeekday(d)) return true;
  return false;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

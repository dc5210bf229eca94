// "Today" is a calendar date in the person's own time zone: at 00:30 in
// Berlin "this month" must already be the new month even if the server is on UTC.
import { usableTimeZone } from "../format/time-zone.ts";

/** YYYY-MM-DD of `now` in `timeZone`; an unknown zone falls back to UTC. */
export function todayIn(timeZone: string, now: Date): string {
  const zone = usableTimeZone(timeZone);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** First day of today's month: the default period of the commands. */
export function monthStart(today: string): string {
  return `${today.slice(0, 8)}01`;
}

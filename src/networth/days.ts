// Calendar days of the person's time zone as instants: a snapshot belongs to a
// day when it was taken before that day ended where the person lives.
import { addDays } from "../analytics/periods.ts";
import { usableTimeZone } from "../format/time-zone.ts";

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The last millisecond of `iso` (YYYY-MM-DD) in `timeZone`. */
export function endOfDay(iso: string, timeZone: string): Date {
  const nextMidnightUtc = new Date(`${addDays(iso, 1)}T00:00:00.000Z`);
  const zone = usableTimeZone(timeZone);
  return new Date(nextMidnightUtc.getTime() - offsetMinutes(zone, nextMidnightUtc) * 60_000 - 1);
}

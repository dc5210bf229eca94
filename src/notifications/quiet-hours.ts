// Quiet hours delay a message to the end of the window, in the person's own
// time zone (DST included); nothing is ever dropped for being quiet.

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
}

function wallClock(instant: Date, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Berlin in summer: +2 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the wall clock in `timeZone` shows this local date at `hour`:00. */
function zonedInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  // Two passes settle the offset even when the guess lies across a DST switch.
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

export function isQuietHour(hour: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

export interface QuietHours {
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  timezone: string;
}

/** When a message may go out: `now`, or the end of the current quiet window. */
export function deliverAt(now: Date, prefs: QuietHours): Date {
  const { quietHoursStart: start, quietHoursEnd: end } = prefs;
  if (start === null || end === null) return now;
  const timeZone = validZone(prefs.timezone);
  const wall = wallClock(now, timeZone);
  if (!isQuietHour(wall.hour, start, end)) return now;
  // Past midnight the window ends today; before midnight (wrapping window) it ends tomorrow.
  const endsTomorrow = start > end && wall.hour >= start;
  const base = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + (endsTomorrow ? 1 : 0)));
  return zonedInstant(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), end, timeZone);
}

function validZone(tz: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz;
  } catch (err) {
    // A bad zone in the profile must not stop notifications; Berlin is the app default.
    if (err instanceof RangeError) return "Europe/Berlin";
    throw err;
  }
}

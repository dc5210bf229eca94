// Dates in the user's language. Calendar dates ("2026-10-05") are formatted
// in UTC on purpose: they name a day, not an instant, and must not shift to
// the 4th for someone whose server runs west of Greenwich.
export type DateLocale = "en" | "de";

const INTL: Record<DateLocale, string> = { en: "en-GB", de: "de-DE" };
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

function toInstant(iso: string): { date: Date; calendar: boolean } {
  const calendar = CALENDAR_DATE.test(iso);
  const date = new Date(calendar ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return { date, calendar };
}

/** "5 Oct 2026" / "5. Okt. 2026". Timestamps are shown in `tz` (default: the process zone). */
export function formatDate(iso: string, locale: DateLocale, tz?: string): string {
  const { date, calendar } = toInstant(iso);
  const timeZone = calendar ? "UTC" : tz;
  return new Intl.DateTimeFormat(INTL[locale], { ...DAY_MONTH_YEAR, timeZone }).format(date);
}

/** "1–31 Oct 2026" / "1.–31. Okt. 2026" / "1 Sept – 31 Oct 2026"; one day collapses to one date. */
export function formatPeriod(from: string, to: string, locale: DateLocale): string {
  const a = toInstant(from).date;
  const b = toInstant(to).date;
  const text = new Intl.DateTimeFormat(INTL[locale], { ...DAY_MONTH_YEAR, timeZone: "UTC" }).formatRange(a, b);
  // ICU pads the dash with thin spaces even between two bare day numbers ("1 – 31 Oct");
  // the tight form reads better in a chat line and matches German typesetting.
  return text.replace(/(\d\.?)[\u2009 ]\u2013[\u2009 ](\d)/, "$1\u2013$2");
}

export type TimeGrain = "day" | "week" | "month" | "year";

/** Short axis labels for time buckets: day/week "5 Oct", month "Oct 2026", year "2026". */
export function formatBucket(key: string, grain: TimeGrain, locale: DateLocale): string {
  const iso = key.length === 4 ? `${key}-01-01` : key.length === 7 ? `${key}-01` : key.slice(0, 10);
  const { date } = toInstant(iso);
  const opts: Intl.DateTimeFormatOptions =
    grain === "year"
      ? { year: "numeric" }
      : grain === "month"
        ? { month: "short", year: "numeric" }
        : { day: "numeric", month: "short" };
  return new Intl.DateTimeFormat(INTL[locale], { ...opts, timeZone: "UTC" }).format(date);
}

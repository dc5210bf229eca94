// Statement dates become ISO "YYYY-MM-DD" strings; they are calendar days,
// never converted through time zones.
import type { DateFormat } from "./types.ts";

const PATTERNS: Record<DateFormat, { re: RegExp; order: [y: number, m: number, d: number] }> = {
  "YYYY-MM-DD": { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/, order: [1, 2, 3] },
  "DD.MM.YYYY": { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: [3, 2, 1] },
  "DD.MM.YY": { re: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, order: [3, 2, 1] },
  "DD/MM/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 2, 1] },
  "MM/DD/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  "DD-MM-YYYY": { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: [3, 2, 1] },
};

export const DATE_FORMATS = Object.keys(PATTERNS) as DateFormat[];

export function parseDate(text: string, format: DateFormat): string | null {
  const { re, order } = PATTERNS[format];
  const m = re.exec(text.trim());
  if (!m) return null;
  let year = Number(m[order[0]]);
  if (format === "DD.MM.YY") year += year < 70 ? 2000 : 1900;
  return isoDate(year, Number(m[order[1]]), Number(m[order[2]]));
}

/** "YYYY-MM-DD" when the day exists in the calendar, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first two numbers of a slash date, used to tell DD/MM from MM/DD. */
export function slashParts(text: string): [number, number] | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

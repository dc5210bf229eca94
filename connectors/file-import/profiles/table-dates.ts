// Date shapes of English-speaking and Dutch exports that the generic CSV
// guesser does not need: "20260912" (ING NL, ABN AMRO), "03 Jun 2026"
// (Nationwide, NatWest), "12-Dec-2019" (NewDay), "2025-01-01 15:37:17".
import { isoDate, parseDate } from "../dates.ts";
import type { DateFormat } from "../types.ts";

export type TableDateFormat = DateFormat | "YYYYMMDD" | "DD Mon YYYY";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function readTableDate(text: string, format: TableDateFormat): string | null {
  const value = text.trim();
  if (format === "YYYYMMDD") {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
    return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }
  if (format === "DD Mon YYYY") {
    const m = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/.exec(value);
    const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
    return m && month > 0 ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  return parseDate(value, format);
}

// A period named for one side of "September vs October": a calendar month as
// "Sept 2026", a calendar year as "2026", anything else as its dates. A month
// or year still running counts as whole (it ends today, there is no data after).
import { formatBucket, formatPeriod } from "../../format/date.ts";
import { daysInMonth, parseIso, type DateRange } from "./dates.ts";

export function periodLabel(p: DateRange, locale: "en" | "de"): string {
  const from = parseIso(p.from);
  const to = parseIso(p.to);
  if (from.d === 1 && from.y === to.y && from.m === to.m) return formatBucket(p.from.slice(0, 7), "month", locale);
  if (from.d === 1 && from.m === 1 && from.y === to.y && to.m === 12 && to.d === daysInMonth(to.y, 12)) return String(from.y);
  return formatPeriod(p.from, p.to, locale);
}

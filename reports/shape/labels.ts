// Display names for result rows: taxonomy names for categories, short dates
// for time buckets, the engine's label or key for everything else.
import { renderPlain } from "../../src/i18n/index.ts";
import { categoryName } from "../../src/categories/taxonomy.ts";
import { formatBucket } from "../../src/format/date.ts";
import type { GroupBy } from "../../src/analytics/query-spec.ts";
import { isTimeGroup, type ReportLocale, type ResultRow } from "./types.ts";
import "./messages.ts";

/** Key of the row that sums everything beyond the top N; never a real category or merchant. */
export const OTHER_KEY = "__other__";

export function text(locale: ReportLocale, key: string): string {
  return renderPlain(locale, { key });
}

export function rowLabel(row: ResultRow, groupBy: GroupBy, locale: ReportLocale): string {
  if (row.key === OTHER_KEY) return text(locale, "reports.other");
  if (row.label) return row.label;
  if (row.key === null) return text(locale, groupBy === "category" ? "reports.uncategorized" : "reports.unknown");
  if (groupBy === "category") return categoryName(row.key, locale);
  if (isTimeGroup(groupBy)) return formatBucket(row.key, groupBy, locale);
  return row.key;
}

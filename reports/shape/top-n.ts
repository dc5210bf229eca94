// A chart with 40 slices or bars is unreadable on a phone: keep the largest
// rows and sum the rest exactly into one "Other" row per currency.
import { decimalAbs, decimalAdd, decimalCmp } from "../../src/format/decimal.ts";
import { OTHER_KEY, text } from "./labels.ts";
import type { ReportLocale, ResultRow } from "./types.ts";

/**
 * The `n` largest rows by absolute value, largest first, plus "Other" for the
 * rest (so at most n + 1 series per currency). A taxonomy "other" row among the
 * kept ones is merged into it: two bars both called "Other" would confuse.
 * With at most n + 1 rows nothing is folded: an "Other" of one row hides a name for no gain.
 */
export function topNWithOther(rows: readonly ResultRow[], n = 11, locale: ReportLocale = "en"): ResultRow[] {
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => decimalCmp(decimalAbs(b.row.value), decimalAbs(a.row.value)) || a.i - b.i)
    .map(({ row }) => row);
  if (sorted.length <= n + 1) return sorted;

  const kept = sorted.slice(0, n).filter((r) => r.key !== "other");
  const folded = [...sorted.slice(n), ...sorted.slice(0, n).filter((r) => r.key === "other")];
  const others = new Map<string, ResultRow>();
  for (const r of folded) {
    const acc = others.get(r.currency) ?? {
      key: OTHER_KEY,
      label: text(locale, "reports.other"),
      value: "0",
      compareValue: null,
      count: 0,
      currency: r.currency,
    };
    acc.value = decimalAdd(acc.value, r.value);
    // A missing comparison counts as zero only once some row has one.
    if (r.compareValue != null) acc.compareValue = decimalAdd(acc.compareValue ?? "0", r.compareValue);
    acc.count += r.count;
    others.set(r.currency, acc);
  }
  return [...kept, ...others.values()];
}

// A result as a compact Telegram HTML answer. Every list line is its own
// <code> span so columns line up in monospace and splitHtml may break between
// any two lines without leaving a tag open.
import { escapeHtml } from "../../src/text/html.ts";
import { t } from "../../src/i18n/index.ts";
import { formatPeriod } from "../../src/format/date.ts";
import { formatMoney, formatNumber } from "../../src/format/money.ts";
import { decimalAbs, decimalCmp, decimalPercent, decimalSign, decimalSub, decimalSum } from "../../src/format/decimal.ts";
import { rowLabel, text } from "./labels.ts";
import { shapeRows } from "./series.ts";
import { formatSpending } from "./spending-value.ts";
import { isTimeGroup, type ReportLocale, type ReportResult, type ResultRow } from "./types.ts";

// About what a phone shows of a monospace line before wrapping.
const LINE_CHARS = 40;
// A name cut shorter than this says too little to be worth the column it saves.
const MIN_LABEL = 12;
const COLUMN = 14;
const TEXT_TOP_N = 19;

function formatValue(value: string, row: Pick<ResultRow, "currency">, result: ReportResult, locale: ReportLocale): string {
  if (result.measure === "count") return formatNumber(value, locale);
  return result.measure === "spending" ? formatSpending(value, row.currency, locale) : formatMoney(value, row.currency, locale);
}

function percent(value: string, locale: ReportLocale): string {
  return `${value.startsWith("<") ? value : formatNumber(value, locale)}${locale === "de" ? "\u00a0%" : "%"}`;
}

/** "▲ 12%", "▼ 5%", "±0%", or "new" when there was nothing before. */
export function formatDelta(value: string, compare: string, locale: ReportLocale): string {
  const cmp = decimalCmp(value, compare);
  if (cmp === 0) return `±${percent("0", locale)}`;
  const pct = decimalPercent(decimalSub(value, compare), decimalAbs(compare));
  if (pct === null) return text(locale, "reports.new");
  return `${cmp > 0 ? "▲" : "▼"} ${percent(decimalAbs(pct), locale)}`;
}

/** The label padded to `width`; a longer one cut after its last whole word that fits, with "…". */
function fit(label: string, width: number): string {
  const chars = [...label];
  if (chars.length <= width) return label + " ".repeat(width - chars.length);
  // The space after the last whole word may sit where "…" goes.
  const space = chars.slice(0, width).join("").lastIndexOf(" ");
  // A single long word (or a first word filling the column) is cut inside it.
  const cut = space >= MIN_LABEL / 2 ? chars.slice(0, space).join("").replace(/[\s&,+-]+$/, "") : chars.slice(0, width - 1).join("");
  return `${cut}…`.padEnd(width);
}

/**
 * How wide the name column is: as wide as the longest name while the line
 * stays within a phone's width. Category names are few, short and known,
 * so they are never cut, even if the line wraps.
 */
function labelWidth(labels: readonly string[], groupBy: ReportResult["groupBy"], rest: number): number {
  // Never narrower than the column always was, so short names keep their columns apart.
  const longest = Math.max(COLUMN, ...labels.map((l) => [...l].length));
  if (groupBy === "category" || isTimeGroup(groupBy)) return longest;
  return Math.min(longest, Math.max(COLUMN, LINE_CHARS - rest));
}

function showsShares(result: ReportResult): boolean {
  return ["spending", "income", "count"].includes(result.measure) && !isTimeGroup(result.groupBy);
}

function showsTotal(result: ReportResult): boolean {
  if (result.measure === "average") return false;
  if (result.measure === "balance") return result.groupBy === "account";
  return true;
}

function heading(result: ReportResult, locale: ReportLocale): string {
  const measure = text(locale, `reports.measure.${result.measure}`);
  if (!result.period) return t(locale, "reports.heading_no_period", { measure });
  return t(locale, "reports.heading", { measure, period: formatPeriod(result.period.from, result.period.to, locale) });
}

function comparisonLine(result: ReportResult, value: string, compare: string, row: ResultRow, locale: ReportLocale): string {
  const key = result.compare === "same_period_last_year" ? "reports.vs_same_period_last_year" : "reports.vs_previous_period";
  return t(locale, key, { delta: formatDelta(value, compare, locale), value: formatValue(compare, row, result, locale) });
}

export function rowsToText(result: ReportResult, locale: ReportLocale): string {
  const lines = [heading(result, locale)];
  const rows = shapeRows(result, locale, TEXT_TOP_N);
  const first = rows[0];
  if (!first) return [...lines, text(locale, "reports.no_data")].join("\n");

  const total = decimalSum(rows.map((r) => r.value));
  const compareTotal = rows.some((r) => r.compareValue != null) ? decimalSum(rows.map((r) => r.compareValue ?? "0")) : null;
  const count = rows.reduce((n, r) => n + r.count, 0);
  // A balance adds up accounts, not transactions: no "(4 transactions)" after it.
  const countKey = result.measure === "count" || result.measure === "balance" ? "" : "_count";

  if (result.groupBy === "none" && rows.length === 1) {
    const params = { value: formatValue(first.value, first, result, locale), count: formatNumber(first.count, locale) };
    lines.push(t(locale, `reports.single${countKey}`, params));
    if (first.compareValue != null) lines.push(comparisonLine(result, first.value, first.compareValue, first, locale));
    return lines.join("\n");
  }

  // Amounts in different currencies do not add up to anything meaningful.
  const oneCurrency = rows.every((r) => r.currency === first.currency);
  const values = rows.map((r) => formatValue(r.value, r, result, locale));
  const valueWidth = Math.max(...values.map((v) => v.length));
  const shares = showsShares(result);
  // A share is of rows with the same sign: money back is no part of what was spent (a refund bigger than the purchases made "131 %" and "-31 %").
  const positive = decimalSum(rows.map((r) => r.value).filter((v) => decimalSign(v) > 0));
  const shareSign = decimalSign(positive) > 0 ? 1 : -1;
  const shareBase = shareSign > 0 ? positive : decimalSum(rows.map((r) => r.value).filter((v) => decimalSign(v) < 0));
  const labels = rows.map((row) => rowLabel(row, result.groupBy, locale));
  const width = labelWidth(labels, result.groupBy, 1 + valueWidth + (shares ? 6 : 0));
  lines.push("");
  rows.forEach((row, i) => {
    let line = `${fit(labels[i] ?? "", width)} ${(values[i] ?? "").padStart(valueWidth)}`;
    if (shares) {
      const share = oneCurrency && decimalSign(row.value) !== -shareSign ? decimalPercent(row.value, shareBase) : null;
      line += ` ${(share === null ? "" : percent(share === "0" && decimalSign(row.value) !== 0 ? "<1" : share, locale)).padStart(5)}`;
    }
    let delta = "";
    if (row.compareValue != null) delta = ` ${escapeHtml(formatDelta(row.value, row.compareValue, locale))}`;
    lines.push(`<code>${escapeHtml(line.trimEnd())}</code>${delta}`);
  });
  lines.push("");

  if (showsTotal(result) && oneCurrency) {
    const params = { value: formatValue(total, first, result, locale), count: formatNumber(count, locale) };
    // A top list leaves rows out: the sum of the shown rows is not the period's total (refunds or small merchants make them differ).
    const whole = result.total?.find((x) => x.currency === first.currency);
    if (whole && (decimalCmp(whole.value, total) !== 0 || (countKey && whole.count !== count))) {
      lines.push(t(locale, `reports.shown_total${countKey}`, { ...params, rows: formatNumber(rows.length, locale) }));
      lines.push(t(locale, `reports.total${countKey}`, { value: formatValue(whole.value, first, result, locale), count: formatNumber(whole.count, locale) }));
      if (whole.compareValue != null) lines.push(comparisonLine(result, whole.value, whole.compareValue, first, locale));
    } else {
      lines.push(t(locale, `reports.total${countKey}`, params));
      if (compareTotal !== null) lines.push(comparisonLine(result, total, compareTotal, first, locale));
    }
  }
  return lines.join("\n");
}

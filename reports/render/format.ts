// Value formatting on the canvas: the same formatter as the text answers, so
// "1.234,50 €" reads the same in the chart and in the message beside it.
import { decimalPercent, decimalSum } from "../../src/format/decimal.ts";
import { formatMoney, formatMoneyCompact, formatNumber } from "../../src/format/money.ts";
import type { ReportLocale } from "../shape/types.ts";

/**
 * chart.js hands tick callbacks plain numbers it generated itself (0, 500,
 * 1000...). They are display-only scale marks, never amounts we add up, so
 * turning them back into a decimal string here loses nothing that matters.
 */
export function tickToDecimal(value: number): string {
  if (!Number.isFinite(value)) return "0";
  return Math.abs(value) < 1e21 ? value.toFixed(2) : "0";
}

export function formatTick(value: number | string, currency: string, locale: ReportLocale): string {
  if (typeof value === "string") return value;
  const dec = tickToDecimal(value);
  return currency ? formatMoneyCompact(dec, currency, locale) : formatNumber(value, locale);
}

/** Exact label for one data value (bar ends, legends). */
export function formatValue(value: string, currency: string, locale: ReportLocale): string {
  return currency ? formatMoney(value, currency, locale) : formatNumber(value, locale);
}

const MAX_LEGEND_NAME = 22;

/** "Groceries · €123.45 · 38 %": legend entries of a doughnut, amounts and shares exact; long names shortened, never cut by the canvas. */
export function shareLabels(labels: readonly string[], values: readonly string[], locale: ReportLocale, currency = ""): string[] {
  const total = decimalSum(values);
  return labels.map((label, i) => {
    const chars = [...label];
    const name = chars.length > MAX_LEGEND_NAME ? `${chars.slice(0, MAX_LEGEND_NAME - 1).join("")}…` : label;
    const amount = formatValue(values[i] ?? "0", currency, locale);
    const pct = decimalPercent(values[i] ?? "0", total);
    if (pct === null) return `${name} · ${amount}`;
    return `${name} · ${amount} · ${formatNumber(pct, locale)}${locale === "de" ? "\u00a0%" : "%"}`;
  });
}

// Value formatting on the canvas: the same formatter as the text answers, so
// "1.234,50 €" reads the same in the chart and in the message beside it.
import { decimalPercent, decimalSign, decimalSum } from "../../src/format/decimal.ts";
import { formatMoney, formatMoneyCompact, formatNumber } from "../../src/format/money.ts";
import type { ReportLocale } from "../shape/types.ts";
import { estimateWidth, type MeasureText } from "./measure.ts";

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

// What a bottom legend line has at 1000 px: the width less the margins, the colour box and its padding.
const LEGEND_ROOM = 1000 - 118;
const LEGEND_FONT = 24;

/** "38 %" of `total`; a share that rounds to nothing but is not nothing is "<1 %", so a slice too thin to see still says it is there. */
export function formatShare(value: string, total: string, locale: ReportLocale): string | null {
  const pct = decimalPercent(value, total);
  if (pct === null) return null;
  const shown = pct === "0" && decimalSign(value) !== 0 ? "<1" : formatNumber(pct, locale);
  return `${shown}${locale === "de" ? "\u00a0%" : "%"}`;
}

/** The name cut after its last whole word that lets `rest` follow within `room` px; whole when it fits. */
function fitName(name: string, rest: string, room: number, measure: MeasureText): string {
  if (measure(name + rest, LEGEND_FONT) <= room) return name;
  const words = name.split(" ");
  for (let n = words.length - 1; n >= 1; n--) {
    const head = `${words.slice(0, n).join(" ").replace(/[\s&,+-]+$/, "")}…`;
    if (measure(head + rest, LEGEND_FONT) <= room) return head;
  }
  // One long word: cut inside it.
  const chars = [...name];
  let keep = chars.length;
  while (keep > 1 && measure(`${chars.slice(0, keep).join("")}…${rest}`, LEGEND_FONT) > room) keep--;
  return `${chars.slice(0, keep).join("")}…`;
}

/** "Groceries · €123.45 · 38 %": legend entries of a doughnut, amounts and shares exact; a name is shortened only when its line would not fit, never cut by the canvas. */
export function shareLabels(labels: readonly string[], values: readonly string[], locale: ReportLocale, currency = "", room = LEGEND_ROOM, measure: MeasureText = estimateWidth): string[] {
  const total = decimalSum(values);
  return labels.map((label, i) => {
    const amount = formatValue(values[i] ?? "0", currency, locale);
    const share = formatShare(values[i] ?? "0", total, locale);
    const rest = share === null ? ` · ${amount}` : ` · ${amount} · ${share}`;
    return `${fitName(label, rest, room, measure)}${rest}`;
  });
}

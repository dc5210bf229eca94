// Portfolio answers as chat text and chart inputs. Pure: numbers in, HTML and
// RenderInput out; rendering the PNG is the caller's.
import { t, type Locale } from "../i18n/index.ts";
import { formatDate, formatPeriod } from "../format/date.ts";
import { formatMoney, formatSignedMoney } from "../format/money.ts";
import { decimalAdd, decimalCmp, decimalNeg, decimalPercent, decimalSub } from "../format/decimal.ts";
import type { RenderInput } from "../../reports/render/types.ts";
import type { FlowSum } from "./flows.ts";
import type { Position } from "./positions.ts";
import type { Performance, Snapshot } from "./service.ts";

export interface Shown {
  html: string;
  chart: RenderInput | null;
}

const CLASS_ORDER = ["cash", "stock", "fund", "bond", "option", "crypto", "other"];
const className = (locale: Locale, c: string) => t(locale, `networth.class.${CLASS_ORDER.includes(c) ? c : "other"}`);

function unvaluedLine(locale: Locale, unvalued: readonly Position[]): string[] {
  if (!unvalued.length) return [];
  const items = unvalued.map((p) => (p.amount ? formatMoney(p.amount, p.currency, locale) : `${p.label} (${p.currency})`)).join(", ");
  return [t(locale, "networth.unvalued", { items })];
}

function unconvertedLine(locale: Locale, open: FlowSum["unconverted"]): string[] {
  return open.length ? [t(locale, "networth.unconverted", { items: open.map((o) => formatMoney(o.amount, o.currency, locale)).join(", ") })] : [];
}

/** Largest first; the shares of a breakdown. */
function shares(entries: [string, string][], total: string, locale: Locale, base: string): string[] {
  return entries
    .sort((a, b) => decimalCmp(b[1], a[1]))
    .map(([name, value]) => t(locale, "networth.share", { name, amount: formatMoney(value, base, locale), percent: decimalPercent(value, total, 0) ?? "0" }));
}

export function showNetWorth(s: Snapshot, locale: Locale): Shown {
  if (!s.positions.length) return { html: t(locale, "networth.none"), chart: null };
  const money = (v: string) => formatMoney(v, s.baseCurrency, locale);
  const classes = [...s.byClass].sort((a, b) => CLASS_ORDER.indexOf(a[0]) - CLASS_ORDER.indexOf(b[0]));
  const accounts = [...s.byAccount].map(([id, v]) => [s.accounts.get(id)?.name ?? "?", v] as [string, string]).sort((a, b) => decimalCmp(b[1], a[1]));
  const lines = [
    t(locale, "networth.title", { date: formatDate(s.date, locale), total: money(s.total) }),
    ...classes.map(([c, v]) => t(locale, "networth.part", { name: className(locale, c), amount: money(v) })),
    "",
    t(locale, "networth.by_account"),
    ...accounts.map(([name, v]) => t(locale, "networth.part", { name, amount: money(v) })),
    ...unvaluedLine(locale, s.unvalued),
  ];
  return { html: lines.join("\n"), chart: null };
}

export function showSeries(r: { baseCurrency: string; points: { date: string; total: string }[] }, locale: Locale): Shown {
  const first = r.points[0]!;
  const last = r.points.at(-1)!;
  const money = (v: string) => formatMoney(v, r.baseCurrency, locale);
  const html = [
    t(locale, "networth.series_title", { months: r.points.length - 1, first: money(first.total), last: money(last.total), change: formatSignedMoney(decimalSub(last.total, first.total), r.baseCurrency, locale) }),
    ...r.points.map((p) => t(locale, "networth.series_line", { date: formatDate(p.date, locale), amount: money(p.total) })),
  ].join("\n");
  const chart: RenderInput = {
    kind: "line",
    title: t(locale, "networth.series_label"),
    labels: r.points.map((p) => formatDate(p.date, locale)),
    series: [{ label: t(locale, "networth.series_label"), values: r.points.map((p) => p.total) }],
    currency: r.baseCurrency,
    locale,
    partialLast: true,
  };
  return { html, chart };
}

export function showCrypto(s: Snapshot, locale: Locale): Shown {
  const coins = s.positions.filter((p) => p.assetClass === "crypto");
  if (!coins.length) return { html: t(locale, "networth.crypto_none"), chart: null };
  const valued = coins.filter((p) => p.valueBase !== null);
  const total = s.byClass.get("crypto") ?? "0";
  const bySymbol = new Map<string, string>();
  for (const p of valued) bySymbol.set(p.label, decimalAdd(bySymbol.get(p.label) ?? "0", p.valueBase!));
  const html = [
    t(locale, "networth.crypto_title", { total: formatMoney(total, s.baseCurrency, locale) }),
    ...shares([...bySymbol], total, locale, s.baseCurrency),
    ...unvaluedLine(locale, coins.filter((p) => p.valueBase === null)),
  ].join("\n");
  return { html, chart: null };
}

export function showBreakdown(s: Snapshot, by: "asset_class" | "account", locale: Locale): Shown {
  // A portfolio is what is invested: the accounts that hold something beyond cash balances.
  const invested = new Set(s.positions.filter((p) => p.assetClass !== "cash" || s.accounts.get(p.accountId)?.type === "CRYPTO" || s.accounts.get(p.accountId)?.type === "BROKERAGE").map((p) => p.accountId));
  const parts = new Map<string, string>();
  let total = "0";
  for (const p of s.positions) {
    if (!invested.has(p.accountId) || p.valueBase === null) continue;
    const key = by === "account" ? (s.accounts.get(p.accountId)?.name ?? "?") : className(locale, p.assetClass);
    parts.set(key, decimalAdd(parts.get(key) ?? "0", p.valueBase));
    total = decimalAdd(total, p.valueBase);
  }
  if (!parts.size) return { html: t(locale, "networth.portfolio_none"), chart: null };
  const entries = [...parts].sort((a, b) => decimalCmp(b[1], a[1]));
  const title = t(locale, by === "account" ? "networth.breakdown_account" : "networth.breakdown_class", { total: formatMoney(total, s.baseCurrency, locale) });
  const html = [title, ...shares(entries, total, locale, s.baseCurrency), ...unvaluedLine(locale, s.unvalued.filter((p) => invested.has(p.accountId)))].join("\n");
  const chart: RenderInput = { kind: "doughnut", title: title.replace(/<[^>]+>/g, ""), labels: entries.map((e) => e[0]), series: [{ label: "", values: entries.map((e) => e[1]) }], currency: s.baseCurrency, locale };
  return { html, chart };
}

export function showPerformance(p: Performance, locale: Locale): Shown {
  const money = (v: string) => formatMoney(v, p.baseCurrency, locale);
  const signed = (v: string) => formatSignedMoney(v, p.baseCurrency, locale);
  const html = [
    t(locale, "networth.performance", { period: formatPeriod(p.from, p.to, locale), start: money(p.start), end: money(p.end), change: signed(p.change), deposits: signed(p.deposits), market: signed(p.market) }),
    ...unconvertedLine(locale, p.unconverted),
  ].join("\n");
  return { html, chart: null };
}

export function showDividends(f: FlowSum & { baseCurrency: string }, period: { from: string; to: string }, locale: Locale): Shown {
  const when = formatPeriod(period.from, period.to, locale);
  if (!f.count) return { html: t(locale, "networth.dividends_none", { period: when }), chart: null };
  const money = (v: string) => formatMoney(v, f.baseCurrency, locale);
  const tax = decimalNeg(f.parts["withholding_tax"] ?? "0");
  const html = [t(locale, "networth.dividends", { period: when, net: money(f.total), gross: money(f.parts["dividend"] ?? "0"), tax: money(tax) }), ...unconvertedLine(locale, f.unconverted)].join("\n");
  return { html, chart: null };
}

export function showFees(f: FlowSum & { baseCurrency: string }, period: { from: string; to: string }, locale: Locale): Shown {
  const when = formatPeriod(period.from, period.to, locale);
  if (!f.count) return { html: t(locale, "networth.fees_none", { period: when }), chart: null };
  const money = (v: string) => formatMoney(v, f.baseCurrency, locale);
  const html = [
    t(locale, "networth.fees", { period: when, total: money(f.total), commissions: money(f.parts["commission"] ?? "0"), other: money(f.parts["fee"] ?? "0") }),
    ...unconvertedLine(locale, f.unconverted),
  ].join("\n");
  return { html, chart: null };
}

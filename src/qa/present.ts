// A QueryResult as the person sees it: reports/ decides text and chart for one
// currency; here several currencies become one section each, because amounts
// in different currencies do not add up to anything. Lists of transactions
// and "A vs B" have their own shapes; an average over months says over how
// many, and a period reaching before the first transaction says so.
import type { QueryResult } from "../analytics/engine.ts";
import { addDays } from "../analytics/periods.ts";
import { averageKey, averagesFlowsOverTime, averagesOverTime } from "../analytics/query-spec.ts";
import { formatDate, formatPeriod } from "../format/date.ts";
import { formatMoney } from "../format/money.ts";
import { t } from "../i18n/index.ts";
import { listToText } from "../../reports/shape/list.ts";
import { buildReport, type Report } from "../../reports/shape/report.ts";
import { chartTitle } from "./chart-title.ts";
import { text } from "../../reports/shape/labels.ts";
import type { ReportResult } from "../../reports/shape/types.ts";
import { versusReport } from "../../reports/shape/versus.ts";
import type { RenderInput } from "../../reports/render/types.ts";

export interface Presented {
  html: string;
  chart: RenderInput | null;
  /** The currency the chart (if any) shows: the one with the most transactions. */
  mainCurrency: string | null;
}

/** Currencies of a result, the one with the most transactions first. */
export function currenciesOf(result: QueryResult): string[] {
  return [...result.total]
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
    .map((t) => t.currency)
    .filter((c, i, all) => all.indexOf(c) === i);
}

/**
 * A measure the report's own heading would misname: an average per month or year, top-ups (not income), a list both ways
 * (not a balance), savings and income vs spending (not net).
 */
function ownMeasureKey(result: QueryResult): string | null {
  if (averagesOverTime(result.spec) || incomePerTransaction(result.spec)) return `reports.measure.${averageKey(result.spec)}`;
  if (result.spec.measure === "net" && result.spec.groupBy === "transaction") return "reports.measure.in_and_out";
  if (result.spec.filters.transfersTo === "account" && result.spec.measure === "income") return "reports.measure.moved_in";
  if (result.spec.filters.transfersTo === "savings" && result.spec.measure === "net") return "reports.measure.saved";
  // Moves between own accounts are left out of spending everywhere else: their sum is named for what it is.
  if (result.spec.filters.transfersTo === "savings" && result.spec.measure === "spending") return "reports.measure.moved_to_savings";
  if (result.spec.filters.transfersTo === "card" && result.spec.measure === "spending") return "reports.measure.card_bills";
  if (averagesFlowsOverTime(result.spec)) return `reports.measure.average_income_vs_spending_${result.spec.averageOver}`;
  if (result.spec.versus?.some((s) => s.measure)) return "reports.measure.income_vs_spending";
  return null;
}

const incomePerTransaction = (spec: QueryResult["spec"]) => spec.measure === "income" && spec.averageOver === "transaction";

function heading(result: QueryResult, locale: "en" | "de"): string {
  const measure = text(locale, ownMeasureKey(result) ?? `reports.measure.${result.spec.measure}`);
  return t(locale, "reports.heading", { measure, period: formatPeriod(result.period.from, result.period.to, locale) });
}

/** One line under a spending total that left cash withdrawals out, so the total is not mistaken for every pound that left. */
export function cashNote(cash: QueryResult["cashLeftOut"], locale: "en" | "de"): string | null {
  if (!cash?.length) return null;
  // Sides of "September vs August" each left their own cash out: said per side, not as one sum.
  const labels = new Set(cash.map((c) => c.label));
  if (labels.size > 1) {
    return t(locale, "reports.cash_left_out_sides", { amounts: cash.map((c) => `${c.label ?? ""} ${formatMoney(c.value, c.currency, locale)}`.trim()).join(", ") });
  }
  return t(locale, "reports.cash_left_out", { amount: cash.map((c) => formatMoney(c.value, c.currency, locale)).join(" + ") });
}

/**
 * One line under a figure that counts pending rows: how much of it the bank has not booked yet (a hotel's or a
 * fuel pump's hold may still be booked for less, an order may be cancelled), so it is never taken for booked money.
 */
export function pendingNote(result: QueryResult, locale: "en" | "de"): string | null {
  const pending = result.pendingIn;
  if (!pending?.length) return null;
  const count = pending.reduce((n, x) => n + x.count, 0);
  const listed = result.spec.groupBy === "transaction";
  if (result.spec.measure === "count") return t(locale, "reports.pending_in_count", { count });
  const amount = pending.map((x) => formatMoney(x.value, x.currency, locale)).join(" + ");
  // "Of this, €312.80 is pending" of €312.80 reads as if something were booked.
  const all = result.total.every((x) => x.count === (pending.find((p) => p.currency === x.currency)?.count ?? 0));
  return t(locale, all ? "reports.pending_all" : listed ? "reports.pending_in_list" : "reports.pending_in", { amount, count });
}

function notes(result: QueryResult, locale: "en" | "de"): string[] {
  const out: string[] = [];
  const pending = pendingNote(result, locale);
  if (pending) out.push(pending);
  const cash = cashNote(result.cashLeftOut, locale);
  if (cash) out.push(cash);
  if (result.months !== undefined) {
    const key = result.spec.averageOver === "year" ? "reports.months_year" : "reports.months";
    out.push(t(locale, key, { months: result.months, period: formatPeriod(result.period.from, result.period.to, locale) }));
  }
  if (result.days !== undefined) {
    // How the weeks were counted: the days of the period over seven, not the calendar weeks it touches.
    const weeks = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(result.days / 7);
    const key = result.spec.averageOver === "week" ? "reports.weeks" : "reports.days";
    out.push(t(locale, key, { days: result.days, weeks, period: formatPeriod(result.period.from, result.period.to, locale) }));
  }
  const requested = result.spec.filters.period?.from;
  if (requested && result.dataStart && requested < result.dataStart && result.spec.measure !== "balance") {
    out.push(t(locale, "reports.data_start", { date: formatDate(result.dataStart, locale) }));
  }
  out.push(...fxNotes(result, locale));
  return out;
}

/** What was converted, what could not be, and how old the rates are. */
export function fxNotes(result: QueryResult, locale: "en" | "de"): string[] {
  const c = result.conversion;
  if (!c) return [];
  if (c.ranked) {
    // Rows this page does not show may be the ones without a rate: the note stands on every page.
    const ranked = [t(locale, "reports.fx.ranked", { base: c.to })];
    if (c.unconverted.length) ranked.push(t(locale, "reports.fx.unranked", { currencies: c.unconverted.join(", ") }));
    if (c.stale && c.newestRate && c.rateAgeDays !== null) ranked.push(t(locale, "reports.fx.stale", { date: formatDate(c.newestRate, locale), days: c.rateAgeDays }));
    return ranked;
  }
  const out: string[] = [];
  const counted = c.converted.filter((x) => x.count > 0);
  if (counted.length) {
    const list = counted.map((x) => t(locale, x.count === 1 ? "reports.fx.count_one" : "reports.fx.count_other", { count: x.count, currency: x.currency })).join(", ");
    out.push(t(locale, "reports.fx.converted", { base: c.to, list }));
  }
  const shown = c.unconverted.filter((cur) => result.rows.some((r) => r.currency === cur));
  if (shown.length) out.push(t(locale, "reports.fx.unconverted", { currencies: shown.join(", ") }));
  if (c.stale && c.newestRate && c.rateAgeDays !== null && counted.length) {
    out.push(t(locale, "reports.fx.stale", { date: formatDate(c.newestRate, locale), days: c.rateAgeDays }));
  }
  return out;
}

const TIME_GROUPS = ["day", "week", "month", "year"];

/**
 * The period the rows and the chart cover. A balance is a figure on one day:
 * the answer names that day. Buckets before the first transaction are not
 * zeros but unknown: a time series starts at the data (the notes say so).
 */
function shownPeriod(result: QueryResult): QueryResult["period"] {
  const { measure, groupBy } = result.spec;
  if (measure === "balance") return TIME_GROUPS.includes(groupBy) ? result.period : { from: result.period.to, to: result.period.to };
  const start = result.dataStart;
  if (TIME_GROUPS.includes(groupBy) && start && start > result.period.from && start <= result.period.to) return { ...result.period, from: start };
  return result.period;
}

function shaped(result: QueryResult, locale: "en" | "de"): Report & { mainCurrency: string | null } {
  const mainCurrency = currenciesOf(result)[0] ?? null;
  if (result.spec.groupBy === "transaction") {
    const html = listToText(heading(result, locale), { rows: result.rows, offset: result.spec.offset ?? 0, total: result.total }, locale, result.spec.measure === "net");
    return { html, chart: null, mainCurrency };
  }
  if (result.spec.versus) {
    const sideMeasures = result.spec.versus.map((s) => s.measure);
    const averageOver = averagesFlowsOverTime(result.spec) ? (result.spec.averageOver as "month" | "year" | "week" | "day") : undefined;
    // A period ending before its month does (today) leaves the last month unfinished: no salary yet is not a month without one.
    const lastRunning = result.period.to.slice(0, 7) === addDays(result.period.to, 1).slice(0, 7);
    const r = versusReport({ heading: heading(result, locale), measure: result.spec.measure, sideMeasures, averageOver, rows: result.rows, monthly: result.sides, chart: result.spec.chart, lastRunning }, locale);
    return { ...r, mainCurrency };
  }
  const base: ReportResult = {
    // Averages per transaction never add up to a total, whatever was averaged.
    measure: incomePerTransaction(result.spec) ? "average" : result.spec.measure,
    groupBy: result.spec.groupBy,
    rows: result.rows,
    total: result.total,
    compare: result.spec.compare,
    period: shownPeriod(result),
    comparePeriod: result.comparePeriod,
  };
  const chartWish = result.spec.chart;
  // The report names the measure "Average" or "Income"; an average over months and top-ups say what they are in the heading.
  const retitle = (r: Report): Report =>
    ownMeasureKey(result) ? { ...r, html: [heading(result, locale), ...r.html.split("\n").slice(1)].join("\n") } : r;
  const currencies = currenciesOf(result).filter((c) => result.rows.some((r) => r.currency === c));
  const report = (rows: QueryResult["rows"], wish: typeof chartWish): Report => {
    const r = retitle(buildReport({ ...base, rows }, locale, wish));
    return r.chart ? { ...r, chart: { ...r.chart, title: chartTitle(r.chart.title, result.spec, locale) } } : r;
  };
  if (currencies.length <= 1) {
    const r = report(result.rows, chartWish);
    return { ...r, mainCurrency: currencies[0] ?? result.total[0]?.currency ?? null };
  }
  const sections = currencies.map((c, i) => report(result.rows.filter((r) => r.currency === c), i === 0 ? chartWish : "none"));
  // Every section starts with the same heading line; keep it once.
  const html = sections.map((s, i) => (i === 0 ? s.html : s.html.split("\n").slice(1).join("\n").replace(/^\n+/, ""))).join("\n\n");
  return { html, chart: sections[0]?.chart ?? null, mainCurrency: currencies[0] ?? null };
}

/** Accounts without a stated balance are named, never shown as a figure. */
function unstatedNote(result: QueryResult, locale: "en" | "de"): string | null {
  if (!result.unstated?.length) return null;
  // t() escapes parameters: bank-given account names stay text.
  const names = (list: { name: string }[]) => ({ accounts: list.map((a) => a.name).join(", "), count: list.length });
  const holdings = result.unstated.filter((a) => a.holdings);
  const files = result.unstated.filter((a) => !a.holdings);
  // A broker's or an exchange's value is what it holds, not a statement balance.
  return [
    ...(files.length ? [t(locale, "reports.balance_unknown", names(files))] : []),
    ...(holdings.length ? [t(locale, "reports.balance_holdings", names(holdings))] : []),
  ].join("\n");
}

/** Accounts whose export gives no payment type are named: their direct debits are not in the figure, which is not theirs. */
function untypedNote(result: QueryResult, locale: "en" | "de"): string | null {
  const u = result.untyped;
  const kind = result.spec.filters.paymentType;
  if (!u || !kind) return null;
  const unknown = t(locale, "reports.payment_type_unknown", {
    accounts: u.accounts.map((a) => a.name).join(", "), count: u.accounts.length, kind: text(locale, `reports.payment_type.${kind}`),
  });
  return u.typed > 0 ? `${unknown} ${t(locale, "reports.payment_type_others")}` : unknown;
}

/** The heading and the notes alone, where a figure would only be a zero nobody could know. */
function notesOnly(result: QueryResult, measure: string, from: string, locale: "en" | "de", note: string): Presented {
  const head = t(locale, "reports.heading", { measure: text(locale, `reports.measure.${measure}`), period: formatPeriod(from, result.period.to, locale) });
  return { html: `${head}\n\n${note}`, chart: null, mainCurrency: null };
}

/**
 * Words searched in the bank texts that no payment says ("what did the flats cost"): a zero would read as "cost
 * nothing", when Kontor only cannot tell which payments are meant. Only when the words are the whole question's subject.
 */
function unfoundWordsNote(result: QueryResult, locale: "en" | "de"): string | null {
  const f = result.spec.filters;
  if (!f.text || f.categories?.length || f.topics?.length || f.merchants?.length || f.transfersTo) return null;
  if (result.total.some((x) => x.count > 0)) return null;
  return t(locale, "reports.words_not_found", { words: f.text });
}

export function presentResult(result: QueryResult, locale: "en" | "de"): Presented {
  const unfound = unfoundWordsNote(result, locale);
  if (unfound) return notesOnly(result, result.spec.measure, result.period.from, locale, unfound);
  const untyped = untypedNote(result, locale);
  // No account in scope says which payments were direct debits and none was found by its words: no zero to show.
  if (untyped && result.untyped?.typed === 0 && result.total.every((x) => x.count === 0)) {
    return notesOnly(result, result.spec.measure, result.period.from, locale, untyped);
  }
  const unknown = [unstatedNote(result, locale), untyped].filter((n) => n !== null).join("\n") || null;
  // No account in scope has a balance: a report would only show a zero.
  if (result.unstated?.length && unknown && result.total.every((x) => x.count === 0)) return notesOnly(result, "balance", result.period.to, locale, unknown);
  const r = shaped(result, locale);
  const extra = [...notes(result, locale), ...(unknown ? [unknown] : [])];
  return { html: extra.length ? `${r.html}\n\n${extra.join("\n")}` : r.html, chart: r.chart, mainCurrency: r.mainCurrency };
}

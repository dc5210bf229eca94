// Settles the shape of a draft once every word is read: a transaction list,
// "A vs B" sides, an average over months, savings moves, weekend days and
// all time. Kept apart from the extractors because these choices depend on
// each other (a list has no comparison; "vs" needs two subjects).
import { categoryName } from "../../categories/taxonomy.ts";
import { LIST_ALL_PAGE, LIST_PAGE } from "../compile-list.ts";
import type { Measure } from "../query-spec.ts";
import { topicOf } from "../topics.ts";
import type { DateRange } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { periodLabel } from "./period-label.ts";
import { lastTwelveMonths } from "./periods.ts";
import { monthEachYearSpan } from "./history-shapes.ts";
import type { Flow } from "./in-vs-out.ts";
import { t } from "../../i18n/index.ts";
import { htmlToPlain } from "../../text/html.ts";

export interface Subject {
  /** Position in the question, so sides keep the person's order. */
  pos: number;
  category?: string;
  topic?: string;
  merchant?: string;
}

export interface ShapeInput {
  /** "when did I last pay the gym": the latest matching transaction. */
  latest?: boolean;
  /** "did Netflix get more expensive": the subject's latest payments, to read the change in amount from. */
  priceChange?: boolean;
  allTime: boolean;
  days?: "weekend" | "weekday";
  /** "pending", "vorgemerkt": only what the bank has not booked yet. */
  pending: boolean;
  /** Money moved to savings; "saved" when the words say saving, which counts what came back out against it. */
  savings: "moved" | "saved" | false;
  /** "paid off my credit card", "Kreditkartenabrechnungen": the card bills paid. */
  cardBill: boolean;
  /** "top up", "aufladen": money moved in from the person's own accounts. */
  topUp: boolean;
  /** A transaction list; "all" when the person asked for every one ("show me all …"). */
  list: "all" | "page" | false;
  perMonth: boolean;
  /** "average per year", "im Jahresdurchschnitt". */
  perYear: boolean;
  /** Income asked on average per week or day ("durchschnittliches Einkommen pro Woche"). */
  perDays?: "week" | "day";
  /** "per transaction", "pro Einkauf": the mean of single transactions. */
  perTransaction?: boolean;
  /** Position of "vs"/"compared to" (or of the "or" of "A or B, where more"), or -1. */
  versusAt: number;
  /** "dm oder Rossmann, wo lass ich mehr": which of the sides is more, asked with "or" (which-more.ts). */
  whichMore?: boolean;
  /** Two periods around a "vs" ("September vs October"), in the person's order; otherwise empty. */
  periods: DateRange[];
  /** "income vs spending": the two flows side by side, in the order said. */
  inVsOut?: Flow[] | null;
  subjects: Subject[];
  explicitMeasure?: Measure;
  dataStart?: string | null;
  today: string;
  locale: "en" | "de";
}

const MAX_SIDES = 4;
/** Payments read for a change in price: eight years of a monthly one. */
const PRICE_HISTORY = 100;

export function finishShape(d: Draft, o: ShapeInput): void {
  if (o.days) d.days = o.days;
  if (o.pending) d.status = "pending";
  // The pending rows in both directions: money on its way in (a salary not booked yet) is pending too. Net keeps each row's sign.
  if (o.pending && o.list && o.explicitMeasure === undefined && d.measure === "spending" && !d.categories.length && !d.topics.length) d.measure = "net";
  if (o.savings) {
    d.transfersTo = "savings";
    if (o.explicitMeasure !== "count") d.measure = o.savings === "saved" ? "net" : "spending";
  } else if (o.cardBill) {
    d.transfersTo = "card";
    if (o.explicitMeasure !== "count") d.measure = "spending";
  } else if (o.topUp) {
    d.transfersTo = "account";
    d.measure = o.explicitMeasure === "count" ? "count" : "income";
  }
  // "average amount per purchase", "average income per transaction": income stays income, anything else averages spending.
  if (o.perTransaction && (d.measure === "spending" || d.measure === "average" || d.measure === "income")) {
    if (d.measure !== "income") d.measure = "average";
    d.averageOver = "transaction";
  }
  // "average per month" and "average per year" alike: one figure over the whole months of the period;
  // "im Schnitt pro Woche", "average per day": one figure over the period's days, not a series of weeks.
  const over = d.averageOver === "transaction" ? undefined : o.perMonth || (d.measure === "average" && d.groupBy === "month") ? "month" : o.perYear || (d.measure === "average" && d.groupBy === "year") ? "year" : o.perDays ?? (d.measure === "average" && (d.groupBy === "week" || d.groupBy === "day") ? d.groupBy : undefined);
  if (over) {
    // Income averaged over months keeps its measure ("average monthly income"); anything else averages spending.
    if (d.measure !== "income") d.measure = "average";
    d.averageOver = over;
    if (d.groupBy === over) d.groupBy = "none";
  }
  // "biggest purchases" ranks single transactions: they are listed, not summed.
  if (o.list || (d.limit !== undefined && d.groupBy === "none")) {
    d.groupBy = "transaction";
    if (d.limit === undefined) {
      d.limit = o.list === "all" ? LIST_ALL_PAGE : LIST_PAGE;
      d.sort = "key_desc";
    }
    if (d.measure === "average" || d.measure === "balance") d.measure = "spending";
    d.averageOver = undefined;
    d.compare = "none";
  }
  if (o.latest || o.priceChange) {
    d.groupBy = "transaction";
    d.limit = o.latest ? 1 : PRICE_HISTORY;
    d.sort = "key_desc";
    if (d.measure !== "income") d.measure = "spending";
    d.averageOver = undefined;
    d.compare = "none";
  }
  if (d.measure === "balance") balanceShape(d);
  if (o.inVsOut) flows(d, o.inVsOut, o.locale);
  else if (o.versusAt >= 0) versus(d, o);
  // Pending rows are few and recent: without a period every one of them is meant, however old.
  // A series per year ("groceries per year") is one bar in this month: every year of the data is meant.
  const overTime = (d.averageOver !== undefined && d.averageOver !== "transaction") || d.groupBy === "year";
  // "how many times did I go to Albert Heijn": visits counted with no period are counted over the whole history
  // (a category's sum with no period stays this month's); a count per day, week or month keeps its own default span.
  const countedEver = d.measure === "count" && !["day", "week", "month", "year"].includes(d.groupBy);
  // "groceries or restaurants, where do I spend more" with no period: where the money goes is a habit, so the
  // whole history on file answers it (said as its span, like a count), not this month's few rows.
  const whereMoreEver = Boolean(o.whichMore && d.versus);
  const wantsAllTime = o.allTime || (d.period === undefined && (o.list || o.latest || o.priceChange || o.pending || overTime || countedEver || whereMoreEver || namesShopOrMove(d)));
  if (wantsAllTime && d.period === undefined) coverHistory(d, o.dataStart, o.today);
  else if (averagesRows(d)) d.period = lastYearOnFile(o.dataStart, o.today);
  if (d.month !== undefined && d.period) d.period = monthEachYearSpan(d.period, d.month);
}

/**
 * The span of a question that names no period, as the product decided it:
 * - A question about named merchants (a total at a shop, "Fnac vs Decathlon", a shop's transactions), about
 *   money moved to or from a named own account or bank ("how much did I send to Wise", "how much did I move to
 *   savings"), about money changed between one's own currencies, or about spending in a named currency alone
 *   ("in dollars") covers the whole history on file, and the reply names that span (a dated range, as counts do).
 *   A shop or a transfer is asked about as a relationship: "what did Netflix cost me" means all of it, and this
 *   month's few days would answer €0.00 where every month had a payment.
 * - A question about a category, a topic or all spending or income stays this month's, and the reply says it
 *   assumed this month (period_default): that is a budget question, asked of the month running.
 * A series per day, week or month keeps its own default buckets, and a comparison with the previous period
 * ("Lidl compared to last month") needs a period of its own, so both keep the default.
 */
export function namesShopOrMove(d: Draft): boolean {
  if (d.period !== undefined || d.allTime || d.compare !== "none" || ["day", "week", "month"].includes(d.groupBy)) return false;
  const shops = d.versus?.length ? d.versus.every((s) => s.merchants?.length) : d.merchants.length > 0;
  // "how much did I save" is net of what came back out: a month's saving, not a transfer to one account.
  const moved = d.transfersTo === "savings" ? d.measure !== "net" : d.transfersTo === "account" && d.accounts.length + (d.fromAccounts?.length ?? 0) > 0;
  // Money changed between one's own pockets ("euros converted to pounds") is a move too; money in a currency named
  // apart from any account ("spent in dollars") is a trip's or a habit's, not this month's budget.
  const exchanged = d.topics.includes("currency_exchange");
  const inCurrency = d.currency !== undefined && d.accounts.length === 0 && d.categories.length === 0 && d.topics.length === 0;
  return shops || moved || exchanged || inCurrency;
}

/**
 * "whats our electric bill average" with no period: an average of this month's one or two rows says nothing
 * about the habit, so the last twelve months are averaged (from the first data, when that is younger), and
 * the reply names the dates it took.
 */
function averagesRows(d: Draft): boolean {
  return d.period === undefined && !d.allTime && d.measure === "average" && (d.averageOver === undefined || d.averageOver === "transaction") && d.groupBy === "none" && d.compare === "none" && !d.versus?.length;
}

function lastYearOnFile(dataStart: string | null | undefined, today: string): DateRange {
  const year = lastTwelveMonths(today);
  return dataStart && dataStart > year.from && dataStart <= today ? { from: dataStart, to: today } : year;
}

/** The whole history on file as the draft's period, dated so the reply names it; all time where its start is unknown. */
function coverHistory(d: Draft, dataStart: string | null | undefined, today: string): void {
  if (dataStart && dataStart <= today) d.period = { from: dataStart, to: today };
  else d.allTime = true;
}

/**
 * A clarify option settles a shop or an account only once a button is picked ("which Revolut?"), after the
 * draft was shaped: the option gets the span its question would have had with that name typed in.
 */
export function withNoPeriodSpan(d: Draft, dataStart: string | null | undefined, today: string): Draft {
  if (!namesShopOrMove(d)) return d;
  const out = { ...d };
  coverHistory(out, dataStart, today);
  return out;
}

/** A balance belongs to accounts: with a shop or category named the question is about money spent there. */
function balanceShape(d: Draft): void {
  if (d.categories.length || d.topics.length || d.merchants.length || d.text || d.days || d.status) {
    d.measure = "spending";
    if (d.groupBy === "account") d.groupBy = "none";
    return;
  }
  if (!["none", "account", "day", "week", "month", "year"].includes(d.groupBy)) d.groupBy = "account";
  if (d.accounts.length > 0 && d.groupBy === "none") d.groupBy = "account";
}

/**
 * Income and spending over the same rows, one side each; the spec's own measure is what is left over. Asked
 * on average ("average monthly income vs spending", "Einnahmen und Ausgaben im Schnitt"), each side is averaged
 * over the whole months (or years) the question covers; per week or per day ("average weekly income vs
 * spending") over the period's days, as a single average per week is.
 */
function flows(d: Draft, order: Flow[], locale: "en" | "de"): void {
  const over = d.averageOver !== undefined && d.averageOver !== "transaction" ? d.averageOver : d.measure === "average" ? "month" : undefined;
  d.measure = "net";
  d.versus = order.map((m) => ({ label: htmlToPlain(t(locale, `parse.measure.${m}`)), measure: m }));
  d.groupBy = "none";
  d.limit = undefined;
  d.compare = "none";
  d.averageOver = over;
}

function versus(d: Draft, o: ShapeInput): void {
  const seen = new Set<string>();
  const subjects = [...o.subjects]
    .sort((a, b) => a.pos - b.pos)
    .filter((s) => {
      const id = s.category ? `c:${s.category}` : s.topic ? `t:${s.topic}` : `m:${s.merchant}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, MAX_SIDES);
  if (subjects.length < 2) {
    if (o.periods.length >= 2 && d.groupBy !== "transaction") periodSides(d, o);
    return;
  }
  d.versus = subjects.map((s) =>
    s.category
      ? { label: categoryName(s.category, o.locale).slice(0, 60), categories: [s.category] }
      : s.topic
        ? { label: (topicOf(s.topic)?.[o.locale] ?? s.topic).slice(0, 60), topics: [s.topic] }
        : { label: (s.merchant ?? "?").slice(0, 60), merchants: [s.merchant ?? "?"] },
  );
  d.categories = d.categories.filter((c) => !subjects.some((s) => s.category === c));
  d.topics = d.topics.filter((t) => !subjects.some((s) => s.topic === t));
  d.merchants = d.merchants.filter((m) => !subjects.some((s) => s.merchant === m));
  if (d.measure === "balance" || d.measure === "count" || d.measure === "net") d.measure = d.measure === "count" ? "count" : "spending";
  d.groupBy = "none";
  d.limit = undefined;
  d.compare = "none";
}

/** "September vs October": one side per period, every other filter shared. */
function periodSides(d: Draft, o: ShapeInput): void {
  d.versus = o.periods.slice(0, MAX_SIDES).map((p) => ({ label: periodLabel(p, o.locale).slice(0, 60), period: p }));
  if (d.measure === "balance" || d.measure === "count" || d.measure === "net") d.measure = d.measure === "count" ? "count" : "spending";
  d.groupBy = "none";
  d.limit = undefined;
  d.compare = "none";
}

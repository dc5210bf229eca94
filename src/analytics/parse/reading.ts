// How a question was read, kept structured so a handler can show it ("I read
// this as: Groceries, 1–31 Oct 2026, all accounts") and the user can catch a
// misreading before trusting a number.
import { categoryName } from "../../categories/taxonomy.ts";
import { t, type Locale } from "../../i18n/index.ts";
import { escapeHtml, htmlToPlain } from "../../text/html.ts";
import { averageKey, type GroupBy, type Measure, type QuerySpec } from "../query-spec.ts";
import { ABROAD, countryOf } from "../countries.ts";
import { topicOf } from "../topics.ts";

export interface Reading {
  measure: Measure;
  /** Category keys; names come from the taxonomy in the reader's language. */
  categories: string[];
  /** Category keys left out: "not counting Transfers between accounts". */
  excludeCategories?: string[];
  /** "not counting credit card bills". */
  excludeCardBills?: true;
  /** The text is a place visited and the period the days found there (analytics/trip-days.ts). */
  trip?: true;
  /** Topic keys (topics.ts), shown with their categories: "Gym (Leisure & entertainment)". */
  topics?: string[];
  merchants: string[];
  accounts: { id: string; name: string }[];
  text?: string;
  /** Where it was spent: a country code or "abroad" (countries.ts). */
  country?: string;
  /** Only rows in this currency ("in USD"); with toCurrency, the currency changed from. */
  currency?: string;
  /** The currency money was changed into. */
  toCurrency?: string;
  period: { from: string; to: string; defaulted: boolean; allTime?: boolean };
  groupBy: GroupBy;
  compare: QuerySpec["compare"];
  sort: QuerySpec["sort"];
  limit?: number;
  minAmount?: string;
  maxAmount?: string;
  chart: QuerySpec["chart"];
  days?: "weekend" | "weekday";
  /** Only this calendar month (1–12) of each year ("December each year"). */
  month?: number;
  transfersTo?: "savings" | "account" | "card";
  /** With transfersTo "account": the accounts the money was moved from. */
  fromAccounts?: { id: string; name: string }[];
  status?: "pending";
  /** Only purchases: no rent, bills, taxes, insurance, fees, cash or donations. */
  purchases?: true;
  paymentType?: "direct_debit" | "standing_order";
  /** Payers whose money in was taken off. */
  paidBackBy?: string[];
  /** Money sent to a country (a country code), by bank transfer only when said. */
  sentTo?: { country: string; bankTransfers?: true };
  /** Whose pay: the name asked about. */
  earner?: string;
  /** "transaction" only for income: an "average" is per transaction already. */
  averageOver?: "transaction" | "month" | "year" | "week" | "day";
  /** Labels of the sides of "A vs B". */
  versus?: string[];
  /** A "since …" clause that names no date: its words, and whether a period the question named was used instead of all the data. */
  unreadSince?: { words: string; ignored: boolean };
}

const TRANSFERS_TO = { savings: "parse.reading.to_savings", account: "parse.reading.moved_in", card: "parse.reading.card_bills" } as const;

const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** What a topic counted, with where it looked: "Gym (Leisure & entertainment)". */
function topicName(key: string, locale: Locale): string {
  const topic = topicOf(key);
  if (!topic) return key;
  return `${topic[locale]} (${topic.categories.map((c) => categoryName(c, locale)).join(", ")})`;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** "1–31 Oct 2026" / "1.–31. Okt. 2026", via Intl so both languages format natively. */
export function formatPeriod(from: string, to: string, locale: Locale): string {
  const fmt = new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  if (from === to) return fmt.format(utc(from));
  // ICU uses thin spaces around "–" (hard to type or compare) and en-GB spaces
  // a range inside one month ("1 – 31 Oct"); close that up like the German form.
  return fmt
    .formatRange(utc(from), utc(to))
    .replace(/[\u2009\u202f]/gu, " ")
    .replace(/(\d) – (\d)/u, "$1–$2");
}

/** "December" / "Dezember". */
function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

function formatAmount(value: string, locale: Locale): string {
  // Display only: the decimal string itself stays the value that is queried.
  return new Intl.NumberFormat(DATE_LOCALE[locale], { maximumFractionDigits: 2 }).format(Number(value));
}

/** Message text without markup; params are the user's own words, kept as typed. */
function plain(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return htmlToPlain(t(locale, key, params));
}

/** What a transfers filter counts: "moved to savings", "moved in from own accounts", "moved in from DKB". */
function movedText(r: Reading, locale: Locale, saved: boolean): string {
  if (r.transfersTo === "account" && r.fromAccounts?.length) return plain(locale, "parse.reading.moved_from", { accounts: r.fromAccounts.map((a) => a.name).join(" + ") });
  return plain(locale, saved ? "parse.reading.saved" : TRANSFERS_TO[r.transfersTo ?? "savings"]);
}

/** "in Switzerland", "im Ausland". */
function countryText(code: string, locale: Locale): string {
  if (code === ABROAD) return plain(locale, "parse.reading.abroad");
  return plain(locale, "parse.reading.country", { country: countryOf(code)?.[locale] ?? code });
}

/** The reading as plain text, e.g. "Groceries, 1–31 Oct 2026, all accounts". Escape before sending as HTML. */
export function describeReading(r: Reading, locale: Locale): string {
  // Net of the moves to savings is what was saved, and "income vs spending" names its sides: the words say it, no "income − spending".
  const saved = r.measure === "net" && r.transfersTo === "savings";
  const flows = r.measure === "net" && Boolean(r.versus?.length);
  const filters = [
    ...(r.versus?.length ? [r.versus.join(plain(locale, "parse.reading.vs"))] : []),
    ...(r.transfersTo ? [movedText(r, locale, saved)] : []),
    ...r.categories.map((k) => categoryName(k, locale)),
    ...(r.topics ?? []).map((k) => topicName(k, locale)),
    ...r.merchants,
    ...(r.text ? [plain(locale, r.trip ? "parse.reading.trip" : "parse.reading.text", { text: r.text })] : []),
  ].join(" + ");
  // A list of net rows is every row with its sign, not a balance of them.
  const key = r.averageOver ? averageKey(r) : r.measure === "net" && r.groupBy === "transaction" ? "in_and_out" : r.measure;
  const measure = plain(locale, `parse.measure.${key}`);
  const parts: string[] = [];
  if (!filters) parts.push(measure);
  // Income vs spending names its sides; averaged, the average is said too ("Average per month: Income vs Spending").
  else parts.push(r.measure === "spending" || saved || (flows && !r.averageOver) ? filters : plain(locale, "parse.reading.subject", { measure, filters }));
  const period = formatPeriod(r.period.from, r.period.to, locale);
  if (r.period.allTime) parts.push(plain(locale, "parse.reading.all_time"));
  else if (!r.period.defaulted) parts.push(period);
  else parts.push(plain(locale, r.groupBy === "month" ? "parse.reading.period_default_months" : "parse.reading.period_default", { period }));
  if (r.trip) parts.push(plain(locale, "parse.reading.trip_days"));
  if (r.unreadSince) parts.push(plain(locale, r.unreadSince.ignored ? "parse.reading.unread_since_ignored" : "parse.reading.unread_since_all", { words: r.unreadSince.words }));
  const leftOut = [...(r.excludeCardBills ? [plain(locale, "parse.reading.card_bills_noun")] : []), ...(r.excludeCategories ?? []).map((k) => categoryName(k, locale))];
  if (leftOut.length) parts.push(plain(locale, "parse.reading.excluding", { what: leftOut.join(", ") }));
  if (r.country) parts.push(countryText(r.country, locale));
  if (r.currency && r.toCurrency) parts.push(plain(locale, "parse.reading.converted", { from: r.currency, to: r.toCurrency }));
  else if (r.currency) parts.push(plain(locale, "parse.reading.currency", { currency: r.currency }));
  else if (r.toCurrency) parts.push(plain(locale, "parse.reading.to_currency", { currency: r.toCurrency }));
  if (r.days) parts.push(plain(locale, `parse.reading.${r.days}`));
  if (r.month !== undefined) parts.push(plain(locale, "parse.reading.month_each_year", { month: monthName(r.month, locale) }));
  if (r.status) parts.push(plain(locale, `parse.reading.${r.status}`));
  if (r.purchases) parts.push(plain(locale, "parse.reading.purchases"));
  if (r.paymentType) parts.push(plain(locale, `parse.reading.${r.paymentType}`));
  if (r.sentTo) {
    const country = countryOf(r.sentTo.country)?.[locale] ?? r.sentTo.country;
    parts.push(plain(locale, r.sentTo.bankTransfers ? "parse.reading.transferred_to" : "parse.reading.sent_to", { country }));
  }
  if (r.earner) parts.push(plain(locale, "parse.reading.earner", { name: r.earner }));
  if (r.paidBackBy?.length) parts.push(plain(locale, "parse.reading.paid_back_by", { names: r.paidBackBy.join(", ") }));
  parts.push(r.accounts.length ? r.accounts.map((a) => a.name).join(" + ") : plain(locale, "parse.reading.all_accounts"));
  if (r.minAmount && r.maxAmount) {
    parts.push(plain(locale, "parse.reading.amount_between", { min: formatAmount(r.minAmount, locale), max: formatAmount(r.maxAmount, locale) }));
  } else if (r.minAmount) parts.push(plain(locale, "parse.reading.min_amount", { amount: formatAmount(r.minAmount, locale) }));
  else if (r.maxAmount) parts.push(plain(locale, "parse.reading.max_amount", { amount: formatAmount(r.maxAmount, locale) }));
  if (r.groupBy !== "none") parts.push(plain(locale, `parse.group.${r.groupBy}`));
  if (r.groupBy === "transaction" && r.sort === "key_desc") {
    // A plain list: paging says how many; no "top n". One row newest first is "when did I last …".
    if (r.limit === 1) parts.push(plain(locale, "parse.reading.latest"));
  } else if (r.limit !== undefined) {
    const single = r.groupBy === "none" || r.groupBy === "transaction" ? "_single" : "";
    parts.push(plain(locale, `parse.reading.${r.sort === "value_asc" ? "bottom" : "top"}${single}`, { n: r.limit }));
  }
  if (r.compare !== "none") parts.push(plain(locale, `parse.compare.${r.compare}`));
  if (r.chart === "none") parts.push(plain(locale, "parse.chart.none"));
  else if (r.chart !== "auto") parts.push(plain(locale, "parse.chart.some"));
  return parts.join(", ");
}

/** The same reading for Telegram's HTML parse mode. */
export function describeReadingHtml(r: Reading, locale: Locale): string {
  return escapeHtml(describeReading(r, locale));
}

// "did Netflix get more expensive", "how much did my salary go up": the
// subject's payments, oldest first, fall into runs of one amount; the last run
// is what is paid now, the run before it what was paid until then. Amounts are
// compared exactly (decimal strings), never as floats.
import type { QueryResult, ResultRow } from "../analytics/engine.ts";
import { decimalCmp, decimalSub } from "../format/decimal.ts";
import { formatDate } from "../format/date.ts";
import { formatMoney } from "../format/money.ts";
import { t, type Locale } from "../i18n/index.ts";

export interface AmountRun {
  amount: string;
  currency: string;
  /** Booking dates of the run's first and last payment. */
  first: string;
  last: string;
  count: number;
}

/** Consecutive payments of the same amount, oldest first; rows of other currencies than the newest row's are left out. */
export function amountRuns(rowsNewestFirst: readonly ResultRow[]): AmountRun[] {
  const currency = rowsNewestFirst[0]?.currency;
  const runs: AmountRun[] = [];
  for (const row of [...rowsNewestFirst].reverse()) {
    if (row.currency !== currency || row.key === null) continue;
    const prev = runs.at(-1);
    if (prev && decimalCmp(prev.amount, row.value) === 0) {
      prev.last = row.key;
      prev.count += 1;
    } else runs.push({ amount: row.value, currency: row.currency, first: row.key, last: row.key, count: 1 });
  }
  return runs;
}

export type PriceChange =
  | { kind: "none" }
  | { kind: "same"; now: AmountRun }
  /** The last two payments differ and neither repeats: no regular amount to compare. */
  | { kind: "varies"; now: AmountRun; before: AmountRun }
  | { kind: "up" | "down"; now: AmountRun; before: AmountRun; delta: string };

export function priceChange(runs: readonly AmountRun[]): PriceChange {
  const now = runs.at(-1);
  const before = runs.at(-2);
  if (!now) return { kind: "none" };
  if (!before) return { kind: "same", now };
  if (now.count === 1 && before.count === 1 && runs.length > 2) return { kind: "varies", now, before };
  const delta = decimalSub(now.amount, before.amount);
  return { kind: decimalCmp(delta, "0") > 0 ? "up" : "down", now, before, delta: delta.replace(/^-/, "") };
}

/** The answer's body: the change, then each of the two amounts with its payments. */
export function priceChangeHtml(result: QueryResult, locale: Locale): string {
  const change = priceChange(amountRuns(result.rows));
  if (change.kind === "none") return t(locale, "ask.change.none");
  const money = (amount: string, currency: string) => formatMoney(amount, currency, locale);
  const line = (r: AmountRun) =>
    t(locale, r.count === 1 ? "ask.change.run_one" : "ask.change.run", { amount: money(r.amount, r.currency), count: r.count, first: formatDate(r.first, locale), last: formatDate(r.last, locale) });
  if (change.kind === "same") return [t(locale, "ask.change.same", { amount: money(change.now.amount, change.now.currency) }), line(change.now)].join("\n");
  if (change.kind === "varies") return [t(locale, "ask.change.varies"), line(change.before), line(change.now)].join("\n");
  const head = t(locale, `ask.change.${change.kind}`, {
    before: money(change.before.amount, change.before.currency),
    now: money(change.now.amount, change.now.currency),
    delta: money(change.delta, change.now.currency),
    since: formatDate(change.now.first, locale),
  });
  return [head, line(change.before), line(change.now)].join("\n");
}

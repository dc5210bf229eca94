// A transaction list ("biggest purchases", "show me all Amazon
// transactions"): one line per transaction with date, merchant and amount,
// and which part of how many this page is. Each line is its own <code> span,
// like every other list, so lines never break mid-tag.
import { escapeHtml } from "../../src/text/html.ts";
import { t } from "../../src/i18n/index.ts";
import { formatDate } from "../../src/format/date.ts";
import { formatMoney, formatNumber, formatSignedMoney } from "../../src/format/money.ts";
import { text } from "./labels.ts";
import type { ReportLocale, ResultRow } from "./types.ts";

const MERCHANT_WIDTH = 16;

export interface ListPage {
  rows: ResultRow[];
  offset: number;
  /** All matching transactions and their sum (per currency, the first is shown). */
  total: { value: string; count: number; currency: string }[];
}

function fit(label: string, width: number): string {
  const chars = [...label];
  return chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : label + " ".repeat(width - chars.length);
}

/** `signed`: rows of both directions (a net list), each with its sign ("+€2,500.00", "−€7.25"). */
export function listToText(heading: string, page: ListPage, locale: ReportLocale, signed = false): string {
  const money = signed ? formatSignedMoney : formatMoney;
  const lines = [heading];
  if (page.rows.length === 0) return [...lines, text(locale, "reports.no_data")].join("\n");
  const count = page.total.reduce((n, x) => n + x.count, 0);
  const from = page.offset + 1;
  const to = page.offset + page.rows.length;
  lines.push(t(locale, "reports.list.range", { from: formatNumber(from, locale), to: formatNumber(to, locale), count }), "");
  const dates = page.rows.map((r) => (r.key ? formatDate(r.key, locale) : "?"));
  const amounts = page.rows.map((r) => money(r.value, r.currency, locale));
  const dateWidth = Math.max(...dates.map((d) => d.length));
  const amountWidth = Math.max(...amounts.map((a) => a.length));
  page.rows.forEach((r, i) => {
    // A pending row is marked: the note under the list says what the mark means.
    const line = `${(dates[i] ?? "").padEnd(dateWidth)} ${fit(r.label ?? text(locale, "reports.unknown"), MERCHANT_WIDTH)} ${(amounts[i] ?? "").padStart(amountWidth)}${r.pending ? " ⏳" : ""}`;
    lines.push(`<code>${escapeHtml(line)}</code>`);
  });
  lines.push("");
  for (const x of page.total) {
    lines.push(t(locale, "reports.total_count", { value: money(x.value, x.currency, locale), count: formatNumber(x.count, locale) }));
  }
  return lines.join("\n");
}

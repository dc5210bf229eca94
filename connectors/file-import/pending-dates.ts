// Pending rows that carry no date: comdirect's "offen";"--", NewDay's
// "Pending" in the date column. They get the time stamp in their text when
// it has one (comdirect), else the end of the export period, else the latest
// day in the file; the person is told how many rows were dated and from what.
import { msg, type Message } from "../../src/i18n/message.ts";
import type { NormalizedTransaction } from "../types.ts";
import { isoDate } from "./dates.ts";
import { ImportError } from "./errors.ts";

export type PendingSource = "text" | "period" | "latest";

// "2023-10-06T17:43:43" (since 2023) or "2025-10-05 00:00:00" (Visa-Debitkarte, 2025).
const STAMP_RE = /\b(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2})?\b/;

export function dateFromText(text: string): string | null {
  const m = STAMP_RE.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** One notice per way of dating (and per fallback day), with how many rows it dated. */
export function pendingNotices(bank: string, dated: readonly { source: PendingSource; date: string }[]): Message[] {
  const groups = new Map<string, { source: PendingSource; date: string; count: number }>();
  for (const d of dated) {
    const key = d.source === "text" ? "text" : `${d.source}:${d.date}`;
    const group = groups.get(key) ?? { ...d, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ source, date, count }) =>
    source === "text"
      ? msg("import.notice.pending_dated_text", { bank, count })
      : msg(source === "period" ? "import.notice.pending_dated_period" : "import.notice.pending_dated_latest", { bank, count, date }),
  );
}

/** The latest booking day among the rows that have one; null when none has. */
export function latestDay(transactions: readonly NormalizedTransaction[]): string | null {
  return transactions.reduce<string | null>((latest, t) => (t.bookingDate !== "" && (latest === null || t.bookingDate > latest) ? t.bookingDate : latest), null);
}

/**
 * Gives the undated rows (bookingDate "") the latest day in the file, for
 * exports that name no export period. Fails on the first undated row when no
 * row has a date at all.
 */
export function dateByLatest(bank: string, transactions: readonly NormalizedTransaction[], where: { field: string; value: string }): Message[] {
  const undated = transactions.filter((t) => t.bookingDate === "");
  if (undated.length === 0) return [];
  const latest = latestDay(transactions);
  if (!latest) throw new ImportError("import.error.bad_date", { line: (undated[0]!.raw as { line?: number }).line ?? null, ...where });
  for (const t of undated) t.bookingDate = latest;
  return pendingNotices(bank, undated.map(() => ({ source: "latest" as const, date: latest })));
}

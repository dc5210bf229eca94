// comdirect writes pending rows as "offen";"--": no date in either column.
// They get the time stamp in their booking text when it has one, else the
// end of the export period, else the latest day in the file; the person is
// told how many rows were dated and from what.
import { msg, type Message } from "../../src/i18n/message.ts";
import { isoDate } from "./dates.ts";

export type PendingSource = "text" | "period" | "latest";

// "2023-10-06T17:43:43" (since 2023) or "2025-10-05 00:00:00" (Visa-Debitkarte, 2025).
const STAMP_RE = /\b(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2})?\b/;

export function dateFromText(text: string): string | null {
  const m = STAMP_RE.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** One notice per way of dating (and per fallback day), with how many rows it dated. */
export function pendingNotices(dated: readonly { source: PendingSource; date: string }[]): Message[] {
  const groups = new Map<string, { source: PendingSource; date: string; count: number }>();
  for (const d of dated) {
    const key = d.source === "text" ? "text" : `${d.source}:${d.date}`;
    const group = groups.get(key) ?? { ...d, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ source, date, count }) =>
    source === "text"
      ? msg("import.notice.pending_dated_text", { bank: "comdirect", count })
      : msg(source === "period" ? "import.notice.pending_dated_period" : "import.notice.pending_dated_latest", { bank: "comdirect", count, date }),
  );
}

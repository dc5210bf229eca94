// The exchanges page their histories differently (connectors.md §4.2), and
// ccxt's own `paginate` is missing for kraken and silently stops after 10
// calls elsewhere, so each rule is walked here explicitly:
//  - offset: Kraken TradesHistory/Ledgers return 50 rows per call, newest
//    first, and take `ofs` to skip the ones already read;
//  - fromId: Binance myTrades is per symbol and ascending from a trade id;
//  - since: everyone else, `since` = last timestamp + 1 while a page is full,
//    inside a window where the exchange caps the range (Binance deposits: 90 days).

/** A runaway guard: no history needs more calls than this per stream. */
export const MAX_CALLS_PER_STREAM = 500;

interface Timed {
  id?: string;
  timestamp?: number;
}

export async function walkOffset<T extends Timed>(fetchPage: (ofs: number) => Promise<T[]>, pageSize: number): Promise<T[]> {
  const out: T[] = [];
  for (let ofs = 0, calls = 0; calls < MAX_CALLS_PER_STREAM; calls++) {
    const page = await fetchPage(ofs);
    out.push(...page);
    ofs += page.length;
    if (page.length < pageSize) break;
  }
  return out;
}

export async function walkFromId<T extends Timed>(fetchPage: (fromId: number) => Promise<T[]>, firstId: number, pageSize: number): Promise<T[]> {
  const out: T[] = [];
  for (let fromId = firstId, calls = 0; calls < MAX_CALLS_PER_STREAM; calls++) {
    const page = await fetchPage(fromId);
    out.push(...page);
    const last = Math.max(...page.map((t) => Number(t.id)).filter(Number.isFinite));
    if (page.length < pageSize || !Number.isFinite(last) || last < fromId) break;
    fromId = last + 1;
  }
  return out;
}

export interface SinceWindow {
  start: number;
  now: number;
  pageSize: number;
  /** Widest range one call may ask for; undefined = unbounded. */
  windowMs?: number;
}

export async function walkSince<T extends Timed>(fetchPage: (since: number, until: number | undefined) => Promise<T[]>, w: SinceWindow): Promise<T[]> {
  const out: T[] = [];
  let since = w.start;
  for (let calls = 0; calls < MAX_CALLS_PER_STREAM && since <= w.now; calls++) {
    const until = w.windowMs ? Math.min(since + w.windowMs, w.now) : undefined;
    const page = await fetchPage(since, until);
    out.push(...page);
    const last = Math.max(...page.map((t) => t.timestamp ?? Number.NaN).filter(Number.isFinite));
    if (page.length >= w.pageSize && Number.isFinite(last) && last >= since) since = last + 1;
    else if (until !== undefined && until < w.now) since = until + 1;
    else break;
  }
  return out;
}

/** Latest timestamp among rows, for the next sync's `since`. */
export function latest(rows: readonly Timed[], previous: number | undefined): number | undefined {
  const ts = rows.map((r) => r.timestamp ?? Number.NaN).filter(Number.isFinite);
  return ts.length ? Math.max(previous ?? 0, ...ts) : previous;
}

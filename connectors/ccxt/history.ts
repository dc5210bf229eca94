// One exchange's history since the last sync: trades, deposits, withdrawals
// and the ledger rows nothing else reports. The cursor keeps, per stream, the
// latest timestamp seen (and Binance's last trade id per symbol); the next
// sync re-reads one second before it, because Kraken's `start` is exclusive
// and whole seconds, and the engine drops rows it already has by externalId.
import { z } from "zod";
import type { NormalizedTransaction } from "../types.ts";
import type { Exchange } from "./exchange.ts";
import { ledgerRows, tradeRows, transferRows, type CcxtLedgerEntry, type CcxtTrade, type CcxtTransfer } from "./normalize.ts";
import { latest, walkFromId, walkOffset, walkSince } from "./paging.ts";

export const cursorSchema = z.object({
  since: z.record(z.string(), z.number()).default({}),
  /** Binance: the highest trade id read per symbol. */
  lastTradeId: z.record(z.string(), z.number()).default({}),
});
export type HistoryCursor = z.infer<typeof cursorSchema>;

const OVERLAP_MS = 1000;
const KRAKEN_PAGE = 50;
const PAGE = 500;
const BINANCE_TRADES_PAGE = 1000;
const BINANCE_TRANSFER_WINDOW_MS = 90 * 86_400_000;
/** ccxt fetchLedger on binance reads futures/options wallets, not spot. */
const NO_SPOT_LEDGER = new Set(["binance", "binanceus"]);

export interface HistoryInput {
  exchange: Exchange;
  cursor: HistoryCursor;
  now: number;
  firstSyncStart: number;
  /** Coins the account holds now: Binance-style exchanges need a symbol per trades call. */
  heldCoins: readonly string[];
}

export async function readHistory(input: HistoryInput): Promise<{ rows: NormalizedTransaction[]; cursor: HistoryCursor }> {
  const { exchange: ex, cursor, now } = input;
  const name = ex.name ?? ex.id;
  const next: HistoryCursor = { since: { ...cursor.since }, lastTradeId: { ...cursor.lastTradeId } };
  const start = (stream: string) => (cursor.since[stream] !== undefined ? Math.max(0, cursor.since[stream]! - OVERLAP_MS) : input.firstSyncStart);
  const keep = (stream: string, items: { timestamp?: number }[]) => {
    const t = latest(items, cursor.since[stream]);
    if (t !== undefined) next.since[stream] = t;
  };
  const rows: NormalizedTransaction[] = [];
  const window = ex.id.startsWith("binance") ? BINANCE_TRANSFER_WINDOW_MS : undefined;

  const transfers = async (kind: "deposit" | "withdrawal") => {
    const fetch = kind === "deposit" ? ex.fetchDeposits.bind(ex) : ex.fetchWithdrawals.bind(ex);
    const items = (await walkSince((since, until) => fetch(undefined, since, PAGE, until ? { until } : {}), { start: start(kind), now, pageSize: PAGE, ...(window ? { windowMs: window } : {}) })) as CcxtTransfer[];
    keep(kind, items);
    for (const t of items) rows.push(...transferRows(t, kind, name));
    return items;
  };
  const coins = new Set(input.heldCoins);
  if (ex.has["fetchDeposits"] && ex.has["fetchWithdrawals"]) {
    for (const t of [...(await transfers("deposit")), ...(await transfers("withdrawal"))]) if (t.currency) coins.add(t.currency);
  } else if (ex.has["fetchDepositsWithdrawals"]) {
    const items = (await walkSince((since) => ex.fetchDepositsWithdrawals(undefined, since, PAGE), { start: start("transfers"), now, pageSize: PAGE })) as CcxtTransfer[];
    keep("transfers", items);
    for (const t of items) {
      if (t.type === "deposit" || t.type === "withdrawal") rows.push(...transferRows(t, t.type, name));
      if (t.currency) coins.add(t.currency);
    }
  }

  if (ex.has["fetchMyTrades"]) {
    const trades = await readTrades(ex, start("trades"), now, coins, next);
    keep("trades", trades);
    for (const t of trades) rows.push(...tradeRows(t, name));
  }

  if (ex.has["fetchLedger"] && !NO_SPOT_LEDGER.has(ex.id)) {
    const since = start("ledger");
    const entries = (
      ex.id === "kraken"
        ? await walkOffset((ofs) => ex.fetchLedger(undefined, since, undefined, { ofs }), KRAKEN_PAGE)
        : await walkSince((s) => ex.fetchLedger(undefined, s, PAGE), { start: since, now, pageSize: PAGE })
    ) as CcxtLedgerEntry[];
    keep("ledger", entries);
    for (const e of entries) rows.push(...ledgerRows(e, name));
  }

  // Offset pages shift when a trade lands between two calls, and windows overlap by a millisecond.
  const unique = new Map(rows.map((r) => [r.externalId, r]));
  return { rows: [...unique.values()], cursor: next };
}

async function readTrades(ex: Exchange, since: number, now: number, coins: Set<string>, next: HistoryCursor): Promise<CcxtTrade[]> {
  if (ex.id === "kraken") return (await walkOffset((ofs) => ex.fetchMyTrades(undefined, since, undefined, { ofs }), KRAKEN_PAGE)) as CcxtTrade[];
  const symbolRequired = ex.id.startsWith("binance") || symbolRequiredByFeatures(ex);
  if (!symbolRequired) return (await walkSince((s) => ex.fetchMyTrades(undefined, s, PAGE), { start: since, now, pageSize: PAGE })) as CcxtTrade[];
  const out: CcxtTrade[] = [];
  for (const symbol of tradedSymbols(ex, coins, next)) {
    if (ex.id.startsWith("binance")) {
      const first = next.lastTradeId[symbol] !== undefined ? next.lastTradeId[symbol]! + 1 : 0;
      const trades = (await walkFromId((fromId) => ex.fetchMyTrades(symbol, undefined, BINANCE_TRADES_PAGE, { fromId }), first, BINANCE_TRADES_PAGE)) as CcxtTrade[];
      const ids = trades.map((t) => Number(t.id)).filter(Number.isFinite);
      if (ids.length) next.lastTradeId[symbol] = Math.max(...ids);
      out.push(...trades);
    } else {
      out.push(...((await walkSince((s) => ex.fetchMyTrades(symbol, s, PAGE), { start: since, now, pageSize: PAGE })) as CcxtTrade[]));
    }
  }
  return out;
}

function symbolRequiredByFeatures(ex: Exchange): boolean {
  const features = (ex as unknown as { features?: { spot?: { fetchMyTrades?: { symbolRequired?: boolean } } } }).features;
  return features?.spot?.fetchMyTrades?.symbolRequired === true;
}

/**
 * Asking every market would be thousands of calls, so only spot markets whose
 * both sides the person holds, moved in or out, or traded before. A coin bought
 * and sold again without ever being held at a sync or transferred is missed.
 */
function tradedSymbols(ex: Exchange, coins: Set<string>, next: HistoryCursor): string[] {
  const symbols = new Set(Object.keys(next.lastTradeId));
  for (const m of Object.values(ex.markets ?? {})) {
    if (m && m.spot && coins.has(m.base) && coins.has(m.quote)) symbols.add(m.symbol);
  }
  return [...symbols].sort();
}

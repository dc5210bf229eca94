// Kraken REST shapes (docs.kraken.com/api, as quoted in the ccxt sources):
// public GETs answer {"error":[],"result":…}; private calls are POSTs with a
// form body carrying `nonce` and the headers API-Key/API-Sign; errors come
// back with HTTP 200 as {"error":["EAPI:Invalid key"]}. TradesHistory and
// Ledgers return 50 rows per call, newest first, skipping `ofs` rows.
export const KRAKEN_PAGE = 50;

export interface KrakenTrade {
  txid: string;
  pair: string; // "XXBTZEUR"
  time: number; // seconds with fraction
  type: "buy" | "sell";
  price: string;
  vol: string;
  cost: string;
  fee: string;
}
export interface KrakenLedger {
  id: string;
  refid: string;
  time: number;
  type: string; // trade, deposit, withdrawal, staking, transfer…
  asset: string; // "XETH"
  amount: string;
  fee: string;
  balance: string;
}
export interface KrakenTransfer {
  refid: string;
  txid: string;
  asset: string;
  amount: string;
  fee: string;
  time: number; // whole seconds
  status: "Success" | "Pending" | "Failure" | "Settled";
  method: string;
  info: string;
}
export interface KrakenState {
  balances: Record<string, string>; // "XXBT" → "0.1234567890"
  trades: KrakenTrade[];
  ledger: KrakenLedger[];
  deposits: KrakenTransfer[];
  withdrawals: KrakenTransfer[];
  /** last traded price per pair */
  tickers: Record<string, string>;
}

export const KRAKEN_ASSETS = {
  XXBT: { aclass: "currency", altname: "XBT", decimals: 10, display_decimals: 5, collateral_value: 1, status: "enabled" },
  XETH: { aclass: "currency", altname: "ETH", decimals: 10, display_decimals: 5, collateral_value: 1, status: "enabled" },
  ZEUR: { aclass: "currency", altname: "EUR", decimals: 4, display_decimals: 2, collateral_value: 1, status: "enabled" },
  DOT: { aclass: "currency", altname: "DOT", decimals: 10, display_decimals: 8, collateral_value: 0.7, status: "enabled" },
};

function pair(altname: string, wsname: string, base: string, quote: string) {
  return {
    altname,
    wsname,
    aclass_base: "currency",
    base,
    aclass_quote: "currency",
    quote,
    lot: "unit",
    cost_decimals: 5,
    pair_decimals: 1,
    lot_decimals: 8,
    lot_multiplier: 1,
    leverage_buy: [2, 3, 4, 5],
    leverage_sell: [2, 3, 4, 5],
    fees: [[0, 0.4], [10000, 0.35]],
    fees_maker: [[0, 0.25], [10000, 0.2]],
    fee_volume_currency: "ZUSD",
    margin_call: 80,
    margin_stop: 40,
    ordermin: "0.0001",
    costmin: "0.5",
    tick_size: "0.1",
    status: "online",
  };
}
export const KRAKEN_PAIRS = {
  XXBTZEUR: pair("XBTEUR", "XBT/EUR", "XXBT", "ZEUR"),
  XETHZEUR: pair("ETHEUR", "ETH/EUR", "XETH", "ZEUR"),
  DOTEUR: pair("DOTEUR", "DOT/EUR", "DOT", "ZEUR"),
};

export const krakenOk = (result: unknown) => ({ error: [], result });
export const KRAKEN_ERRORS = {
  "invalid-key": { error: ["EAPI:Invalid key"] },
  "rate-limit": { error: ["EAPI:Rate limit exceeded"] },
  "invalid-nonce": { error: ["EAPI:Invalid nonce"] },
  unavailable: { error: ["EService:Unavailable"] },
};

const page = <T>(rows: T[], form: URLSearchParams) => rows.slice(Number(form.get("ofs") ?? 0), Number(form.get("ofs") ?? 0) + KRAKEN_PAGE);
const after = (form: URLSearchParams) => Number(form.get("start") ?? 0);

/** Answers one Kraken request; `null` for a path this fake does not know. */
export function krakenRoute(state: KrakenState, method: string, path: string, query: URLSearchParams, form: URLSearchParams): unknown {
  if (method === "GET" && path === "/0/public/Assets") return krakenOk(KRAKEN_ASSETS);
  if (method === "GET" && path === "/0/public/AssetPairs") return krakenOk(KRAKEN_PAIRS);
  if (method === "GET" && path === "/0/public/Ticker") {
    const pairs = (query.get("pair") ?? "").split(",").filter((p) => state.tickers[p]);
    return krakenOk(Object.fromEntries(pairs.map((p) => [p, { a: [state.tickers[p], "1", "1.000"], b: [state.tickers[p], "1", "1.000"], c: [state.tickers[p], "0.00100000"], v: ["10", "20"], p: [state.tickers[p], state.tickers[p]], t: [5, 10], l: [state.tickers[p], state.tickers[p]], h: [state.tickers[p], state.tickers[p]], o: state.tickers[p] }])));
  }
  if (method !== "POST") return null;
  switch (path) {
    case "/0/private/BalanceEx":
      return krakenOk(Object.fromEntries(Object.entries(state.balances).map(([a, b]) => [a, { balance: b, hold_trade: "0.0000000000" }])));
    case "/0/private/TradesHistory": {
      const rows = state.trades.filter((t) => t.time > after(form)).sort((a, b) => b.time - a.time);
      const trades = Object.fromEntries(
        page(rows, form).map((t, i) => [
          t.txid,
          { ordertxid: `O${t.txid.slice(1)}`, postxid: "TKH2SE-M7IF5-CFI7LT", pair: t.pair, time: t.time, type: t.type, ordertype: "limit", price: t.price, cost: t.cost, fee: t.fee, vol: t.vol, margin: "0.00000", leverage: "0", misc: "", trade_id: 40274859 + i, maker: true },
        ]),
      );
      return krakenOk({ trades, count: rows.length });
    }
    case "/0/private/Ledgers": {
      const rows = state.ledger.filter((l) => l.time > after(form)).sort((a, b) => b.time - a.time);
      const ledger = Object.fromEntries(page(rows, form).map((l) => [l.id, { refid: l.refid, time: l.time, type: l.type, subtype: "", aclass: "currency", asset: l.asset, amount: l.amount, fee: l.fee, balance: l.balance }]));
      return krakenOk({ ledger, count: rows.length });
    }
    case "/0/private/DepositStatus":
    case "/0/private/WithdrawStatus": {
      const rows = path.endsWith("DepositStatus") ? state.deposits : state.withdrawals;
      return krakenOk(rows.filter((d) => d.time >= after(form)).map((d) => ({ method: d.method, aclass: "currency", asset: d.asset, refid: d.refid, txid: d.txid, info: d.info, amount: d.amount, fee: d.fee, time: d.time, status: d.status })));
    }
    default:
      return null;
  }
}

/** Private calls must carry the key, a signature and a nonce (the signature itself is not checked). */
export function krakenAuthorized(headers: Record<string, string | string[] | undefined>, form: URLSearchParams, apiKey: string): boolean {
  return headers["api-key"] === apiKey && typeof headers["api-sign"] === "string" && headers["api-sign"].length > 0 && /^\d+$/.test(form.get("nonce") ?? "");
}

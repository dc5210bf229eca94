// Binance spot REST shapes (binance-docs, as quoted in the ccxt sources):
// signed endpoints take the key in X-MBX-APIKEY and `timestamp` + `signature`
// in the query; myTrades is per symbol, ascending, from `fromId`, at most
// `limit` (≤1000) rows; deposit/withdraw history is filtered by
// startTime/endTime. Errors are {"code":-2015,"msg":…} with an HTTP status,
// and every answer carries the used request weight.
export interface BinanceTrade {
  symbol: string; // "BTCEUR"
  id: number;
  price: string;
  qty: string;
  quoteQty: string;
  commission: string;
  commissionAsset: string;
  time: number; // ms
  isBuyer: boolean;
}
export interface BinanceDeposit {
  id: string;
  amount: string;
  coin: string;
  network: string;
  status: number; // 1 = success, 0 = pending
  txId: string;
  insertTime: number;
}
export interface BinanceWithdrawal {
  id: string;
  amount: string;
  transactionFee: string;
  coin: string;
  status: number; // 6 = completed
  network: string;
  txId: string;
  applyTime: string; // "2019-10-12 11:12:02" UTC
}
export interface BinanceState {
  balances: Record<string, string>;
  trades: BinanceTrade[];
  deposits: BinanceDeposit[];
  withdrawals: BinanceWithdrawal[];
  tickers: Record<string, string>;
  restrictions: { enableWithdrawals: boolean; enableSpotAndMarginTrading: boolean };
}

const SYMBOLS: [string, string, string][] = [
  ["BTCEUR", "BTC", "EUR"],
  ["ETHEUR", "ETH", "EUR"],
  ["ETHBTC", "ETH", "BTC"],
  ["BNBEUR", "BNB", "EUR"],
  ["USDTEUR", "USDT", "EUR"],
];

function symbolInfo([symbol, baseAsset, quoteAsset]: [string, string, string]) {
  return {
    symbol,
    status: "TRADING",
    baseAsset,
    baseAssetPrecision: 8,
    quoteAsset,
    quotePrecision: 8,
    quoteAssetPrecision: 8,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"],
    icebergAllowed: true,
    ocoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: false,
    filters: [
      { filterType: "PRICE_FILTER", minPrice: "0.01000000", maxPrice: "1000000.00000000", tickSize: "0.01000000" },
      { filterType: "LOT_SIZE", minQty: "0.00001000", maxQty: "9000.00000000", stepSize: "0.00001000" },
    ],
    permissions: [],
    permissionSets: [["SPOT"]],
    defaultSelfTradePreventionMode: "EXPIRE_MAKER",
    allowedSelfTradePreventionModes: ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
  };
}

export const BINANCE_ERRORS = {
  "invalid-key": { status: 401, body: { code: -2015, msg: "Invalid API-key, IP, or permissions for action." } },
  "rate-limit": { status: 429, body: { code: -1003, msg: "Too many requests; current limit of IP(127.0.0.1) is 6000 requests per minute. Please use the websocket for live updates to avoid polling the API." } },
  unavailable: { status: 503, body: { code: -1001, msg: "Internal error; unable to process your request. Please try again." } },
};

const num = (q: URLSearchParams, k: string) => (q.has(k) ? Number(q.get(k)) : undefined);

export function binanceRoute(state: BinanceState, method: string, path: string, q: URLSearchParams): unknown {
  if (method !== "GET") return null;
  switch (path) {
    case "/api/v3/exchangeInfo":
      return { timezone: "UTC", serverTime: Date.now(), rateLimits: [{ rateLimitType: "REQUEST_WEIGHT", interval: "MINUTE", intervalNum: 1, limit: 6000 }], exchangeFilters: [], symbols: SYMBOLS.map(symbolInfo) };
    case "/api/v3/ticker/24hr": {
      const wanted: string[] = q.has("symbols") ? (JSON.parse(q.get("symbols")!) as string[]) : Object.keys(state.tickers);
      return wanted.filter((s) => state.tickers[s]).map((s) => ({ symbol: s, priceChange: "0.00000000", priceChangePercent: "0.000", weightedAvgPrice: state.tickers[s], prevClosePrice: state.tickers[s], lastPrice: state.tickers[s], lastQty: "0.01000000", bidPrice: state.tickers[s], bidQty: "1.00000000", askPrice: state.tickers[s], askQty: "1.00000000", openPrice: state.tickers[s], highPrice: state.tickers[s], lowPrice: state.tickers[s], volume: "100.00000000", quoteVolume: "1000.00000000", openTime: 1499783499040, closeTime: 1499869899040, firstId: 28385, lastId: 28460, count: 76 }));
    }
    case "/api/v3/account":
      return {
        makerCommission: 10, takerCommission: 10, buyerCommission: 0, sellerCommission: 0,
        commissionRates: { maker: "0.00100000", taker: "0.00100000", buyer: "0.00000000", seller: "0.00000000" },
        canTrade: true, canWithdraw: true, canDeposit: true, brokered: false, requireSelfTradePrevention: false, preventSor: false,
        updateTime: 123456789, accountType: "SPOT",
        balances: Object.entries(state.balances).map(([asset, free]) => ({ asset, free, locked: "0.00000000" })),
        permissions: ["SPOT"], uid: 354937868,
      };
    case "/api/v3/myTrades": {
      const symbol = q.get("symbol");
      if (!symbol) return { status: 400, body: { code: -1102, msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." } };
      const limit = Math.min(num(q, "limit") ?? 500, 1000);
      const fromId = num(q, "fromId");
      const rows = state.trades.filter((t) => t.symbol === symbol).sort((a, b) => a.id - b.id);
      // Without fromId or startTime Binance returns the most recent trades.
      const picked = fromId !== undefined ? rows.filter((t) => t.id >= fromId).slice(0, limit) : rows.slice(-limit);
      return picked.map((t) => ({ symbol: t.symbol, id: t.id, orderId: t.id * 10, orderListId: -1, price: t.price, qty: t.qty, quoteQty: t.quoteQty, commission: t.commission, commissionAsset: t.commissionAsset, time: t.time, isBuyer: t.isBuyer, isMaker: false, isBestMatch: true }));
    }
    case "/sapi/v1/capital/deposit/hisrec": {
      const [from, to] = [num(q, "startTime") ?? 0, num(q, "endTime") ?? Number.MAX_SAFE_INTEGER];
      return state.deposits.filter((d) => d.insertTime >= from && d.insertTime <= to).map((d) => ({ id: d.id, amount: d.amount, coin: d.coin, network: d.network, status: d.status, address: "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", addressTag: "", txId: d.txId, insertTime: d.insertTime, completeTime: d.insertTime, transferType: 0, confirmTimes: "1/1", unlockConfirm: 0, walletType: 0 }));
    }
    case "/sapi/v1/capital/withdraw/history": {
      const [from, to] = [num(q, "startTime") ?? 0, num(q, "endTime") ?? Number.MAX_SAFE_INTEGER];
      return state.withdrawals
        .filter((w) => Date.parse(`${w.applyTime.replace(" ", "T")}Z`) >= from && Date.parse(`${w.applyTime.replace(" ", "T")}Z`) <= to)
        .map((w) => ({ id: w.id, amount: w.amount, transactionFee: w.transactionFee, coin: w.coin, status: w.status, address: "0x94df8b352de7f46f64b01d3666bf6e936e44ce60", txId: w.txId, applyTime: w.applyTime, network: w.network, transferType: 0, info: "", confirmNo: 3, walletType: 1, txKey: "", completeTime: w.applyTime }));
    }
    case "/sapi/v1/account/apiRestrictions":
      return { ipRestrict: false, createTime: 1698645219000, enableReading: true, enableWithdrawals: state.restrictions.enableWithdrawals, enableInternalTransfer: false, enableMargin: false, enableFutures: false, permitsUniversalTransfer: false, enableVanillaOptions: false, enableFixApiTrade: false, enableFixReadOnly: true, enableSpotAndMarginTrading: state.restrictions.enableSpotAndMarginTrading, enablePortfolioMarginTrading: false };
    default:
      return null;
  }
}

export const BINANCE_PUBLIC = new Set(["/api/v3/exchangeInfo", "/api/v3/ticker/24hr"]);

export function binanceAuthorized(headers: Record<string, string | string[] | undefined>, q: URLSearchParams, apiKey: string): boolean {
  return headers["x-mbx-apikey"] === apiKey && /^\d+$/.test(q.get("timestamp") ?? "") && /^[0-9a-f]{64}$/.test(q.get("signature") ?? "");
}

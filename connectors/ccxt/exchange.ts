// ccxt takes ~2 s to import, so it is loaded on the first link or sync of an
// exchange connection, never at start-up, and only once per process.
import type { Exchange } from "ccxt";
import type { CcxtCredentials } from "./credentials.ts";

export type CcxtModule = typeof import("ccxt");
export type { Exchange };

let loading: Promise<CcxtModule> | undefined;
export function loadCcxt(): Promise<CcxtModule> {
  loading ??= import("ccxt").catch((e: unknown) => {
    loading = undefined; // a failed import may succeed later (disk, memory)
    throw e;
  });
  return loading;
}

export interface ExchangeOptions {
  /** Sends every REST call to this base instead of the exchange's hosts (tests: the fake exchange). */
  apiBaseUrl?: string;
  /** ccxt's own request throttle; off against a local fake, where it only adds seconds. */
  enableRateLimit?: boolean;
  /** Milliseconds before ccxt gives up on one request (its default is 10 000). */
  timeoutMs?: number;
}

// Spot only: futures and options markets would triple the market-loading calls
// and are not what a personal ledger reads. Binance's fetchCurrencies is a
// private call per link and brings only network metadata we do not use.
const EXCHANGE_OPTIONS: Record<string, Record<string, unknown>> = {
  binance: { defaultType: "spot", fetchMarkets: { types: ["spot"] }, fetchMargins: false, fetchCurrencies: false },
  bybit: { defaultType: "spot" },
  okx: { defaultType: "spot" },
};

export function isKnownExchange(ccxt: CcxtModule, id: string): boolean {
  // The namespace's `exchanges` maps id → class (the default export's is the id list).
  return Object.hasOwn(ccxt.exchanges, id);
}

export function createExchange(ccxt: CcxtModule, creds: Partial<CcxtCredentials> & { exchange: string }, opts: ExchangeOptions = {}): Exchange {
  if (!isKnownExchange(ccxt, creds.exchange)) throw new RangeError(`ccxt has no exchange "${creds.exchange}"`);
  const Ctor = (ccxt as unknown as Record<string, new (config: object) => Exchange>)[creds.exchange]!;
  const config: Record<string, unknown> = {
    enableRateLimit: opts.enableRateLimit ?? true,
    timeout: opts.timeoutMs ?? 20_000,
    options: EXCHANGE_OPTIONS[creds.exchange] ?? {},
  };
  for (const k of ["apiKey", "secret", "password", "uid"] as const) if (creds[k]) config[k] = creds[k];
  const exchange = new Ctor(config);
  // ccxt's "precise" mode: parsed amounts stay the exchange's decimal strings
  // instead of JS numbers, so 1.000000000123456789 ETH is not rounded to 17 digits.
  exchange.number = String as unknown as typeof exchange.number;
  if (opts.apiBaseUrl) exchange.urls["api"] = rebase(exchange.urls["api"], opts.apiBaseUrl) as typeof exchange.urls.api;
  return exchange;
}

/** Replaces scheme and host of every API URL, keeping the path ("https://api.binance.com/sapi/v1" → base + "/sapi/v1"). */
function rebase(api: unknown, base: string): unknown {
  if (typeof api === "string") return api.replace(/^https?:\/\/[^/]+/, base.replace(/\/$/, ""));
  if (api && typeof api === "object") return Object.fromEntries(Object.entries(api).map(([k, v]) => [k, rebase(v, base)]));
  return api;
}

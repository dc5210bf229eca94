// One node:http server that plays Kraken (/0/…) and Binance (/api/v3, /sapi)
// for ccxt instances whose urls.api point here (connectors.md §4.5).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { binanceAuthorized, binanceRoute, BINANCE_ERRORS, BINANCE_PUBLIC, type BinanceState } from "./binance.ts";
import { krakenAuthorized, krakenRoute, KRAKEN_ERRORS, type KrakenState } from "./kraken.ts";

export * from "./binance.ts";
export * from "./kraken.ts";

export type Fault = "invalid-key" | "rate-limit" | "unavailable";
type ExchangeId = "kraken" | "binance";

export interface FakeExchange {
  url: string;
  kraken: KrakenState;
  binance: BinanceState;
  keys: Record<ExchangeId, string>;
  /** Every request: exchange, method, path (no query, no body). */
  requests: { exchange: ExchangeId; method: string; path: string; params: Record<string, string> }[];
  /** The next `times` private requests of that exchange fail this way. */
  failNext(exchange: ExchangeId, fault: Fault, times?: number): void;
  close(): Promise<void>;
}

export function emptyKraken(): KrakenState {
  return { balances: {}, trades: [], ledger: [], deposits: [], withdrawals: [], tickers: {} };
}
export function emptyBinance(): BinanceState {
  return { balances: {}, trades: [], deposits: [], withdrawals: [], tickers: {}, restrictions: { enableWithdrawals: false, enableSpotAndMarginTrading: false } };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeExchange(opts: { keys?: Partial<Record<ExchangeId, string>> } = {}): Promise<FakeExchange> {
  const faults: Record<ExchangeId, { fault: Fault; times: number }[]> = { kraken: [], binance: [] };
  const fake: FakeExchange = {
    url: "",
    close: async () => {},
    kraken: emptyKraken(),
    binance: emptyBinance(),
    keys: { kraken: "kraken-key", binance: "binance-key", ...opts.keys },
    requests: [],
    failNext(exchange, fault, times = 1) {
      faults[exchange].push({ fault, times });
    },
  };
  const takeFault = (ex: ExchangeId): Fault | null => {
    const f = faults[ex][0];
    if (!f) return null;
    if (--f.times <= 0) faults[ex].shift();
    return f.fault;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const method = req.method ?? "GET";
      const raw = await body(req);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(payload));
      };
      if (url.pathname.startsWith("/0/")) {
        const form = new URLSearchParams(raw);
        fake.requests.push({ exchange: "kraken", method, path: url.pathname, params: Object.fromEntries(form) });
        if (url.pathname.startsWith("/0/private/")) {
          if (!krakenAuthorized(req.headers, form, fake.keys.kraken)) return send(200, KRAKEN_ERRORS["invalid-key"]);
          const fault = takeFault("kraken");
          if (fault) return send(200, KRAKEN_ERRORS[fault]);
        }
        const out = krakenRoute(fake.kraken, method, url.pathname, url.searchParams, form);
        return out === null ? send(404, { error: ["EGeneral:Unknown method"] }) : send(200, out);
      }
      fake.requests.push({ exchange: "binance", method, path: url.pathname, params: Object.fromEntries(url.searchParams) });
      const weight = { "x-mbx-used-weight": "20", "x-mbx-used-weight-1m": String(fake.requests.length * 10) };
      if (!BINANCE_PUBLIC.has(url.pathname)) {
        if (!binanceAuthorized(req.headers, url.searchParams, fake.keys.binance)) return send(401, BINANCE_ERRORS["invalid-key"].body, weight);
        const fault = takeFault("binance");
        if (fault) return send(BINANCE_ERRORS[fault].status, BINANCE_ERRORS[fault].body, { ...weight, ...(fault === "rate-limit" ? { "retry-after": "30" } : {}) });
      }
      const out = binanceRoute(fake.binance, method, url.pathname, url.searchParams) as { status?: number; body?: unknown } | null;
      if (out === null) return send(404, { code: -1000, msg: "Unknown path" }, weight);
      if (out && typeof out.status === "number" && out.body) return send(out.status, out.body, weight);
      return send(200, out, weight);
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

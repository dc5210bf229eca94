import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCcxtConnector } from "../../../connectors/ccxt/index.ts";
import { ConnectorError } from "../../../connectors/errors.ts";
import { emptyBinance, emptyKraken, startFakeExchange, type Fault, type FakeExchange } from "../../fakes/exchange/index.ts";
import { makeCtx } from "./helpers.ts";

let fake: FakeExchange;
const KRAKEN = { exchange: "kraken", apiKey: "kraken-key", secret: Buffer.from("kraken-secret-bytes").toString("base64"), quote: "EUR" };
const BINANCE = { exchange: "binance", apiKey: "binance-key", secret: "binance-secret-0123456789", quote: "EUR" };

beforeAll(async () => {
  fake = await startFakeExchange();
});
afterAll(() => fake.close());
beforeEach(() => {
  Object.assign(fake.kraken, emptyKraken(), { balances: { ZEUR: "1.0000" } });
  Object.assign(fake.binance, emptyBinance(), { balances: { EUR: "1.00000000" } });
});

async function failure(creds: typeof KRAKEN, ctx = makeCtx(), base = fake.url): Promise<ConnectorError> {
  const session = await createCcxtConnector({ apiBaseUrl: base, enableRateLimit: false, timeoutMs: 2000 }).open(creds, ctx);
  const err = await (async () => {
    const [account] = await session.listAccounts();
    await session.fetchTransactions(account!, null);
  })().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectorError);
  return err as ConnectorError;
}

describe("ccxt errors become the engine's reasons", () => {
  it.each<[string, typeof KRAKEN, "kraken" | "binance", Fault, string, string]>([
    ["Kraken EAPI:Invalid key", KRAKEN, "kraken", "invalid-key", "Unauthorized", "AuthenticationError"],
    ["Kraken EAPI:Rate limit exceeded (ccxt: DDoSProtection)", KRAKEN, "kraken", "rate-limit", "RateLimited", "DDoSProtection"],
    ["Kraken EService:Unavailable", KRAKEN, "kraken", "unavailable", "Unavailable", "ExchangeNotAvailable"],
    ["Binance 401 -2015", BINANCE, "binance", "invalid-key", "Unauthorized", "AuthenticationError"],
    ["Binance 429 -1003 (ccxt: DDoSProtection)", BINANCE, "binance", "rate-limit", "RateLimited", "DDoSProtection"],
    // The body's code wins over the HTTP status: ccxt files -1001 under OperationFailed, worth a retry.
    ["Binance 503 -1001", BINANCE, "binance", "unavailable", "Unavailable", "OperationFailed"],
  ])("%s", async (_what, creds, exchange, fault, reason, ccxtClass) => {
    fake.failNext(exchange, fault);
    const err = await failure(creds);
    expect(err.reason).toBe(reason);
    expect(err.transient).toBe(reason === "RateLimited" || reason === "Unavailable");
    expect((err.cause as Error).constructor.name).toBe(ccxtClass);
    if (reason === "RateLimited") expect(err.retryAfterMs).toBeGreaterThan(0);
  });

  it("a key the exchange does not know at all is Unauthorized, and neither key nor secret is in the message or the log", async () => {
    const ctx = makeCtx();
    const err = await failure({ ...BINANCE, apiKey: "not-the-key" }, ctx);
    expect(err.reason).toBe("Unauthorized");
    const everything = `${err.message}\n${ctx.lines.join("\n")}`;
    expect(everything).not.toContain(BINANCE.secret);
    expect(everything).not.toContain("not-the-key");
  });

  it("a closed port is Unavailable", async () => {
    const err = await failure(KRAKEN, makeCtx(), "http://127.0.0.1:9");
    expect(err.reason).toBe("Unavailable");
  });
});

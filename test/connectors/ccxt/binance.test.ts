import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCcxtConnector } from "../../../connectors/ccxt/index.ts";
import type { NormalizedTransaction } from "../../../connectors/types.ts";
import { emptyBinance, startFakeExchange, type FakeExchange } from "../../fakes/exchange/index.ts";
import { binanceTrades, makeCtx, mulExact, NOW, sum } from "./helpers.ts";

let fake: FakeExchange;
const START = Date.parse("2026-02-01T00:00:00Z");
const creds = { exchange: "binance", apiKey: "binance-key", secret: "binance-secret-0123456789", quote: "EUR" };

beforeAll(async () => {
  fake = await startFakeExchange();
});
afterAll(() => fake.close());
beforeEach(() => {
  Object.assign(fake.binance, emptyBinance());
  fake.requests.length = 0;
});

async function syncOnce(cursor: unknown = null, credentials = creds) {
  const session = await createCcxtConnector({ apiBaseUrl: fake.url, enableRateLimit: false }).open(credentials, makeCtx());
  const [account] = await session.listAccounts();
  const page = await session.fetchTransactions(account!, cursor);
  const holdings = await session.fetchHoldings!([account!]);
  return { page, holdings };
}
const amounts = (rows: NormalizedTransaction[], c: string) => rows.filter((r) => r.currency === c).map((r) => r.amount);

describe("ccxt connector against a fake Binance", () => {
  it("reads myTrades per symbol in fromId pages of 1000, deposits and withdrawals in 90-day windows", async () => {
    const btc = binanceTrades(2300, "BTCEUR", 5000, START);
    const eth = binanceTrades(5, "ETHBTC", 90, START);
    Object.assign(fake.binance, {
      trades: [...btc, ...eth],
      balances: { BTC: "1.23456789", ETH: "0.00500000", BNB: "0.04100000", EUR: "100.00000000", USDT: "0.00000000" },
      tickers: { BTCEUR: "60000.12000000", ETHEUR: "2500.00000000", BNBEUR: "550.50000000" },
      deposits: [{ id: "769800519366885376", amount: "5000", coin: "EUR", network: "SEPA", status: 1, txId: "sepa-1", insertTime: START - 86_400_000 * 200 }],
      withdrawals: [{ id: "b6ae22b3aa844210a7041aee7589627c", amount: "0.01000000", transactionFee: "0.00000500", coin: "BTC", status: 6, network: "BTC", txId: "0xb5ef", applyTime: "2026-03-01 11:12:02" }],
    });
    const { page, holdings } = await syncOnce();

    const fromIds = fake.requests.filter((r) => r.path === "/api/v3/myTrades" && r.params["symbol"] === "BTCEUR").map((r) => r.params["fromId"]);
    expect(fromIds).toEqual(["0", "6000", "7000"]);
    // Symbols are chosen from what is held or moved: BTCEUR, ETHBTC, ETHEUR, BNBEUR — never USDTEUR (zero balance).
    const symbols = new Set(fake.requests.filter((r) => r.path === "/api/v3/myTrades").map((r) => r.params["symbol"]));
    expect([...symbols].sort()).toEqual(["BNBEUR", "BTCEUR", "ETHBTC", "ETHEUR"]);
    // 90-day windows back five years: the 200-day-old deposit is found.
    const windows = fake.requests.filter((r) => r.path === "/sapi/v1/capital/deposit/hisrec");
    expect(windows.length).toBeGreaterThan(15);
    for (const w of windows) expect(Number(w.params["endTime"]) - Number(w.params["startTime"])).toBeLessThanOrEqual(90 * 86_400_000);

    const rows = page.transactions;
    const btcExpected = sum([...btc.map((t) => (t.isBuyer ? t.qty : `-${t.qty}`)), ...eth.map((t) => (t.isBuyer ? `-${t.quoteQty}` : t.quoteQty)), "-0.01", "-0.000005"]);
    expect(sum(amounts(rows, "BTC"))).toBe(btcExpected);
    expect(sum(amounts(rows, "BNB"))).toBe(sum([...btc, ...eth].map((t) => `-${t.commission}`)));
    expect(sum(amounts(rows, "EUR"))).toBe(sum(["5000", ...btc.map((t) => (t.isBuyer ? `-${t.quoteQty}` : t.quoteQty))]));

    expect(holdings.find((h) => h.symbol === "BTC")).toMatchObject({ quantity: "1.23456789", price: "60000.12", value: mulExact("1.23456789", "60000.12"), currency: "EUR", asOf: NOW.toISOString() });
    expect(holdings.map((h) => h.symbol)).toEqual(["BNB", "BTC", "ETH", "EUR"]);

    // Second sync: every symbol resumes after its last trade id, so nothing comes twice.
    fake.requests.length = 0;
    const again = await syncOnce(page.nextCursor);
    expect(again.page.transactions.filter((r) => r.transactionType === "trade")).toEqual([]);
    const resumed = fake.requests.filter((r) => r.path === "/api/v3/myTrades" && r.params["symbol"] === "BTCEUR").map((r) => r.params["fromId"]);
    expect(resumed).toEqual([String(5000 + 2300)]);
  });

  it("values holdings in USDT and adds the exchange's own USDT/EUR price, so no peg is assumed", async () => {
    Object.assign(fake.binance, { balances: { USDT: "100.50000000", BTC: "0.10000000" }, tickers: { USDTEUR: "0.92110000", BTCEUR: "60000.00000000" } });
    const { holdings } = await syncOnce(null, { ...creds, quote: "USDT" });
    expect(holdings.find((h) => h.symbol === "USDT")).toMatchObject({ price: "1", value: "100.5", currency: "USDT", assetClass: "crypto", fiatValue: { amount: mulExact("100.5", "0.9211"), currency: "EUR" } });
    // No BTC/USDT market at this fake: quantity kept, no price, nothing made up.
    const btc = holdings.find((h) => h.symbol === "BTC")!;
    expect([btc.price, btc.value, btc.fiatValue]).toEqual([null, null, undefined]);
  });
});

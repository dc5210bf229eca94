import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCcxtConnector } from "../../../connectors/ccxt/index.ts";
import type { NormalizedTransaction } from "../../../connectors/types.ts";
import { emptyKraken, startFakeExchange, type FakeExchange } from "../../fakes/exchange/index.ts";
import { krakenLedger, krakenTrades, makeCtx, mulExact, NOW, sum } from "./helpers.ts";

let fake: FakeExchange;
const START = Date.parse("2026-01-01T00:00:00Z");
const creds = { exchange: "kraken", apiKey: "kraken-key", secret: Buffer.from("kraken-secret-bytes").toString("base64"), quote: "EUR" };

beforeAll(async () => {
  fake = await startFakeExchange();
});
afterAll(() => fake.close());
beforeEach(() => {
  Object.assign(fake.kraken, emptyKraken());
  fake.requests.length = 0;
});

const connector = () => createCcxtConnector({ apiBaseUrl: fake.url, enableRateLimit: false });

async function syncOnce(cursor: unknown = null, ctx = makeCtx()) {
  const session = await connector().open(creds, ctx);
  const [account] = await session.listAccounts();
  const page = await session.fetchTransactions(account!, cursor);
  const holdings = await session.fetchHoldings!([account!]);
  return { account: account!, page, holdings, ctx };
}

const byCurrency = (rows: NormalizedTransaction[], c: string) => rows.filter((r) => r.currency === c).map((r) => r.amount);

describe("ccxt connector against a fake Kraken", () => {
  it("reads 120 trades over three offset pages, deposits, withdrawals and the staking rows of the ledger", async () => {
    const trades = krakenTrades(120, START);
    Object.assign(fake.kraken, {
      trades,
      ledger: krakenLedger(70, START),
      balances: { XXBT: "0.1234567890", ZEUR: "512.3400", XETH: "0.0000000000" },
      tickers: { XXBTZEUR: "30123.4" },
      deposits: [{ refid: "FTQcuak-V6Za8qrWnhzTx67yYHz8Tg", txid: "6544b41b607d8b2512baf801755a3a87b6890eacdb451be8a94059fb11f0a8d9", asset: "XXBT", amount: "0.78125000", fee: "0.0000000000", time: START / 1000 - 86400, status: "Success", method: "Bitcoin", info: "2Myd4eaAW96ojk38A2uDK4FbioCayvkEgVq" }],
      withdrawals: [{ refid: "AGBSO6T-UFMTTQ-I7KGS6", txid: "b5ef8c13", asset: "XXBT", amount: "0.72485000", fee: "0.00020000", time: START / 1000 + 3 * 86400, status: "Success", method: "Bitcoin", info: "mzp6yUVMRxfasyfwzTZjjy38dHqMX7Z3GR" }],
    });
    const { account, page, holdings } = await syncOnce();
    expect(account).toEqual({ externalId: "kraken", name: "Kraken", currency: "EUR", type: "CRYPTO" });

    const offsets = fake.requests.filter((r) => r.path === "/0/private/TradesHistory").map((r) => r.params["ofs"]);
    expect(offsets).toEqual(["0", "50", "100"]);
    const rows = page.transactions;
    // Every trade: a BTC row and a EUR row, plus a fee row.
    expect(rows.filter((r) => r.transactionType === "trade")).toHaveLength(240);
    const buys = trades.filter((t) => t.type === "buy");
    const sells = trades.filter((t) => t.type === "sell");
    const btcExpected = sum(["0.78125000", "-0.72485000", "-0.00020000", ...buys.map((t) => t.vol), ...sells.map((t) => `-${t.vol}`)]);
    expect(sum(byCurrency(rows, "BTC"))).toBe(btcExpected);
    const eurExpected = sum([...buys.map((t) => `-${t.cost}`), ...sells.map((t) => t.cost), ...trades.map((t) => `-${t.fee}`)]);
    expect(sum(byCurrency(rows, "EUR"))).toBe(eurExpected);
    // Only the 35 staking entries come from the ledger; its trade rows are the trades above.
    const staking = rows.filter((r) => r.externalId?.startsWith("ledger:"));
    expect(staking).toHaveLength(35);
    expect(staking[0]!.amount).toMatch(/^0\.0000\d{8}$/);
    expect(rows.find((r) => r.externalId === "withdrawal:AGBSO6T-UFMTTQ-I7KGS6:fee")?.amount).toBe("-0.0002");

    expect(holdings).toEqual([
      { accountExternalId: "kraken", symbol: "BTC", name: null, quantity: "0.123456789", price: "30123.4", value: mulExact("0.123456789", "30123.4"), currency: "EUR", asOf: NOW.toISOString(), assetClass: "crypto" },
      { accountExternalId: "kraken", symbol: "EUR", name: null, quantity: "512.34", price: "1", value: "512.34", currency: "EUR", asOf: NOW.toISOString(), assetClass: "cash" },
    ]);
  });

  it("a second sync with the returned cursor asks from the last row on and brings only what is new", async () => {
    Object.assign(fake.kraken, { trades: krakenTrades(60, START), balances: { ZEUR: "1.0000" } });
    const first = await syncOnce();
    const again = await syncOnce(first.page.nextCursor);
    const firstIds = new Set(first.page.transactions.map((r) => r.externalId));
    // The one-second overlap may re-read the newest row; the engine drops it by externalId.
    expect(again.page.transactions.every((r) => firstIds.has(r.externalId))).toBe(true);
    expect(again.page.transactions.length).toBeLessThanOrEqual(3);
    const starts = fake.requests.filter((r) => r.path === "/0/private/TradesHistory").map((r) => Number(r.params["start"]));
    expect(starts.at(-1)).toBeGreaterThanOrEqual(Math.floor(START / 1000 + 59 * 3600 - 1));

    fake.kraken.trades.push(...krakenTrades(61, START).slice(60).map((t) => ({ ...t, time: t.time + 7200 })));
    const third = await syncOnce(again.page.nextCursor);
    expect(third.page.transactions.filter((r) => !firstIds.has(r.externalId)).map((r) => r.currency).sort()).toEqual(["BTC", "EUR", "EUR"]);
  });
});

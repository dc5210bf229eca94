// The real sync engine and PostgreSQL, the ccxt connector pointed at the fake
// Kraken: crypto amounts with 8 to 12 decimals arrive in the ledger exactly.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCcxtConnector } from "../../../connectors/ccxt/index.ts";
import { createConnectorRegistry } from "../../../connectors/registry.ts";
import { createSyncEngine } from "../../../src/sync/engine.ts";
import { Vault } from "../../../src/vault/vault.ts";
import { startFakeExchange, type FakeExchange } from "../../fakes/exchange/index.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { krakenLedger, krakenTrades, NOW, sum } from "./helpers.ts";

let fake: FakeExchange;
let tdb: TestDatabase;
const START = Date.parse("2026-01-05T00:00:00Z");
const SECRET = Buffer.from("kraken-secret-bytes").toString("base64");

beforeAll(async () => {
  [fake, tdb] = await Promise.all([startFakeExchange(), createTestDatabase()]);
});
afterAll(async () => {
  await fake?.close();
  await tdb?.drop();
});

describe("syncing a Kraken connection into PostgreSQL", () => {
  it("stores trades, staking rows and holdings with every decimal, and a second sync adds nothing", async () => {
    const trades = krakenTrades(55, START);
    const ledger = krakenLedger(6, START);
    Object.assign(fake.kraken, {
      trades,
      ledger,
      balances: { XXBT: "0.1234567891", XETH: "1.000000000123456789", ZEUR: "12.3400" },
      tickers: { XXBTZEUR: "61234.5", XETHZEUR: "2345.67" },
    });
    const vault = new Vault(randomBytes(32));
    const engine = createSyncEngine({
      // Each sync here must reach the provider, not answer with the last result.
      recentSyncMs: 0,
      db: tdb.db,
      databaseUrl: tdb.url,
      vault,
      registry: createConnectorRegistry([createCcxtConnector({ apiBaseUrl: fake.url, enableRateLimit: false })]),
      logger: pino({ level: "silent" }),
      settings: {},
      now: () => NOW,
      sleep: async () => {},
      random: () => 0.5,
      retry: { maxAttempts: 2, baseMs: 1, maxMs: 1 },
    });
    const user = await tdb.db.user.create({ data: { telegramId: 4242n, chatId: 4242n } });
    const { connectionId } = await engine.createConnection(user.id, "ccxt", { label: "Kraken", credentials: { exchange: "kraken", apiKey: "kraken-key", secret: SECRET, quote: "EUR" } });

    const first = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(first).toMatchObject({ status: "ok", added: 55 * 3 + 3, accounts: 1 });
    const account = await tdb.db.account.findFirstOrThrow({ where: { connectionId } });
    expect(account).toMatchObject({ type: "CRYPTO", currency: "EUR", externalId: "kraken" });

    const rows = await tdb.db.transaction.findMany({ where: { accountId: account.id } });
    const btc = rows.filter((r) => r.currency === "BTC").map((r) => r.amount.toFixed());
    expect(sum(btc)).toBe(sum(trades.map((t) => (t.type === "buy" ? t.vol : `-${t.vol}`))));
    // Staking rewards carry 12 decimals ("0.000012345678"): nothing rounded away.
    const staking = rows.filter((r) => r.transactionType === "staking").map((r) => r.amount.toFixed()).sort();
    expect(staking).toEqual(ledger.filter((l) => l.type === "staking").map((l) => l.amount.replace(/0+$/, "")).sort());
    expect(staking[0]).toMatch(/^0\.0000123456\d\d$/);

    const holdings = await tdb.db.holding.findMany({ where: { accountId: account.id }, orderBy: { symbol: "asc" } });
    expect(holdings.map((h) => [h.symbol, h.quantity.toFixed(), h.price?.toFixed(), h.currency])).toEqual([
      ["BTC", "0.1234567891", "61234.5", "EUR"],
      // 19 significant digits: a JS number would keep 17; ccxt runs in string mode, so all arrive.
      ["ETH", "1.000000000123456789", "2345.67", "EUR"],
      ["EUR", "12.34", "1", "EUR"],
    ]);

    const again = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(again).toMatchObject({ status: "ok", added: 0, updated: 0, removed: 0 });
    expect(await tdb.db.transaction.count({ where: { accountId: account.id } })).toBe(rows.length);
    const stored = await tdb.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(stored.credentials).not.toContain(SECRET);
  });
});

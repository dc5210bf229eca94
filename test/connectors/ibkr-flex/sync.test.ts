// Interactive Brokers Flex through the real sync engine and database: one
// brokerage account in the base currency, exact rows and holdings, and a
// second sync of the same statement adds nothing.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ibkrFlexConnector } from "../../../connectors/ibkr-flex/index.ts";
import { createConnectorRegistry } from "../../../connectors/registry.ts";
import { createSyncEngine } from "../../../src/sync/engine.ts";
import { DEFAULT_RETRY } from "../../../src/sync/retry.ts";
import { Vault } from "../../../src/vault/vault.ts";
import { ACCOUNT_ID } from "../../fakes/ibkr-flex/statement.ts";
import { startIbkrFlexFake, type IbkrFlexFake } from "../../fakes/ibkr-flex/server.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { fixedFx } from "../../helpers/fixed-fx.ts";
import { createNetWorthService } from "../../../src/networth/service.ts";
import { createLedgerService } from "../../../src/ledger/ledger-service.ts";

describe("Interactive Brokers Flex sync", () => {
  let fake: IbkrFlexFake;
  let t: TestDatabase;
  let engine: ReturnType<typeof createSyncEngine>;
  let userId: string;
  const lines: string[] = [];

  function makeEngine(deps: Pick<Parameters<typeof createSyncEngine>[0], "logger" | "sleep" | "retry" | "fx">) {
    return createSyncEngine({
      // Each sync here must reach the provider, not answer with the last result.
      recentSyncMs: 0,
      db: t.db,
      databaseUrl: t.url,
      vault: new Vault(randomBytes(32)),
      registry: createConnectorRegistry([ibkrFlexConnector]),
      settings: { IBKR_FLEX_URL: fake.baseUrl },
      now: () => fake.now(),
      random: () => 0.5,
      ...deps,
    });
  }

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    fake = await startIbkrFlexFake({ generating: 1 });
    engine = makeEngine({ logger: pino({ level: "trace" }, { write: (line: string) => void lines.push(line) }), sleep: async () => {}, retry: { maxAttempts: 2, baseMs: 1, maxMs: 2 } });
    const user = await t.db.user.create({ data: { telegramId: BigInt(Date.now()) * 10n + BigInt(Math.floor(Math.random() * 10)), chatId: 1n } });
    userId = user.id;
    return () => fake.close();
  });

  it("stores one EUR brokerage account, exact signed rows and holdings; a second sync adds nothing", async () => {
    const credentials = { token: fake.token, queryId: fake.queryId };
    const { connectionId } = await engine.createConnection(userId, "ibkr-flex", { label: "Interactive Brokers ••4321", credentials });
    const first = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(first.status).toBe("ok");

    const accounts = await t.db.account.findMany({ where: { connectionId } });
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.currency).toBe("EUR");
    expect(accounts[0]!.type).toBe("BROKERAGE");
    expect(accounts[0]!.externalId).toBe(ACCOUNT_ID);

    const rows = await t.db.transaction.findMany({ where: { accountId: accounts[0]!.id }, orderBy: { externalId: "asc" } });
    expect(rows.map((r) => [r.externalId, r.amount.toString(), r.currency, r.description])).toEqual([
      ["cash:28200001", "5000", "EUR", "Deposit"],
      ["cash:28200002", "2.4", "USD", "Dividend AAPL"],
      ["cash:28200003", "-0.36", "USD", "Withholding tax AAPL"],
      ["cash:28200004", "-0.01", "EUR", "SNAPSHOT VALUE NON-PRO FOR FEB 2024"],
      ["cash:28200005", "1.23", "EUR", "Interest"],
      ["trade:6780001", "-1902.2", "USD", "BUY 10 AAPL @ 190.12"],
      ["trade:6780002", "539", "EUR", "SELL 5 VWRL @ 108.4"],
    ]);

    const holdings = await t.db.holding.findMany({ where: { accountId: accounts[0]!.id }, orderBy: { symbol: "asc" } });
    expect(holdings.map((h) => [h.symbol, h.quantity.toString(), h.price?.toString(), h.value?.toString(), h.currency])).toEqual([
      ["AAPL", "10", "180.75", "1807.5", "USD"],
      ["EUR", "5540.22", "1", "5540.22", "EUR"],
      ["USD", "-1900.16", "1", "-1900.16", "USD"],
      ["VWRL", "20", "110.28", "2205.6", "EUR"],
    ]);

    const before = { tx: await t.db.transaction.count({ where: { userId } }), holdings: await t.db.holding.count({ where: { userId } }) };
    const second = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(second.status).toBe("ok");
    expect(await t.db.transaction.count({ where: { userId } })).toBe(before.tx);
    expect(await t.db.holding.count({ where: { userId } })).toBe(before.holdings);
    expect(lines.join("")).not.toContain(fake.token);
  });

  it("the cash IBKR holds per currency counts in net worth (converted at that day's rate) and shows in /accounts", async () => {
    const fx = fixedFx({ "USD>EUR": "0.92" }, "2020-01-01");
    const withFx = makeEngine({ logger: pino({ level: "silent" }), sleep: async () => {}, retry: { maxAttempts: 2, baseMs: 1, maxMs: 2 }, fx });
    const { connectionId } = await withFx.createConnection(userId, "ibkr-flex", { label: "IBKR", credentials: { token: fake.token, queryId: fake.queryId } });
    expect((await withFx.syncConnection(connectionId, { trigger: "manual" })).status).toBe("ok");
    const [account] = await t.db.account.findMany({ where: { connectionId } });

    // EUR 5540.22 as it is, USD −1900.16 × 0.92 = −1748.1472 (the AAPL buy on margin lowers what is owned).
    const netWorth = createNetWorthService({ db: t.db, fx, now: () => fake.now() });
    const now = await netWorth.current({ id: userId, timezone: "Europe/Berlin" });
    expect(now.byClass.get("cash")).toBe("3792.0728");
    // AAPL 1807.5 × 0.92 = 1662.9, VWRL 2205.6, cash 3792.0728.
    expect(now.total).toBe("7660.5728");
    expect(now.byAccount.get(account!.id)).toBe("7660.5728");
    expect(now.unvalued).toEqual([]);

    const { accounts, totals } = await createLedgerService(t.db, createConnectorRegistry([ibkrFlexConnector])).overview(userId, "EUR");
    expect(accounts[0]!.cash).toEqual([{ amount: "5540.22", currency: "EUR" }, { amount: "-1900.16", currency: "USD" }]);
    expect(accounts[0]!.cashAsOf?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(totals).toEqual([{ currency: "EUR", amount: "5540.22" }, { currency: "USD", amount: "-1900.16" }]);
  });

  it("an expired token marks the connection for a new link and changes nothing", async () => {
    const credentials = { token: fake.token, queryId: fake.queryId };
    const { connectionId } = await engine.createConnection(userId, "ibkr-flex", { label: "IBKR", credentials });
    fake.failNext("SendRequest", "1012");
    const run = await engine.syncConnection(connectionId, { trigger: "manual" });
    expect(run.status).not.toBe("ok");
    const conn = await t.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(conn.status).toBe("NEEDS_REAUTH");
    expect(await t.db.transaction.count({ where: { userId } })).toBe(0);
  });

  it("a statement still being generated after the bounded waits fails this run once, without the engine repeating the request", async () => {
    const credentials = { token: fake.token, queryId: fake.queryId };
    const waits: number[] = [];
    const patient = makeEngine({ logger: pino({ level: "silent" }), sleep: async (ms) => void waits.push(ms), retry: DEFAULT_RETRY });
    const { connectionId } = await patient.createConnection(userId, "ibkr-flex", { label: "IBKR", credentials });
    fake.generating = 1000;
    waits.length = 0;
    fake.calls.length = 0; // creating the connection listed the accounts once
    const run = await patient.syncConnection(connectionId, { trigger: "manual" });
    expect(run.status).not.toBe("ok");
    expect(fake.calls.filter((c) => c.endpoint === "SendRequest")).toHaveLength(1);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000 + 10000 + 20000 + 30000 + 30000);
    expect(await t.db.transaction.count({ where: { userId } })).toBe(0);
    const conn = await t.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(conn.status).not.toBe("NEEDS_REAUTH");
  });
});

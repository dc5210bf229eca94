// The contract every connector in ALL_CONNECTORS keeps (actualbudget's
// it.each over its bank registry, Ghostfolio's self-disabling providers):
// a unique id, texts in both languages, settings it validates itself, off
// when unconfigured, a link against its fake whose credentials its own schema
// accepts, and failures that are typed ConnectorErrors. A new connector
// without a harness below fails this file.
import { copyFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validate as isCron } from "node-cron";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CONNECTORS } from "../../connectors/all.ts";
import { ConnectorError } from "../../connectors/errors.ts";
import type { Connector, ConnectorContext } from "../../connectors/types.ts";
import { hasMessage } from "../../src/i18n/index.ts";
import { startComdirectFake } from "../fakes/comdirect/index.ts";
import { startEnableBankingFake } from "../fakes/enable-banking/index.ts";
import { startGocardlessFake } from "../fakes/gocardless/server.ts";
import { startIbkrFlexFake } from "../fakes/ibkr-flex/server.ts";
import { startPlaidFake } from "../fakes/plaid/server.ts";
import { startFakeExchange } from "../fakes/exchange/index.ts";
import { startSimplefinFake } from "../fakes/simplefin/server.ts";
import { LiveScriptDialog, type Answer } from "../helpers/live-script-dialog.ts";

interface Harness {
  settings: Record<string, string>;
  answers: Answer[];
  onLink?: () => void;
  now: () => Date;
  /** Stops the provider; the next call must fail as a typed error. */
  close(): Promise<void>;
}

const HARNESSES: Record<string, () => Promise<Harness | null>> = {
  demo: async () => null,
  file: async () => null,
  comdirect: async () => {
    const fake = await startComdirectFake();
    const c = fake.config;
    return { settings: { COMDIRECT_API_URL: fake.url, COMDIRECT_PUSH_POLL_MS: "10" }, answers: [c.clientId, c.clientSecret, c.zugangsnummer, c.pin, c.tan, "all"], now: () => fake.now(), close: () => fake.close() };
  },
  "enable-banking": async () => {
    const fake = await startEnableBankingFake();
    return {
      settings: { ENABLE_BANKING_API_URL: fake.url, ENABLE_BANKING_APP_ID: fake.appId, ENABLE_BANKING_KEY_FILE: keep(fake.keyFile), ENABLE_BANKING_REDIRECT_URL: fake.redirectUrl },
      answers: ["DE", "search", "mock", "180", () => fake.approve()],
      now: () => fake.now(),
      close: () => fake.close(),
    };
  },
  simplefin: async () => {
    const fake = await startSimplefinFake();
    return { settings: { SIMPLEFIN_ALLOWED_HOSTS: "127.0.0.1" }, answers: [() => fake.setupToken()], now: () => fake.now(), close: () => fake.close() };
  },
  gocardless: async () => {
    const fake = await startGocardlessFake();
    return {
      settings: { GOCARDLESS_API_URL: `${fake.url}/api/v2`, GOCARDLESS_SECRET_ID: fake.secretId, GOCARDLESS_SECRET_KEY_FILE: keep(fake.keyFile) },
      answers: ["DE", "N26 Bank"],
      onLink: () => fake.complete(),
      now: () => fake.now(),
      close: () => fake.close(),
    };
  },
  ccxt: async () => {
    const fake = await startFakeExchange();
    fake.kraken.balances = { ZEUR: "10.0000" };
    const secret = Buffer.from("kraken-secret-bytes").toString("base64");
    return { settings: { CCXT_API_URL: fake.url, CCXT_RATE_LIMIT: "false" }, answers: ["kraken", "EUR", fake.keys.kraken, secret], now: () => new Date("2026-11-20T10:00:00Z"), close: () => fake.close() };
  },
  plaid: async () => {
    const fake = await startPlaidFake();
    return { settings: { PLAID_API_URL: fake.url, PLAID_CLIENT_ID: fake.clientId, PLAID_SECRET_FILE: keep(fake.secretFile) }, answers: [], onLink: () => fake.finish(), now: () => new Date("2026-10-25T10:00:00Z"), close: () => fake.close() };
  },
  "ibkr-flex": async () => {
    const fake = await startIbkrFlexFake();
    return { settings: { IBKR_FLEX_URL: fake.baseUrl }, answers: [fake.token, fake.queryId], now: () => fake.now(), close: () => fake.close() };
  },
};

/** The fakes delete their key files when they stop; the connector must then see the network fail, not the key. */
function keep(file: string): string {
  const copy = path.join(os.tmpdir(), `kontor-contract-${process.pid}-${path.basename(file)}`);
  copyFileSync(file, copy);
  kept.push(copy);
  return copy;
}
const kept: string[] = [];

const cases = ALL_CONNECTORS.map((c) => [c.id, c] as const);
const ctxFor = (h: Harness | null, settings: Record<string, string>): ConnectorContext => ({
  now: h?.now ?? (() => new Date("2026-11-20T10:00:00Z")),
  logger: pino({ level: "silent" }),
  settings,
  sleep: async () => {},
});

describe("connector contract", () => {
  let open: Harness | null = null;
  afterEach(async () => {
    await open?.close().catch(() => undefined);
    open = null;
    for (const f of kept.splice(0)) rmSync(f, { force: true });
  });

  it("every connector has a unique kebab-case id and a contract harness", () => {
    const ids = ALL_CONNECTORS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(Object.keys(HARNESSES).sort()).toEqual([...ids].sort());
  });

  it.each(cases)("%s has every text in English and German, registered", (_id, c: Connector) => {
    expect(Object.keys(c.messages.de).sort()).toEqual(Object.keys(c.messages.en).sort());
    for (const [key, text] of [...Object.entries(c.messages.en), ...Object.entries(c.messages.de)]) {
      expect(text.trim(), key).not.toBe("");
      expect(hasMessage(key), key).toBe(true);
    }
  });

  it.each(cases)("%s validates its own settings and switches itself off when unconfigured", async (id, c: Connector) => {
    const schema = c.settingsSchema;
    const unconfigured = schema ? !schema.safeParse({}).success : false;
    expect(c.isAvailable?.({}) ?? true).toBe(!unconfigured);
    const h = await HARNESSES[id]!();
    open = h;
    if (h) expect(c.isAvailable?.(h.settings) ?? true).toBe(true);
    if (schema) for (const key of Object.keys(schema.shape)) expect(key).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it.each(cases.filter(([id]) => id !== "demo" && id !== "file"))("%s links against its fake, and a provider that is gone is a typed error", async (id, c: Connector) => {
    const h = (await HARNESSES[id]!())!;
    open = h;
    const ctx = ctxFor(h, h.settings);
    const result = await c.link(new LiveScriptDialog([...h.answers], h.onLink), ctx);
    expect(c.credentialsSchema.safeParse(result.credentials).success).toBe(true);
    const session = await c.open(result.credentials, ctx);
    expect((await session.listAccounts()).length).toBeGreaterThan(0);
    await h.close();
    open = null;
    const err = await (async () => {
      const s = await c.open(result.credentials, ctx);
      const accounts = await s.listAccounts();
      await s.fetchTransactions(accounts[0]!, null);
      await s.fetchBalances(accounts);
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).reason).toBe("Unavailable");
  });

  const keepAliveCases = cases.filter(([, c]) => c.keepAlive);
  it.each(keepAliveCases)("%s keep-alive: a fresh login is not due, a due one is refreshed into valid credentials, a gone provider is a typed error", async (id, c: Connector) => {
    const keepAlive = c.keepAlive!;
    expect(isCron(keepAlive.schedule)).toBe(true);
    const h = (await HARNESSES[id]!())!;
    open = h;
    const ctx = ctxFor(h, h.settings);
    const { credentials } = await c.link(new LiveScriptDialog([...h.answers], h.onLink), ctx);
    expect(keepAlive.isDue(credentials, h.now())).toBe(false);
    // Within a day any short-lived login is due (a login that lasts a day needs no keep-alive).
    const later = new Date(h.now().getTime() + 24 * 3600_000);
    expect(keepAlive.isDue(credentials, later)).toBe(true);
    const rotated = await keepAlive.refresh(credentials, ctx);
    expect(c.credentialsSchema.safeParse(rotated).success).toBe(true);
    expect(rotated).not.toEqual(credentials);
    await h.close();
    open = null;
    const err = await keepAlive.refresh(rotated, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).reason).toBe("Unavailable");
  });

  it("comdirect keeps its TAN session alive through the contract", () => {
    // Guards the list above against silently becoming empty.
    expect(keepAliveCases.map(([id]) => id)).toContain("comdirect");
  });
});

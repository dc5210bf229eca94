import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCcxtConnector } from "../../../connectors/ccxt/index.ts";
import { ConnectorError } from "../../../connectors/errors.ts";
import { emptyBinance, emptyKraken, startFakeExchange, type FakeExchange } from "../../fakes/exchange/index.ts";
import { ScriptedDialog } from "../demo/scripted-dialog.ts";
import { makeCtx } from "./helpers.ts";

let fake: FakeExchange;
const KRAKEN_SECRET = Buffer.from("kraken-secret-bytes").toString("base64");

beforeAll(async () => {
  fake = await startFakeExchange();
});
afterAll(() => fake.close());
beforeEach(() => {
  Object.assign(fake.kraken, emptyKraken(), { balances: { XXBT: "0.5000000000", ZEUR: "100.0000" } });
  Object.assign(fake.binance, emptyBinance(), { balances: { BTC: "0.10000000" } });
  fake.requests.length = 0;
});
const connector = () => createCcxtConnector({ apiBaseUrl: fake.url, enableRateLimit: false });
const keys = (d: ScriptedDialog) => d.calls.map((c) => `${c.method}:${c.key}`);

describe("linking an exchange", () => {
  it("offers the common exchanges, asks key and secret as secrets, tests them and says the rights are unknown at Kraken", async () => {
    const dialog = new ScriptedDialog(["kraken", "EUR", "kraken-key", KRAKEN_SECRET]);
    const ctx = makeCtx();
    const result = await connector().link(dialog, ctx);
    expect(result).toEqual({ label: "Kraken", credentials: { exchange: "kraken", quote: "EUR", apiKey: "kraken-key", secret: KRAKEN_SECRET } });
    expect(keys(dialog)).toEqual([
      "progress:ccxt.loading",
      "choose:ccxt.choose_exchange",
      "choose:ccxt.choose_quote",
      "say:ccxt.intro",
      "askSecret:ccxt.ask_api_key",
      "askSecret:ccxt.ask_secret",
      "progress:ccxt.checking",
      "say:ccxt.key_ok",
      "say:ccxt.key_rights_unknown",
    ]);
    expect(dialog.calls.find((c) => c.key === "ccxt.key_ok")?.params).toEqual({ name: "Kraken", count: 2 });
    expect(fake.requests.some((r) => r.path === "/0/private/BalanceEx")).toBe(true);
    // The secret and key never reach a log line.
    expect(ctx.lines.join("\n")).not.toContain(KRAKEN_SECRET);
    expect(ctx.lines.join("\n")).not.toContain("kraken-key");
  });

  it("re-asks after a rejected key, warns that a Binance key can withdraw and trade", async () => {
    fake.binance.restrictions = { enableWithdrawals: true, enableSpotAndMarginTrading: true };
    const dialog = new ScriptedDialog(["binance", "USDT", "wrong-key", "some-secret", "binance-key", "right-secret"]);
    const ctx = makeCtx();
    const result = await connector().link(dialog, ctx);
    expect(result.credentials).toMatchObject({ exchange: "binance", quote: "USDT", apiKey: "binance-key", secret: "right-secret" });
    expect(keys(dialog)).toContain("say:ccxt.rejected");
    expect(keys(dialog).slice(-3)).toEqual(["say:ccxt.key_ok", "say:ccxt.warn_withdraw", "say:ccxt.warn_trade"]);
    expect(fake.requests.some((r) => r.path === "/sapi/v1/account/apiRestrictions")).toBe(true);
    const logs = ctx.lines.join("\n");
    for (const s of ["wrong-key", "some-secret", "binance-key", "right-secret"]) expect(logs).not.toContain(s);
  });

  it("reports a read-only Binance key as such", async () => {
    const dialog = new ScriptedDialog(["binance", "EUR", "binance-key", "s3cret"]);
    await connector().link(dialog, makeCtx());
    expect(keys(dialog).at(-1)).toBe("say:ccxt.key_read_only");
  });

  it("gives up after three rejected keys with an Unauthorized error", async () => {
    const dialog = new ScriptedDialog(["kraken", "EUR", "a", KRAKEN_SECRET, "b", KRAKEN_SECRET, "c", KRAKEN_SECRET]);
    const err = await connector().link(dialog, makeCtx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).reason).toBe("Unauthorized");
    expect(keys(dialog).at(-1)).toBe("say:ccxt.rejected_final");
  });

  it("takes any ccxt id under 'another exchange', refusing unknown ids and wallet-key exchanges", async () => {
    const dialog = new ScriptedDialog(["other", "mtgox", "hyperliquid", "Kraken ", "EUR", "kraken-key", KRAKEN_SECRET]);
    const result = await connector().link(dialog, makeCtx());
    expect(result.credentials.exchange).toBe("kraken");
    expect(dialog.calls.filter((c) => c.method === "invalid").map((c) => c.key)).toEqual(["ccxt.unknown_exchange", "ccxt.unsupported_exchange"]);
  });

  it("asks for the passphrase where the exchange requires one (OKX)", async () => {
    // No fake OKX: the dialog order is what is tested; the check then fails to connect.
    const dialog = new ScriptedDialog(["okx", "EUR", "k", "s", "p"]);
    const err = await createCcxtConnector({ apiBaseUrl: "http://127.0.0.1:9", enableRateLimit: false }).link(dialog, makeCtx()).catch((e: unknown) => e);
    expect(keys(dialog)).toContain("askSecret:ccxt.ask_password");
    expect((err as ConnectorError).reason).toBe("Unavailable");
  });
});

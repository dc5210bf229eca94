// The link dialog: exchange, valuation currency, key (+ passphrase where the
// exchange needs one), a test call, and a warning when the key can do more
// than read.
import { DialogCancelled, ConnectorError } from "../errors.ts";
import type { ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { msg } from "../../src/i18n/message.ts";
import type { CcxtCredentials } from "./credentials.ts";
import { toConnectorError } from "./errors.ts";
import { createExchange, isKnownExchange, loadCcxt, type CcxtModule, type ExchangeOptions } from "./exchange.ts";
import { readBalances } from "./holdings.ts";
import { keyRights } from "./permissions.ts";

export const COMMON_EXCHANGES = ["binance", "kraken", "coinbase", "bitvavo", "bitstamp", "okx", "bybit", "kucoin"] as const;
export const QUOTES = ["EUR", "USD", "USDT", "USDC"] as const;
const MAX_KEY_ATTEMPTS = 3;
/** DEX connectors sign with a wallet, not an API key. */
const WALLET_CREDENTIALS = ["privateKey", "walletAddress"];

const secretShape = (v: string) => (/^\S+$/.test(v.trim()) ? null : msg("ccxt.invalid_blank"));

export async function linkCcxt(dialog: LinkDialog, ctx: ConnectorContext, opts: ExchangeOptions): Promise<LinkResult<CcxtCredentials>> {
  await dialog.progress(msg("ccxt.loading"));
  const ccxt = await loadCcxt();
  const exchangeId = await chooseExchange(dialog, ccxt);
  const probe = createExchange(ccxt, { exchange: exchangeId }, opts);
  const name = String(probe.name ?? exchangeId);
  const quote = await dialog.choose(msg("ccxt.choose_quote", { name }), QUOTES.map((q) => ({ id: q, label: q })));
  await dialog.say(msg("ccxt.intro", { name }));

  for (let attempt = 1; ; attempt++) {
    const creds: CcxtCredentials = {
      exchange: exchangeId,
      quote,
      apiKey: (await dialog.askSecret(msg("ccxt.ask_api_key", { name }), { validate: secretShape })).trim(),
      secret: (await dialog.askSecret(msg("ccxt.ask_secret", { name }), { validate: secretShape })).trim(),
    };
    if (probe.requiredCredentials["password"]) creds.password = (await dialog.askSecret(msg("ccxt.ask_password", { name }), { validate: secretShape })).trim();
    if (probe.requiredCredentials["uid"]) creds.uid = (await dialog.askSecret(msg("ccxt.ask_uid", { name }), { validate: secretShape })).trim();
    await dialog.progress(msg("ccxt.checking", { name }));
    const ex = createExchange(ccxt, creds, opts);
    const secrets = [creds.apiKey, creds.secret, creds.password ?? "", creds.uid ?? ""];
    try {
      await ex.loadMarkets();
      const held = await readBalances(ex);
      await dialog.say(msg("ccxt.key_ok", { name, count: held.length }));
      await warnAboutRights(dialog, ex, name, ctx);
      return { label: name, credentials: creds };
    } catch (e) {
      const mappedError = toConnectorError(ccxt, e, exchangeId, secrets);
      if (!(mappedError instanceof ConnectorError) || mappedError.reason !== "Unauthorized") throw mappedError;
      ctx.logger.info({ exchange: exchangeId, attempt }, "exchange rejected the API key");
      if (attempt >= MAX_KEY_ATTEMPTS) {
        await dialog.say(msg("ccxt.rejected_final", { name }));
        throw mappedError;
      }
      await dialog.say(msg("ccxt.rejected", { name }));
    }
  }
}

async function chooseExchange(dialog: LinkDialog, ccxt: CcxtModule): Promise<string> {
  const common = COMMON_EXCHANGES.filter((id) => isKnownExchange(ccxt, id));
  const names = (id: string) => String(createExchange(ccxt, { exchange: id }).name ?? id);
  const picked = await dialog.choose(msg("ccxt.choose_exchange"), [...common.map((id) => ({ id, label: names(id) })), { id: "other", label: msg("ccxt.other") }]);
  if (picked !== "other") return picked;
  const id = await dialog.askText(msg("ccxt.ask_exchange_id"), {
    validate: (v) => {
      const candidate = v.trim().toLowerCase();
      if (!isKnownExchange(ccxt, candidate)) return msg("ccxt.unknown_exchange", { id: v.trim().slice(0, 40) });
      const ex = createExchange(ccxt, { exchange: candidate });
      if (WALLET_CREDENTIALS.some((k) => ex.requiredCredentials[k])) return msg("ccxt.unsupported_exchange", { name: String(ex.name ?? candidate) });
      return null;
    },
  });
  return id.trim().toLowerCase();
}

async function warnAboutRights(dialog: LinkDialog, ex: Parameters<typeof keyRights>[0], name: string, ctx: ConnectorContext): Promise<void> {
  let rights: Awaited<ReturnType<typeof keyRights>> = null;
  try {
    rights = await keyRights(ex);
  } catch (e) {
    if (e instanceof DialogCancelled) throw e;
    // The key works; an unanswered rights query only costs the warning.
    ctx.logger.info({ exchange: ex.id, err: e instanceof Error ? e.name : "unknown" }, "key rights unavailable");
  }
  if (!rights) return dialog.say(msg("ccxt.key_rights_unknown", { name }));
  if (rights.withdraw) await dialog.say(msg("ccxt.warn_withdraw"));
  if (rights.trade) await dialog.say(msg("ccxt.warn_trade"));
  if (!rights.withdraw && !rights.trade) await dialog.say(msg("ccxt.key_read_only", { name }));
}

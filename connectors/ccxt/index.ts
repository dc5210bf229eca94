// Crypto exchanges through ccxt: any exchange ccxt knows, read with an API key.
// ccxt itself is imported on the first link or sync only (exchange.ts).
import { registerMessages } from "../../src/i18n/index.ts";
import type { Connector } from "../types.ts";
import { credentialsSchema, type CcxtCredentials } from "./credentials.ts";
import type { ExchangeOptions } from "./exchange.ts";
import { linkCcxt } from "./link.ts";
import { ccxtMessages } from "./messages.ts";
import { HISTORY_DAYS, openCcxtSession } from "./session.ts";
import { ccxtSettingsSchema, exchangeOptions } from "./settings.ts";

registerMessages(ccxtMessages);

/** Tests pass `apiBaseUrl` (or set CCXT_API_URL) to point every instance at the fake exchange. */
export function createCcxtConnector(opts: ExchangeOptions = {}) {
  return {
    id: "ccxt",
    displayName: "Crypto exchange",
    kind: "exchange",
    credentialsSchema,
    settingsSchema: ccxtSettingsSchema,
    messages: ccxtMessages,
    limits: {
      // ccxt throttles each exchange to its documented weight; no daily quota applies to reads.
      callsPerDay: undefined,
      historyDays: HISTORY_DAYS,
      consentDays: undefined,
      // markets, balance, deposits, withdrawals, trades, ledger, tickers; per-symbol exchanges need more.
      callsPerSync: 8,
    },
    isAvailable: () => true,
    link: (dialog, ctx) => linkCcxt(dialog, ctx, exchangeOptions(ctx.settings, opts)),
    open: (credentials, ctx) => openCcxtSession(credentials, ctx, exchangeOptions(ctx.settings, opts)),
  } satisfies Connector<CcxtCredentials>;
}

export const ccxtConnector = createCcxtConnector();
export { credentialsSchema, type CcxtCredentials } from "./credentials.ts";

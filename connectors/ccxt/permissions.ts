// What an API key may do, where the exchange says so. ccxt has no unified
// call for this; Binance answers GET /sapi/v1/account/apiRestrictions.
// Anywhere else the answer is "unknown" and the person is asked to check.
import type { Exchange } from "./exchange.ts";

export interface KeyRights {
  trade: boolean;
  withdraw: boolean;
}

type Restrictions = Record<string, unknown>;

export async function keyRights(ex: Exchange): Promise<KeyRights | null> {
  const api = ex as unknown as { sapiGetAccountApiRestrictions?: () => Promise<Restrictions> };
  if (!ex.id.startsWith("binance") || typeof api.sapiGetAccountApiRestrictions !== "function") return null;
  const r = await api.sapiGetAccountApiRestrictions();
  const on = (k: string) => r[k] === true;
  return {
    trade: on("enableSpotAndMarginTrading") || on("enableMargin") || on("enableFutures") || on("enableVanillaOptions") || on("enablePortfolioMarginTrading"),
    withdraw: on("enableWithdrawals") || on("enableInternalTransfer") || on("permitsUniversalTransfer"),
  };
}

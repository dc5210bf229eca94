// A holding's value in the person's base currency, fixed at sync time so the
// net-worth history never changes when rates are refreshed later. The source's
// own price is kept (exchange ticker, IBKR mark price); only the currency
// conversion goes through FxRates, at the rate of the holding's own day.
import type { AccountKind, NormalizedHolding } from "../../connectors/types.ts";
import type { FxRates } from "../fx/types.ts";

export const ASSET_CLASSES = ["crypto", "stock", "fund", "bond", "option", "cash", "other"] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

/**
 * Stablecoins the ECB does not publish. When FxRates has no rate for the coin
 * and the exchange gave no fiat price for it (no USDT/EUR or USDT/USD market),
 * they are taken at their USD peg: one USDT = one USD.
 */
const USD_PEGGED = new Set(["USDT", "USDC"]);

export interface HoldingValuation {
  assetClass: AssetClass;
  /** null: no price from the source, or no rate to the base currency. */
  valueBase: string | null;
  baseCurrency: string;
  fxRate: string | null;
}

export function assetClassOf(h: Pick<NormalizedHolding, "assetClass">, accountType: AccountKind | string | undefined): AssetClass {
  if (h.assetClass) return h.assetClass;
  return accountType === "CRYPTO" ? "crypto" : "other";
}

const isZero = (s: string) => /^-?0*(\.0*)?$/.test(s);

export async function valueHolding(h: NormalizedHolding, opts: { fx: FxRates | undefined; baseCurrency: string; accountType?: string }): Promise<HoldingValuation> {
  const assetClass = assetClassOf(h, opts.accountType);
  const base = { assetClass, baseCurrency: opts.baseCurrency };
  const value = h.value ?? (isZero(h.quantity) ? "0" : null);
  if (value === null) return { ...base, valueBase: null, fxRate: null };
  if (h.currency === opts.baseCurrency) return { ...base, valueBase: value, fxRate: "1" };
  if (!opts.fx) return { ...base, valueBase: null, fxRate: null };
  const day = h.asOf.slice(0, 10);
  const direct = await opts.fx.convert(value, h.currency, opts.baseCurrency, day);
  if (direct) return { ...base, valueBase: direct.amount, fxRate: direct.rate.rate };
  const fiat = h.fiatValue;
  if (fiat) {
    // fxRate stays empty: the exchange's own price took the value to fiat, the rate only its second step.
    if (fiat.currency === opts.baseCurrency) return { ...base, valueBase: fiat.amount, fxRate: null };
    const viaExchange = await opts.fx.convert(fiat.amount, fiat.currency, opts.baseCurrency, day);
    if (viaExchange) return { ...base, valueBase: viaExchange.amount, fxRate: null };
  }
  const pegged = USD_PEGGED.has(h.currency) ? await opts.fx.convert(value, "USD", opts.baseCurrency, day) : null;
  return pegged ? { ...base, valueBase: pegged.amount, fxRate: pegged.rate.rate } : { ...base, valueBase: null, fxRate: null };
}

export async function valueHoldings(
  holdings: readonly NormalizedHolding[],
  opts: { fx: FxRates | undefined; baseCurrency: string; accountTypes: ReadonlyMap<string, string> },
): Promise<HoldingValuation[]> {
  const out: HoldingValuation[] = [];
  for (const h of holdings) out.push(await valueHolding(h, { fx: opts.fx, baseCurrency: opts.baseCurrency, accountType: opts.accountTypes.get(h.accountExternalId) }));
  return out;
}

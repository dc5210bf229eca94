// Balances as holdings, valued from the exchange's own tickers in the quote
// currency the person chose: coin/quote directly, else quote/coin inverted is
// not attempted (rounding an inverse is a guess); a coin without a market in
// the quote currency is kept with its quantity and no price. A stablecoin
// quote (USDT, USDC) also gets the exchange's own fiat price for it where it
// lists one (USDT/EUR), so the base-currency value needs no peg assumption.
import type { NormalizedHolding } from "../types.ts";
import type { Exchange } from "./exchange.ts";
import { decimalMul, toDecimal } from "./normalize.ts";
import { isIsoCurrency } from "../../src/format/currency-code.ts";

export interface Held {
  code: string;
  quantity: string;
}

export async function readBalances(ex: Exchange): Promise<Held[]> {
  const balance = (await ex.fetchBalance()) as unknown as { total?: Record<string, number | undefined> };
  const held: Held[] = [];
  for (const [code, total] of Object.entries(balance.total ?? {})) {
    const quantity = toDecimal(total);
    if (quantity && !/^-?0(\.0*)?$/.test(quantity)) held.push({ code, quantity });
  }
  return held.sort((a, b) => a.code.localeCompare(b.code));
}


/** Fiat currencies a stablecoin quote is priced in, in order of preference. */
const FIAT_QUOTES = ["EUR", "USD"];

export async function valueHoldings(ex: Exchange, held: Held[], quote: string, accountExternalId: string, asOf: string): Promise<NormalizedHolding[]> {
  const fiatSymbol = isIsoCurrency(quote) ? undefined : FIAT_QUOTES.map((f) => `${quote}/${f}`).find((s) => ex.markets?.[s]);
  const symbols = [...held.map((h) => `${h.code}/${quote}`), ...(fiatSymbol ? [fiatSymbol] : [])].filter((s, i, all) => ex.markets?.[s] && all.indexOf(s) === i);
  const last = new Map<string, number | undefined>();
  if (symbols.length && ex.has["fetchTickers"]) {
    const tickers = await ex.fetchTickers(symbols);
    for (const s of symbols) last.set(s, tickers[s]?.last ?? tickers[s]?.close);
  } else {
    for (const s of symbols) last.set(s, (await ex.fetchTicker(s)).last);
  }
  const fiatPrice = fiatSymbol ? toDecimal(last.get(fiatSymbol)) : null;
  return held.map((h) => {
    const price = h.code === quote ? "1" : toDecimal(last.get(`${h.code}/${quote}`));
    const value = price ? decimalMul(h.quantity, price) : null;
    return {
      accountExternalId,
      symbol: h.code,
      name: null,
      quantity: h.quantity,
      price,
      value,
      currency: quote,
      asOf,
      ...(fiatSymbol && fiatPrice && value ? { fiatValue: { amount: decimalMul(value, fiatPrice), currency: fiatSymbol.split("/")[1]! } } : {}),
      assetClass: isIsoCurrency(h.code) ? "cash" : "crypto",
    };
  });
}

// PLACEHOLDER, replaced on merge by the fx branch's ECB implementation with
// the same signature. It knows no rates: a currency converts only to itself
// (rate 1), anything else is null, so callers already handle "no rate".
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import type { FxRate, FxRates } from "./types.ts";

export type { FxRate, FxRates } from "./types.ts";

export function createFxRates(deps: { db: Db; logger: Logger; url?: string; now?: () => Date }): FxRates & { refresh(): Promise<void> } {
  void deps;
  const rateOn = async (from: string, to: string, date: string): Promise<FxRate | null> =>
    from === to ? { from, to, rate: "1", publishedOn: date, source: "identity" } : null;
  return {
    rateOn,
    async convert(amount, from, to, date) {
      const rate = await rateOn(from, to, date);
      return rate ? { amount, rate } : null;
    },
    async latestPublication() {
      return null;
    },
    async refresh() {},
  };
}

// An in-memory FxRates with fixed rates (the same on every day), for tests
// that need conversions without the ECB module. Exact decimal products.
import type { FxRate, FxRates } from "../../src/fx/types.ts";

function mul(a: string, b: string): string {
  const neg = a.startsWith("-") !== b.startsWith("-");
  const [ai, af = ""] = a.replace(/^-/, "").split(".");
  const [bi, bf = ""] = b.replace(/^-/, "").split(".");
  const scale = af.length + bf.length;
  const digits = (BigInt(ai! + af) * BigInt(bi! + bf)).toString().padStart(scale + 1, "0");
  const out = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return /^0(\.0*)?$/.test(out) ? out : (neg ? "-" : "") + out;
}

/** rates: "USD>EUR" → "0.92" (1 USD = 0.92 EUR). Only the listed direction exists. */
export function fixedFx(rates: Record<string, string>, published = "2024-01-01"): FxRates & { asked: string[] } {
  const asked: string[] = [];
  const rateOn = async (from: string, to: string, date: string): Promise<FxRate | null> => {
    asked.push(`${from}>${to}@${date}`);
    if (from === to) return { from, to, rate: "1", publishedOn: date, source: "fixed" };
    const rate = rates[`${from}>${to}`];
    return rate && date >= published ? { from, to, rate, publishedOn: published, source: "fixed" } : null;
  };
  return {
    asked,
    rateOn,
    async convert(amount, from, to, date) {
      const rate = await rateOn(from, to, date);
      return rate ? { amount: mul(amount, rate.rate), rate } : null;
    },
    async latestPublication() {
      return published;
    },
  };
}

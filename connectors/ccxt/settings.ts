// Instance settings. Both are optional, so the connector is always offered:
// CCXT_API_URL sends every exchange's REST calls to one base (a local fake in
// tests, or a vetted egress proxy); CCXT_RATE_LIMIT=false turns off ccxt's own
// throttle, which only makes sense against such a fake.
import { z } from "zod";
import type { ExchangeOptions } from "./exchange.ts";

export const ccxtSettingsSchema = z.object({
  CCXT_API_URL: z.string().url().optional(),
  CCXT_RATE_LIMIT: z.enum(["true", "false"]).optional(),
});

/** Explicit factory options win over settings. */
export function exchangeOptions(settings: Record<string, string | undefined>, explicit: ExchangeOptions): ExchangeOptions {
  const parsed = ccxtSettingsSchema.safeParse(settings);
  const s = parsed.success ? parsed.data : {};
  return {
    ...(s.CCXT_API_URL ? { apiBaseUrl: s.CCXT_API_URL } : {}),
    ...(s.CCXT_RATE_LIMIT ? { enableRateLimit: s.CCXT_RATE_LIMIT === "true" } : {}),
    ...explicit,
  };
}

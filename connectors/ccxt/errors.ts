// The one place where ccxt's error hierarchy becomes the engine's reasons.
// Order matters: PermissionDenied is an AuthenticationError, and
// RateLimitExceeded/DDoSProtection/RequestTimeout are NetworkErrors, so the
// specific classes are tested before their parents. Kraken reports its rate
// limit as DDoSProtection (connectors.md §4.3), hence both count as RateLimited.
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";
import type { CcxtModule } from "./exchange.ts";

/** Seconds an exchange asks us to wait after a rate limit when it says nothing itself. */
const RATE_LIMIT_BACKOFF_MS = 30_000;

export function toConnectorError(ccxt: CcxtModule, e: unknown, exchange: string, secrets: readonly string[] = []): unknown {
  if (e instanceof ConnectorError || !(e instanceof ccxt.BaseError)) return e;
  const reason = reasonOf(ccxt, e);
  // ccxt messages carry the exchange id, URL and response body; scrub the
  // credentials anyway in case an exchange echoes a key back.
  let text = e.message.slice(0, 300);
  for (const s of secrets) if (s.length >= 4) text = text.split(s).join("***");
  return new ConnectorError(reason, `${exchange}: ${e.constructor.name}: ${text}`, {
    provider: exchange,
    cause: e,
    ...(reason === "RateLimited" ? { retryAfterMs: RATE_LIMIT_BACKOFF_MS } : {}),
  });
}

function reasonOf(ccxt: CcxtModule, e: unknown): ConnectorErrorReason {
  if (e instanceof ccxt.AuthenticationError) return "Unauthorized"; // includes PermissionDenied, AccountNotEnabled
  if (e instanceof ccxt.AccountSuspended) return "Unauthorized";
  if (e instanceof ccxt.RateLimitExceeded || e instanceof ccxt.DDoSProtection) return "RateLimited";
  if (e instanceof ccxt.InvalidNonce) return "Unavailable"; // a clock or nonce race: the next attempt has a fresh nonce
  if (e instanceof ccxt.NetworkError) return "Unavailable"; // ExchangeNotAvailable, OnMaintenance, RequestTimeout
  if (e instanceof ccxt.BadResponse) return "BadResponse"; // an answer we cannot read: retrying reads it again
  if (e instanceof ccxt.OperationFailed) return "Unavailable"; // "internal error, try again" (Binance -1001)
  return "BadResponse"; // BadResponse, NullResponse, ExchangeError, BadRequest, NotSupported…
}

/** Runs a ccxt call and rethrows its failure as a ConnectorError. */
export async function mapped<T>(ccxt: CcxtModule, exchange: string, secrets: readonly string[], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toConnectorError(ccxt, e, exchange, secrets);
  }
}

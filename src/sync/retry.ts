// Backoff for one provider call. Full jitter (a random wait between 0 and the
// exponential cap) spreads retries of many connections instead of having them
// hit a recovering provider in lock-step.
import { ConnectorError } from "../../connectors/errors.ts";

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
  /** A provider asking us to wait longer than this fails the run instead of holding the lock. */
  maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseMs: 500, maxMs: 30_000, maxRetryAfterMs: 120_000 };

const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "ENETUNREACH", "EHOSTUNREACH"]);

function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const cause = (err as { cause?: unknown }).cause;
  return cause && cause !== err ? errorCode(cause) : undefined;
}

/** Worth trying again in the same run: the provider or the network hiccupped. */
export function isTransient(err: unknown): boolean {
  if (err instanceof ConnectorError) return err.transient;
  if (!(err instanceof Error)) return false;
  if (err.name === "AbortError" || err.name === "TimeoutError") return true;
  const code = errorCode(err);
  if (code && (NETWORK_CODES.has(code) || code.startsWith("UND_ERR_"))) return true;
  // undici reports a dropped connection as a bare TypeError("fetch failed").
  return err instanceof TypeError && err.message === "fetch failed";
}

export interface RetryDeps {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
}

export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, deps: RetryDeps): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= policy.maxAttempts || !isTransient(err)) throw err;
      const asked = err instanceof ConnectorError ? err.retryAfterMs : undefined;
      if (asked !== undefined && asked > (policy.maxRetryAfterMs ?? Infinity)) throw err;
      const waitMs = asked ?? backoffMs(policy, attempt, deps.random);
      deps.onRetry?.({ attempt, waitMs, error: err });
      await deps.sleep(waitMs);
    }
  }
}

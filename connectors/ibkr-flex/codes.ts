// Every Flex Web Service error code (connectors.md §5.2, from ibflex) and what
// it means for Kontor, in one table: the ConnectorError reason, and whether
// the client waits and asks again within the same call.
import type { ConnectorErrorReason } from "../errors.ts";

/** generating: the statement is being built; busy: the server is loaded; throttled: too many requests. */
export type RetryKind = "generating" | "busy" | "throttled";

export interface FlexCode {
  reason: ConnectorErrorReason;
  retry?: RetryKind;
  /** What the person must fix, for the link dialog; absent: nothing they can fix. */
  fix?: "token" | "query" | "ip" | "account";
  text: string;
}

export const FLEX_CODES: Readonly<Record<string, FlexCode>> = {
  "1003": { reason: "Unavailable", text: "Statement is not available" },
  "1004": { reason: "Unavailable", retry: "busy", text: "Statement is incomplete at this time" },
  "1005": { reason: "Unavailable", retry: "busy", text: "Settlement data is not ready" },
  "1006": { reason: "Unavailable", retry: "busy", text: "FIFO P/L data is not ready" },
  "1007": { reason: "Unavailable", retry: "busy", text: "MTM P/L data is not ready" },
  "1008": { reason: "Unavailable", retry: "busy", text: "MTM and FIFO P/L data is not ready" },
  "1009": { reason: "Unavailable", retry: "busy", text: "Server under heavy load" },
  "1010": { reason: "Unauthorized", fix: "query", text: "Legacy Flex Queries are no longer supported" },
  "1011": { reason: "Unauthorized", fix: "account", text: "Service account is inactive" },
  "1012": { reason: "ConsentExpired", fix: "token", text: "Token has expired" },
  "1013": { reason: "Unauthorized", fix: "ip", text: "IP restriction" },
  "1014": { reason: "Unauthorized", fix: "query", text: "Query is invalid" },
  "1015": { reason: "Unauthorized", fix: "token", text: "Token is invalid" },
  "1016": { reason: "Unauthorized", fix: "account", text: "Account is invalid" },
  "1017": { reason: "BadResponse", text: "Reference code is invalid" },
  "1018": { reason: "RateLimited", retry: "throttled", text: "Too many requests from this token" },
  "1019": { reason: "Unavailable", retry: "generating", text: "Statement generation in progress" },
  "1020": { reason: "BadResponse", text: "Invalid request or unable to validate request" },
  "1021": { reason: "Unavailable", retry: "busy", text: "Statement could not be retrieved at this time" },
};

const UNKNOWN: FlexCode = { reason: "BadResponse", text: "Unknown Flex error" };

export function flexCode(code: string): FlexCode {
  return FLEX_CODES[code] ?? UNKNOWN;
}

/**
 * Bounded waits before asking again (ibflex waits 5 s for 1009/1019 and 10 s
 * for 1018, five tries); we double from there and stop after `tries`, about a
 * minute and a half at most, so one sync never holds its lock for long. When
 * the tries are used up, `laterMs` becomes the error's retryAfterMs: longer
 * than the engine waits within a run, so the next scheduled sync tries again
 * instead of the engine repeating the whole request at once.
 */
export const RETRY_POLICY: Readonly<Record<RetryKind, { firstMs: number; maxMs: number; tries: number; laterMs: number }>> = {
  generating: { firstMs: 5_000, maxMs: 30_000, tries: 5, laterMs: 15 * 60_000 },
  busy: { firstMs: 5_000, maxMs: 30_000, tries: 3, laterMs: 15 * 60_000 },
  throttled: { firstMs: 10_000, maxMs: 30_000, tries: 3, laterMs: 10 * 60_000 },
};

export function retryDelayMs(kind: RetryKind, attempt: number): number {
  const p = RETRY_POLICY[kind];
  return Math.min(p.firstMs * 2 ** attempt, p.maxMs);
}

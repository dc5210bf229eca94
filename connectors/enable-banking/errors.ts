// Enable Banking's ErrorResponse names the failure in `error`; branch on it,
// never on `message` (open-banking.md §1.7). This is the only mapping to
// Kontor's typed reasons.
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";

/** Banks allow ~4 background reads a day and recover after about six hours. */
export const RATE_LIMIT_BACKOFF_MS = 6 * 60 * 60 * 1000;

const BY_CODE: Record<string, ConnectorErrorReason> = {
  EXPIRED_SESSION: "ConsentExpired",
  CLOSED_SESSION: "ConsentExpired",
  REVOKED_SESSION: "ConsentExpired",
  SESSION_DOES_NOT_EXIST: "ConsentExpired",
  WRONG_SESSION_STATUS: "ConsentExpired",
  ASPSP_PSU_ACTION_REQUIRED: "ConsentExpired",
  INVALID_ACCOUNT_ID: "ConsentExpired",
  ASPSP_RATE_LIMIT_EXCEEDED: "RateLimited",
  ASPSP_ERROR: "Unavailable",
  ASPSP_TIMEOUT: "Unavailable",
  UNAUTHORIZED_ACCESS: "Unauthorized",
  AUTHORIZATION_NOT_PROVIDED: "Unauthorized",
  ACCESS_DENIED: "Unauthorized",
  UNAUTHORIZED_IP: "Unauthorized",
  INVALID_HOST: "Unauthorized",
  NO_ACCOUNTS_ADDED: "Unauthorized",
};

/** Steps of linking the person can simply try again. */
export const LINK_RETRY_CODES = new Set(["WRONG_AUTHORIZATION_CODE", "EXPIRED_AUTHORIZATION_CODE", "ALREADY_AUTHORIZED"]);

export class EnableBankingError extends ConnectorError {
  override name = "EnableBankingError";
  constructor(
    reason: ConnectorErrorReason,
    message: string,
    readonly code: string | null,
    readonly detail: unknown = null,
    opts: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(reason, message, { ...opts, provider: "enable-banking" });
  }
}

export function errorFromResponse(status: number, body: unknown): EnableBankingError {
  const obj = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof obj.error === "string" ? obj.error : null;
  const reason: ConnectorErrorReason =
    (code ? BY_CODE[code] : undefined) ?? (status === 401 || status === 403 ? "Unauthorized" : status === 429 ? "RateLimited" : status >= 500 || status === 408 ? "Unavailable" : "BadResponse");
  const retryAfterMs = reason === "RateLimited" ? RATE_LIMIT_BACKOFF_MS : undefined;
  return new EnableBankingError(reason, `Enable Banking answered ${status}${code ? ` ${code}` : ""}`, code, obj.detail ?? null, retryAfterMs ? { retryAfterMs } : {});
}

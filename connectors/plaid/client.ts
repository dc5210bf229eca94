// Plaid: every endpoint is a POST with client_id and secret in the body; the
// error's error_code decides, never the HTTP status (connectors.md §3.1).
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";
import type { ConnectorContext } from "../types.ts";
import type { PlaidSettings } from "./settings.ts";

const TIMEOUT_MS = 30_000;

const BY_CODE: Record<string, ConnectorErrorReason> = {
  ITEM_LOGIN_REQUIRED: "ConsentExpired",
  PENDING_EXPIRATION: "ConsentExpired",
  USER_PERMISSION_REVOKED: "ConsentExpired",
  INVALID_ACCESS_TOKEN: "Unauthorized",
  INVALID_API_KEYS: "Unauthorized",
  INVALID_PUBLIC_TOKEN: "Unauthorized",
  ITEM_NOT_FOUND: "Unauthorized",
};

export class PlaidError extends ConnectorError {
  override name = "PlaidError";
  constructor(reason: ConnectorErrorReason, message: string, readonly code: string | null, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(reason, message, { ...opts, provider: "plaid" });
  }
}

export interface PlaidClient {
  post<T>(path: string, body: Record<string, unknown>, schema: z.ZodType<T>): Promise<T>;
}

export function createClient(settings: PlaidSettings, ctx: ConnectorContext): PlaidClient {
  const base = settings.PLAID_API_URL.replace(/\/+$/, "");
  let secret: string | null = null;
  return {
    async post(path, body, schema) {
      try {
        secret ??= readFileSync(settings.PLAID_SECRET_FILE, "utf8").trim();
      } catch (err) {
        throw new PlaidError("Unauthorized", "the Plaid secret file cannot be read", null, { cause: err });
      }
      let res: Response;
      try {
        res = await (ctx.fetch ?? fetch)(`${base}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", "Plaid-Version": "2020-09-14" },
          body: JSON.stringify({ client_id: settings.PLAID_CLIENT_ID, secret, ...body }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (err) {
        throw new PlaidError("Unavailable", "Plaid is unreachable", null, { cause: err });
      }
      let json: unknown = null;
      try {
        json = await res.json();
      } catch {
        json = null;
      }
      ctx.logger.debug({ path, status: res.status }, "plaid call");
      if (!res.ok) {
        const e = (json ?? {}) as { error_type?: string; error_code?: string };
        const code = e.error_code ?? null;
        const reason: ConnectorErrorReason =
          (code ? BY_CODE[code] : undefined) ??
          (e.error_type === "RATE_LIMIT_EXCEEDED" || res.status === 429 ? "RateLimited" : e.error_type === "INSTITUTION_ERROR" || e.error_type === "API_ERROR" || res.status >= 500 ? "Unavailable" : "BadResponse");
        throw new PlaidError(reason, `Plaid answered ${res.status}${code ? ` ${code}` : ""}`, code, reason === "RateLimited" ? { retryAfterMs: 60_000 } : {});
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new PlaidError("BadResponse", `unexpected response from Plaid ${path}`, null);
      return parsed.data;
    },
  };
}

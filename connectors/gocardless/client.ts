// HTTP to GoCardless Bank Account Data: a bearer token from the secret pair
// (24 h access, 30 d refresh, shared by every connection of this process),
// one refresh-and-retry on an invalid token, typed errors.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";
import type { ConnectorContext } from "../types.ts";
import type { GocardlessSettings } from "./settings.ts";

const TIMEOUT_MS = 30_000;
/** Banks allow 4 reads per account and scope a day; without a reset header wait this long. */
const BANK_LIMIT_BACKOFF_MS = 6 * 60 * 60 * 1000;

export class GocardlessError extends ConnectorError {
  override name = "GocardlessError";
  constructor(reason: ConnectorErrorReason, message: string, readonly status: number, readonly summary: string | null, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(reason, message, { ...opts, provider: "gocardless" });
  }
}

interface Tokens {
  access: string;
  accessUntil: number;
  refresh: string;
  refreshUntil: number;
}
const tokens = new Map<string, Tokens>();

function header(res: Response, name: string): string | null {
  // Documented as HTTP_X_RATELIMIT_…; clients also see the hyphenated form.
  return res.headers.get(name) ?? res.headers.get(name.replace(/_/g, "-")) ?? res.headers.get(name.replace(/^HTTP_/, "").replace(/_/g, "-"));
}

function errorOf(res: Response, body: unknown): GocardlessError {
  const obj = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const summary = typeof obj.summary === "string" ? obj.summary : null;
  const text = `${summary ?? ""} ${typeof obj.detail === "string" ? obj.detail : ""} ${typeof obj.type === "string" ? obj.type : ""}`;
  let reason: ConnectorErrorReason = "BadResponse";
  let retryAfterMs: number | undefined;
  if (res.status === 429) {
    reason = "RateLimited";
    const reset = Number(header(res, "HTTP_X_RATELIMIT_ACCOUNT_SUCCESS_RESET") ?? header(res, "HTTP_X_RATELIMIT_RESET"));
    retryAfterMs = Number.isFinite(reset) && reset > 0 ? reset * 1000 : BANK_LIMIT_BACKOFF_MS;
  } else if (res.status === 401 && /expired|AccessExpired|AccountInactive/i.test(text)) reason = "ConsentExpired";
  else if (res.status === 401 || res.status === 403) reason = "Unauthorized";
  else if (res.status === 409 && /suspended/i.test(text)) reason = "ConsentExpired";
  else if (res.status === 409 || res.status >= 500) reason = "Unavailable";
  return new GocardlessError(reason, `GoCardless answered ${res.status}${summary ? ` (${summary})` : ""}`, res.status, summary, retryAfterMs ? { retryAfterMs } : {});
}

export interface GocardlessClient {
  request<T>(method: "GET" | "POST" | "DELETE", path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
}

export function createClient(settings: GocardlessSettings, ctx: ConnectorContext): GocardlessClient {
  const base = settings.GOCARDLESS_API_URL.replace(/\/+$/, "");
  const doFetch = ctx.fetch ?? fetch;
  const now = () => ctx.now().getTime();

  async function raw(method: string, path: string, body: unknown, bearer: string | null): Promise<{ res: Response; json: unknown }> {
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers: { accept: "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new GocardlessError("Unavailable", "GoCardless is unreachable", 0, null, { cause: err });
    }
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    ctx.logger.debug({ method, path: path.replace(/[0-9a-f-]{20,}/gi, ":id"), status: res.status }, "gocardless call");
    return { res, json };
  }

  async function newTokens(): Promise<Tokens> {
    let secretKey: string;
    try {
      secretKey = readFileSync(settings.GOCARDLESS_SECRET_KEY_FILE, "utf8").trim();
    } catch (err) {
      throw new GocardlessError("Unauthorized", "the GoCardless secret key file cannot be read", 0, null, { cause: err });
    }
    const { res, json } = await raw("POST", "/token/new/", { secret_id: settings.GOCARDLESS_SECRET_ID, secret_key: secretKey }, null);
    if (!res.ok) throw errorOf(res, json);
    const t = json as { access: string; access_expires: number; refresh: string; refresh_expires: number };
    return { access: t.access, accessUntil: now() + (t.access_expires - 60) * 1000, refresh: t.refresh, refreshUntil: now() + (t.refresh_expires - 60) * 1000 };
  }

  async function bearer(force = false): Promise<string> {
    const key = `${base} ${settings.GOCARDLESS_SECRET_ID}`;
    let t = tokens.get(key);
    if (!force && t && t.accessUntil > now()) return t.access;
    if (t && t.refreshUntil > now()) {
      const { res, json } = await raw("POST", "/token/refresh/", { refresh: t.refresh }, null);
      if (res.ok) {
        const r = json as { access: string; access_expires: number };
        t = { ...t, access: r.access, accessUntil: now() + (r.access_expires - 60) * 1000 };
        tokens.set(key, t);
        return t.access;
      }
    }
    t = await newTokens();
    tokens.set(key, t);
    return t.access;
  }

  return {
    async request(method, path, body, schema) {
      let { res, json } = await raw(method, path, body, await bearer());
      // An access token the server no longer accepts: renew once (an expired agreement is a different 401).
      if (res.status === 401 && /invalid token/i.test(JSON.stringify(json))) {
        ({ res, json } = await raw(method, path, body, await bearer(true)));
      }
      if (!res.ok) throw errorOf(res, json);
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new GocardlessError("BadResponse", `unexpected response from GoCardless (${method} ${path.replace(/[0-9a-f-]{20,}/gi, ":id")})`, res.status, null);
      return parsed.data;
    },
  };
}

// HTTP to the Enable Banking API: JSON in and out, the app JWT on every
// request, typed errors, and responses validated before anyone reads them.
import type { z } from "zod";
import type { ConnectorContext } from "../types.ts";
import { EnableBankingError, errorFromResponse } from "./errors.ts";
import { AppToken } from "./jwt.ts";
import type { EnableBankingSettings } from "./settings.ts";

const TIMEOUT_MS = 30_000;

export interface EnableBankingClient {
  get<T>(path: string, query: Record<string, string | undefined>, schema: z.ZodType<T>): Promise<T>;
  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  delete(path: string): Promise<void>;
}

export function createClient(settings: EnableBankingSettings, ctx: ConnectorContext): EnableBankingClient {
  const token = new AppToken(settings.ENABLE_BANKING_APP_ID, settings.ENABLE_BANKING_KEY_FILE, ctx.now);
  const doFetch = ctx.fetch ?? fetch;
  const base = settings.ENABLE_BANKING_API_URL.replace(/\/+$/, "");

  async function call(method: string, path: string, init: { query?: Record<string, string | undefined>; body?: unknown }): Promise<unknown> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    let jwt: string;
    try {
      jwt = token.get();
    } catch (err) {
      throw new EnableBankingError("Unauthorized", "the Enable Banking key file cannot be read", null, null, { cause: err });
    }
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers: { authorization: `Bearer ${jwt}`, accept: "application/json", ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new EnableBankingError("Unavailable", `Enable Banking unreachable (${method} ${path})`, null, null, { cause: err });
    }
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // A proxy's HTML error page: the status decides.
      body = null;
    }
    ctx.logger.debug({ method, path, status: res.status }, "enable banking call");
    if (!res.ok) throw errorFromResponse(res.status, body);
    return body;
  }

  function validate<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new EnableBankingError("BadResponse", `unexpected ${what} response from Enable Banking`, null, parsed.error.issues.slice(0, 3));
    return parsed.data;
  }

  return {
    async get(path, query, schema) {
      return validate(schema, await call("GET", path, { query }), `GET ${path.replace(/\/[0-9a-f-]{16,}/gi, "/:id")}`);
    },
    async post(path, body, schema) {
      return validate(schema, await call("POST", path, { body }), `POST ${path}`);
    },
    async delete(path) {
      await call("DELETE", path, {});
    },
  };
}

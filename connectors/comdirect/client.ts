// HTTP to api.comdirect.de: the mandatory x-http-request-info header on every
// call, typed errors, zod at the edge, and a client-side 10 requests/s cap.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ConnectorContext } from "../types.ts";
import { ComdirectError, errorFromResponse } from "./errors.ts";

export const DEFAULT_BASE_URL = "https://api.comdirect.de";
/** go-comdirect's README: "10 requests per second are allowed by comdirect" [community]. */
const MAX_PER_SECOND = 10;

export interface RequestOptions<T> {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  /** Short name for logs and error messages, never containing data. */
  what: string;
  schema: z.ZodType<T>;
  token?: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface ComdirectResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A client session id as comdirect wants it: at most 32 hex characters. */
export function newClientSessionId(): string {
  return randomUUID().replaceAll("-", "");
}

const responseInfo = z.object({ messages: z.array(z.object({ severity: z.string().optional(), key: z.string().optional() })).default([]) });

export class ComdirectClient {
  private lastRequestId = -1;
  private recent: number[] = [];
  readonly baseUrl: string;

  constructor(
    private readonly ctx: ConnectorContext,
    readonly sessionId: string,
  ) {
    this.baseUrl = (ctx.settings.COMDIRECT_API_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  }

  /** Unique within the session, 9 digits, shaped like the spec's HHmmssSSS example. */
  private nextRequestId(): string {
    const d = this.ctx.now();
    let id = ((d.getUTCHours() * 100 + d.getUTCMinutes()) * 100 + d.getUTCSeconds()) * 1000 + d.getUTCMilliseconds();
    if (id <= this.lastRequestId) id = (this.lastRequestId + 1) % 1_000_000_000;
    this.lastRequestId = id;
    return String(id).padStart(9, "0");
  }

  private async throttle(): Promise<void> {
    const now = this.ctx.now().getTime();
    this.recent = this.recent.filter((t) => now - t < 1000);
    const oldest = this.recent[0];
    if (this.recent.length >= MAX_PER_SECOND && oldest !== undefined) {
      const wait = 1000 - (now - oldest);
      await (this.ctx.sleep ? this.ctx.sleep(wait) : new Promise((r) => setTimeout(r, wait)));
    }
    this.recent.push(this.ctx.now().getTime());
  }

  async request<T>(opts: RequestOptions<T>): Promise<ComdirectResponse<T>> {
    await this.throttle();
    const requestId = this.nextRequestId();
    const url = new URL(this.baseUrl + opts.path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {
      Accept: "application/json",
      "x-http-request-info": JSON.stringify({ clientRequestId: { sessionId: this.sessionId, requestId } }),
      ...opts.headers,
    };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(opts.form).toString();
    } else if (opts.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(opts.json);
    }
    const doFetch = this.ctx.fetch ?? globalThis.fetch;
    const started = Date.now();
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, { method: opts.method, headers, body });
      text = await res.text();
    } catch (cause) {
      const code = (cause as { cause?: { code?: string } }).cause?.code;
      // A photoTAN PNG travels in a response header; Node refuses headers over 16 KiB.
      if (code === "UND_ERR_HEADERS_OVERFLOW") {
        throw new ComdirectError("BadResponse", `comdirect ${opts.what}: response headers too large for this client`, { cause });
      }
      throw new ComdirectError("Unavailable", `comdirect ${opts.what}: network error${code ? ` (${code})` : ""}`, { cause });
    }
    this.ctx.logger.debug({ provider: "comdirect", what: opts.what, method: opts.method, status: res.status, requestId, ms: Date.now() - started }, "comdirect request");
    this.logResponseInfo(res.headers, opts.what);
    if (!res.ok) throw errorFromResponse(res.status, text, res.headers, opts.what, this.ctx.now());
    let json: unknown = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new ComdirectError("BadResponse", `comdirect ${opts.what}: body is not JSON`, { status: res.status, cause });
      }
    }
    const parsed = opts.schema.safeParse(json);
    if (!parsed.success) {
      // Only paths and issue codes: the values may be balances or names.
      const where = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`).join("; ");
      throw new ComdirectError("BadResponse", `comdirect ${opts.what}: unexpected response (${where})`, { status: res.status });
    }
    return { status: res.status, body: parsed.data, headers: res.headers };
  }

  /** comdirect may attach WARN/INFO messages to a 200; keep the keys for diagnosis. */
  private logResponseInfo(headers: Headers, what: string): void {
    const raw = headers.get("x-http-response-info");
    if (!raw) return;
    let parsed: z.infer<typeof responseInfo> | null = null;
    try {
      const result = responseInfo.safeParse(JSON.parse(raw));
      parsed = result.success ? result.data : null;
    } catch (cause) {
      this.ctx.logger.debug({ provider: "comdirect", what, err: String(cause) }, "unreadable x-http-response-info");
      return;
    }
    const notes = (parsed?.messages ?? []).filter((m) => m.severity === "WARN" || m.severity === "INFO");
    if (notes.length) this.ctx.logger.warn({ provider: "comdirect", what, messages: notes.map((m) => `${m.severity}:${m.key}`) }, "comdirect response info");
  }
}

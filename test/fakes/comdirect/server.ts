// A node:http stand-in for api.comdirect.de (checklist §1.5 of
// /work/shared/connectors.md). Time comes from setNow/advance, never the wall clock.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as auth from "./auth-routes.ts";
import * as data from "./data-routes.ts";
import { DEFAULT_ACCOUNTS, generateTransactions, type RawTransaction } from "./data.ts";
import { photoTanPng } from "./png.ts";
import { errorBody, type ComdirectFakeOptions, type FakeReply, type FakeState, type FakeToken } from "./state.ts";

export type { ComdirectFakeOptions, FakeState } from "./state.ts";

export interface ComdirectFake {
  url: string;
  state: FakeState;
  config: auth.FakeConfig;
  close(): Promise<void>;
  now(): Date;
  setNow(date: Date): void;
  advance(ms: number): void;
  /** The next matching request gets this reply instead (e.g. a 422 or a 503). */
  failNext(reply: FakeReply, match?: RegExp): void;
  /** The next n requests get 429. */
  rateLimitNext(n?: number): void;
  addTransactions(accountId: string, rows: RawTransaction[]): void;
}

const SESSIONS = "/api/session/clients/user/v1/sessions";

function scopeOk(token: FakeToken, path: string): boolean {
  const scopes = token.scope.split(" ");
  if (path.startsWith("/api/banking/")) return scopes.includes("BANKING_RO") || scopes.includes("BANKING_RW");
  if (path.startsWith("/api/brokerage/")) return scopes.includes("BROKERAGE_RW") || scopes.includes("BROKERAGE_RO");
  if (path.startsWith("/api/session/")) return scopes.includes("TWO_FACTOR") || scopes.includes("SESSION_RW");
  return true;
}

function requestInfo(header: string | undefined): { sessionId: string; requestId: string } | null {
  if (!header) return null;
  try {
    const parsed = JSON.parse(header) as { clientRequestId?: { sessionId?: unknown; requestId?: unknown } };
    const { sessionId, requestId } = parsed.clientRequestId ?? {};
    if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 32 || !/^[0-9a-fA-F]+$/.test(sessionId)) return null;
    if (typeof requestId !== "string" || !/^\d{9}$/.test(requestId)) return null;
    return { sessionId, requestId };
  } catch {
    return null; // malformed JSON is rejected like a missing header
  }
}

export async function startComdirectFake(opts: ComdirectFakeOptions = {}): Promise<ComdirectFake> {
  const config: auth.FakeConfig = {
    clientId: opts.clientId ?? "User_4E1A5C",
    clientSecret: opts.clientSecret ?? "s3cr3t-client",
    zugangsnummer: opts.zugangsnummer ?? "12341234",
    pin: opts.pin ?? "987654",
    tan: opts.tan ?? "123456",
    tanMethods: opts.tanMethods ?? ["P_TAN"],
    pushPendingPolls: opts.pushPendingPolls ?? 2,
    maskedPhone: opts.maskedPhone ?? "+49-160-99XXXX",
    accessLifetimeS: opts.accessLifetimeS ?? 599,
    refreshLifetimeS: opts.refreshLifetimeS ?? 1200,
    badCredentials: opts.badCredentials ?? { status: 400, body: { error: "invalid_grant", error_description: "Bad credentials" } },
    photoTanBase64: photoTanPng(opts.photoTan).toString("base64"),
  };
  const accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
  const start = opts.now ?? new Date("2026-05-04T08:00:00Z");
  const state: FakeState = {
    nowMs: start.getTime(),
    requests: [],
    tokens: new Map(),
    logins: new Map(),
    challenges: new Map(),
    challengesWithoutSuccess: 0,
    wrongTans: 0,
    locked: false,
    counters: { passwordGrants: 0, secondaryGrants: 0, refreshes: 0, challenges: 0, tanAttempts: 0, polls: 0, revokes: 0, duplicateRequestIds: 0 },
    accounts,
    transactions: new Map(),
    depots: opts.depots ?? [],
    injected: [],
  };
  accounts.forEach((a, i) => {
    const seed = i === 0 && opts.transactions !== undefined ? opts.transactions : a.transactions ?? [];
    state.transactions.set(a.accountId, typeof seed === "number" ? generateTransactions(seed, start, a.currency) : [...seed]);
  });
  let rateLimitCount = 0;
  const seenRequestIds = new Set<string>();

  function route(method: string, path: string, req: auth.FakeRequest): FakeReply {
    let m: RegExpMatchArray | null;
    if (method === "POST" && path === "/oauth/token") return auth.tokenGrant(state, config, req);
    if (method === "DELETE" && path === "/oauth/revoke") return auth.revoke(state, req);
    if (method === "GET" && path === SESSIONS) return auth.getSessions(state, req);
    if (method === "POST" && (m = path.match(/^\/api\/session\/clients\/user\/v1\/sessions\/([^/]+)\/validate$/))) return auth.validateSession(state, config, req, m[1] ?? "");
    if (method === "PATCH" && (m = path.match(/^\/api\/session\/clients\/user\/v1\/sessions\/([^/]+)$/))) return auth.activateSession(state, config, req, m[1] ?? "");
    if (method === "GET" && (m = path.match(/^\/api\/session\/v1\/authentications\/([^/]+)$/))) return auth.pollAuthentication(state, config, m[1] ?? "");
    if (method === "GET" && path === "/api/banking/clients/user/v2/accounts/balances") return data.balances(state);
    if (method === "GET" && (m = path.match(/^\/api\/banking\/v2\/accounts\/([^/]+)\/balances$/))) return data.singleBalance(state, m[1] ?? "");
    if (method === "GET" && (m = path.match(/^\/api\/banking\/v1\/accounts\/([^/]+)\/transactions$/))) return data.transactions(state, m[1] ?? "", req.query);
    if (method === "GET" && path === "/api/brokerage/clients/user/v3/depots") return data.depots(state);
    if (method === "GET" && (m = path.match(/^\/api\/brokerage\/v3\/depots\/([^/]+)\/positions$/))) return data.positions(state, m[1] ?? "");
    return { status: 404 };
  }

  function handle(method: string, url: URL, headers: Record<string, string | undefined>, body: string): FakeReply & { info: ReturnType<typeof requestInfo> } {
    const path = url.pathname;
    const info = requestInfo(headers["x-http-request-info"]);
    const windowStart = state.nowMs - 1000;
    const recent = state.requests.filter((r) => r.at > windowStart).length;
    if (rateLimitCount > 0 || (opts.maxRequestsPerSecond !== undefined && recent >= opts.maxRequestsPerSecond)) {
      rateLimitCount = Math.max(0, rateLimitCount - 1);
      return { info, ...(opts.rateLimitReply ?? { status: 429, headers: { "retry-after": "2" }, body: errorBody("too.many.requests", "rate.limit", "Zu viele Anfragen.") }) };
    }
    const injectedAt = state.injected.findIndex((i) => i.match.test(path));
    if (injectedAt >= 0) return { info, ...state.injected.splice(injectedAt, 1)[0]!.reply };
    if (path.startsWith("/api/")) {
      if (!info) return { info, status: 422, body: errorBody("request.header.invalid", "x-http-request-info.invalid", "Header x-http-request-info fehlt oder ist ungültig.") };
      const key = `${info.sessionId}/${info.requestId}`;
      if (seenRequestIds.has(key)) state.counters.duplicateRequestIds++;
      seenRequestIds.add(key);
    }
    let token: FakeToken | null = null;
    if (path.startsWith("/api/") || path === "/oauth/revoke") {
      const bearer = headers.authorization?.match(/^Bearer (.+)$/)?.[1];
      const found = bearer ? state.tokens.get(bearer) : undefined;
      if (!found || found.kind !== "access" || found.revoked || found.expiresAt <= state.nowMs) {
        return { info, status: 401, body: { error: "invalid_token", error_description: "Access token expired or invalid" } };
      }
      if (!scopeOk(found, path)) return { info, status: 403, body: { error: "insufficient_scope", error_description: "Token scope does not allow this call" } };
      token = found;
    }
    const reply = route(method, path, { method, path, query: url.searchParams, headers, body, token });
    if (opts.responseInfoWarnings && reply.status === 200 && /^\/api\/(banking|brokerage)\//.test(path)) {
      const messages = [{ severity: "WARN", key: "service.degraded", message: "Daten eventuell unvollständig.", args: {}, origin: [] }];
      reply.headers = { ...reply.headers, "x-http-response-info": JSON.stringify({ messages }) };
    }
    return { info, ...reply };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(", ") : v;
      const method = req.method ?? "GET";
      const reply = handle(method, url, headers, Buffer.concat(chunks).toString("utf8"));
      state.requests.push({
        method,
        path: url.pathname,
        query: url.search,
        status: reply.status,
        at: state.nowMs,
        requestInfo: reply.info,
        onceAuthInfo: headers["x-once-authentication-info"] ?? null,
      });
      const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...(payload ? { "content-type": "application/json" } : {}), ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    config,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
    now: () => new Date(state.nowMs),
    setNow: (date) => {
      state.nowMs = date.getTime();
    },
    advance: (ms) => {
      state.nowMs += ms;
    },
    failNext: (reply, match = /./) => {
      state.injected.push({ match, reply });
    },
    rateLimitNext: (n = 1) => {
      rateLimitCount += n;
    },
    addTransactions: (accountId, rows) => {
      state.transactions.set(accountId, [...(state.transactions.get(accountId) ?? []), ...rows]);
    },
  };
}

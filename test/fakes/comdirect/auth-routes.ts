// OAuth grants, session TAN challenge/activation and push polling, as in
// /work/shared/connectors.md §1.2, including comdirect's lock-out rules.
import type { TanType } from "./data.ts";
import { hex, unprocessable, type FakeReply, type FakeState, type FakeToken } from "./state.ts";

export interface FakeConfig {
  clientId: string;
  clientSecret: string;
  zugangsnummer: string;
  pin: string;
  tan: string;
  tanMethods: TanType[];
  pushPendingPolls: number;
  maskedPhone: string;
  accessLifetimeS: number;
  refreshLifetimeS: number;
  badCredentials: FakeReply;
  photoTanBase64: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
  token: FakeToken | null;
}

const oauthError = (status: number, error: string, description: string): FakeReply => ({
  status,
  body: { error, error_description: description },
});

function issuePair(state: FakeState, cfg: FakeConfig, scope: string, loginId: string): FakeReply {
  const access = hex(16);
  const refresh = hex(16);
  const base = { scope, loginId, revoked: false, used: false };
  state.tokens.set(access, { ...base, value: access, kind: "access", expiresAt: state.nowMs + cfg.accessLifetimeS * 1000, partner: refresh });
  state.tokens.set(refresh, { ...base, value: refresh, kind: "refresh", expiresAt: state.nowMs + cfg.refreshLifetimeS * 1000, partner: access });
  return {
    status: 200,
    body: {
      access_token: access,
      token_type: "bearer",
      refresh_token: refresh,
      expires_in: cfg.accessLifetimeS,
      scope,
      kdnr: "1234567890",
      // The PDF says string, live clients see numbers: the fake sends both kinds.
      bpid: 1234567,
      kontaktId: "1234567890",
    },
  };
}

export function tokenGrant(state: FakeState, cfg: FakeConfig, req: FakeRequest): FakeReply {
  const form = new URLSearchParams(req.body);
  if (form.get("client_id") !== cfg.clientId || form.get("client_secret") !== cfg.clientSecret) {
    return oauthError(401, "invalid_client", "Bad client credentials");
  }
  const grant = form.get("grant_type");
  if (grant === "password") {
    if (state.locked) return unprocessable("login.locked", "Der Zugang ist gesperrt.");
    if (form.get("username") !== cfg.zugangsnummer || form.get("password") !== cfg.pin) return cfg.badCredentials;
    state.counters.passwordGrants++;
    const loginId = hex(8);
    state.logins.set(loginId, { id: loginId, identifier: hex(16), activated: false });
    return issuePair(state, cfg, "TWO_FACTOR", loginId);
  }
  if (grant === "cd_secondary") {
    const first = state.tokens.get(form.get("token") ?? "");
    if (!first || first.kind !== "access" || first.revoked || first.expiresAt <= state.nowMs || first.scope !== "TWO_FACTOR") {
      return oauthError(401, "invalid_token", "Invalid token");
    }
    if (!state.logins.get(first.loginId)?.activated) return unprocessable("session.not.activated", "Session-TAN nicht aktiviert.");
    state.counters.secondaryGrants++;
    return issuePair(state, cfg, "BANKING_RO BROKERAGE_RW SESSION_RW", first.loginId);
  }
  if (grant === "refresh_token") {
    const old = state.tokens.get(form.get("refresh_token") ?? "");
    if (!old || old.kind !== "refresh" || old.revoked || old.used || old.expiresAt <= state.nowMs) {
      return oauthError(400, "invalid_grant", "Invalid refresh token");
    }
    old.used = true;
    const oldAccess = state.tokens.get(old.partner);
    if (oldAccess) oldAccess.revoked = true;
    state.counters.refreshes++;
    return issuePair(state, cfg, old.scope, old.loginId);
  }
  return oauthError(400, "unsupported_grant_type", "Unsupported grant type");
}

export function revoke(state: FakeState, req: FakeRequest): FakeReply {
  const token = req.token;
  if (!token) return oauthError(401, "invalid_token", "Invalid token");
  state.counters.revokes++;
  token.revoked = true;
  const partner = state.tokens.get(token.partner);
  if (partner) partner.revoked = true;
  const login = state.logins.get(token.loginId);
  if (login) login.activated = false;
  return { status: 204 };
}

function loginFor(state: FakeState, req: FakeRequest, identifier: string | undefined) {
  const login = req.token ? state.logins.get(req.token.loginId) : undefined;
  return login && login.identifier === identifier ? login : undefined;
}

function sessionBody(identifier: string, active: boolean) {
  return { identifier, sessionTanActive: active, activated2FA: active };
}

export function getSessions(state: FakeState, req: FakeRequest): FakeReply {
  const login = req.token ? state.logins.get(req.token.loginId) : undefined;
  if (!login) return { status: 404 };
  return { status: 200, body: [sessionBody(login.identifier, login.activated)] };
}

function parseJson(text: string | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : null;
  } catch {
    return null; // a malformed header is the client's mistake, answered with 422 below
  }
}

export function validateSession(state: FakeState, cfg: FakeConfig, req: FakeRequest, identifier: string): FakeReply {
  const login = loginFor(state, req, identifier);
  if (!login) return { status: 404 };
  const body = parseJson(req.body);
  if (body?.identifier !== identifier || body.sessionTanActive !== true || body.activated2FA !== true) {
    return unprocessable("session.body.invalid", "Ungültiger Request-Body.");
  }
  if (state.locked) return unprocessable("login.locked", "Der Zugang ist gesperrt.");
  const wanted = parseJson(req.headers["x-once-authentication-info"])?.typ;
  const typ = (typeof wanted === "string" ? wanted : cfg.tanMethods[0]) as TanType;
  if (!cfg.tanMethods.includes(typ)) return unprocessable("tan.type.invalid", "TAN-Verfahren nicht verfügbar.");
  state.counters.challenges++;
  state.challengesWithoutSuccess++;
  if (state.challengesWithoutSuccess >= 5) {
    state.locked = true;
    return unprocessable("login.locked", "Zu viele TAN-Anforderungen: der Zugang ist gesperrt.");
  }
  const challenge = { id: String(100_000_000 + state.counters.challenges), typ, loginId: login.id, polls: 0, closed: false, authId: hex(16) };
  state.challenges.set(challenge.id, challenge);
  const info: Record<string, unknown> = { id: challenge.id, typ, availableTypes: cfg.tanMethods };
  if (typ === "P_TAN") info.challenge = cfg.photoTanBase64;
  if (typ === "M_TAN") info.challenge = cfg.maskedPhone;
  if (typ === "P_TAN_PUSH") {
    info.link = { href: `/api/session/v1/authentications/${challenge.authId}`, rel: "related", method: "GET", type: "application/json" };
  }
  return { status: 201, headers: { "x-once-authentication-info": JSON.stringify(info) }, body: sessionBody(identifier, false) };
}

export function pollAuthentication(state: FakeState, cfg: FakeConfig, authId: string): FakeReply {
  const challenge = [...state.challenges.values()].find((c) => c.authId === authId && c.typ === "P_TAN_PUSH");
  if (!challenge) return { status: 404 };
  state.counters.polls++;
  challenge.polls++;
  const approved = challenge.polls > cfg.pushPendingPolls;
  return { status: 200, body: { authenticationId: authId, status: approved ? "AUTHENTICATED" : "PENDING" } };
}

export function activateSession(state: FakeState, cfg: FakeConfig, req: FakeRequest, identifier: string): FakeReply {
  const login = loginFor(state, req, identifier);
  if (!login) return { status: 404 };
  const info = parseJson(req.headers["x-once-authentication-info"]);
  // comdirect wants exactly {"id":…}; echoing the whole step-3 header is refused.
  if (!info || Object.keys(info).join() !== "id" || typeof info.id !== "string") {
    return unprocessable("UNPROCESSABLE_ONCE_AUTHENTICATION_INFO_HEADER", "Ungültiger Header x-once-authentication-info.");
  }
  const challenge = state.challenges.get(info.id);
  if (!challenge || challenge.loginId !== login.id || challenge.closed) return unprocessable("tan.challenge.invalid", "Unbekannte TAN-Anforderung.");
  if (state.locked) return unprocessable("login.locked", "Der Zugang ist gesperrt.");
  if (challenge.typ === "P_TAN_PUSH") {
    if (challenge.polls <= cfg.pushPendingPolls) return unprocessable("tan.push.pending", "Die Freigabe steht noch aus.");
  } else {
    state.counters.tanAttempts++;
    if (req.headers["x-once-authentication"] !== cfg.tan) {
      state.wrongTans++;
      if (state.wrongTans >= 3) state.locked = true;
      return unprocessable("tan.invalid", "Die TAN ist ungültig.");
    }
  }
  challenge.closed = true;
  state.wrongTans = 0;
  state.challengesWithoutSuccess = 0;
  login.activated = true;
  return { status: 200, body: sessionBody(identifier, true) };
}

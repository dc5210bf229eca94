// comdirect's login: password grant (1), session (2), TAN challenge (3),
// push polling (3b), session activation (4), cd_secondary (5); plus refresh
// and revoke. See /work/shared/connectors.md §1.2.
import { z } from "zod";
import type { ConnectorContext } from "../types.ts";
import type { ComdirectClient } from "./client.ts";
import type { LoginSecrets } from "./credentials.ts";
import { ComdirectError } from "./errors.ts";

/** [UNVERIFIED] not documented by comdirect; timaschew's README reports 20 minutes. */
export const DEFAULT_REFRESH_LIFETIME_S = 20 * 60;
const SESSIONS = "/api/session/clients/user/v1/sessions";

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: string;
  refreshExpiresAt: string;
  scope: string;
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
  scope: z.string().default(""),
  // The PDF says string, live responses carry numbers: accept both.
  kdnr: z.union([z.string(), z.number()]).optional(),
  bpid: z.union([z.string(), z.number()]).optional(),
  kontaktId: z.union([z.string(), z.number()]).optional(),
});

const session = z.object({ identifier: z.string().min(1), sessionTanActive: z.boolean().optional(), activated2FA: z.boolean().optional() });
const anything = z.unknown();

export const challengeSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  typ: z.string(),
  availableTypes: z.array(z.string()).default([]),
  challenge: z.string().optional(),
  link: z.object({ href: z.string() }).optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

function toTokenSet(body: z.infer<typeof tokenResponse>, ctx: ConnectorContext): TokenSet {
  const now = ctx.now().getTime();
  const refreshLifetimeS = Number(ctx.settings.COMDIRECT_REFRESH_LIFETIME_S ?? DEFAULT_REFRESH_LIFETIME_S);
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    accessExpiresAt: new Date(now + body.expires_in * 1000).toISOString(),
    refreshExpiresAt: new Date(now + refreshLifetimeS * 1000).toISOString(),
    scope: body.scope,
  };
}

async function tokenCall(client: ComdirectClient, ctx: ConnectorContext, what: string, form: Record<string, string>): Promise<TokenSet> {
  const res = await client.request({ method: "POST", path: "/oauth/token", what, form, schema: tokenResponse });
  return toTokenSet(res.body, ctx);
}

/** Step 1: a TWO_FACTOR token, good only for the session calls. */
export function passwordGrant(client: ComdirectClient, ctx: ConnectorContext, s: LoginSecrets): Promise<TokenSet> {
  return tokenCall(client, ctx, "token (password)", {
    client_id: s.clientId,
    client_secret: s.clientSecret,
    grant_type: "password",
    username: s.zugangsnummer,
    password: s.pin,
  });
}

/** Step 2. */
export async function fetchSessionIdentifier(client: ComdirectClient, token: string): Promise<string> {
  const res = await client.request({ method: "GET", path: SESSIONS, what: "session", token, schema: z.array(session).min(1) });
  return res.body[0]!.identifier;
}

const activeBody = (identifier: string) => ({ identifier, sessionTanActive: true, activated2FA: true });

/** Step 3. Counts towards comdirect's lock-out: callers consult the guard first. */
export async function requestChallenge(client: ComdirectClient, token: string, identifier: string, typ?: string): Promise<Challenge> {
  const res = await client.request({
    method: "POST",
    path: `${SESSIONS}/${encodeURIComponent(identifier)}/validate`,
    what: "tan challenge",
    token,
    json: activeBody(identifier),
    headers: typ ? { "x-once-authentication-info": JSON.stringify({ typ }) } : {},
    schema: anything,
  });
  const header = res.headers.get("x-once-authentication-info");
  let parsed: ReturnType<typeof challengeSchema.safeParse> | null = null;
  try {
    parsed = header ? challengeSchema.safeParse(JSON.parse(header)) : null;
  } catch (cause) {
    throw new ComdirectError("BadResponse", "comdirect tan challenge: x-once-authentication-info is not JSON", { cause });
  }
  if (!parsed?.success) throw new ComdirectError("BadResponse", "comdirect tan challenge: missing or unexpected x-once-authentication-info");
  return parsed.data;
}

const authStatus = z.object({ status: z.string() });

/** Step 3b: the push link is relative to the API host; never follow it elsewhere with our token. */
export async function pollAuthentication(client: ComdirectClient, token: string, href: string): Promise<string> {
  if (!/^\/api\/session\/v1\/authentications\/[A-Za-z0-9_-]+$/.test(href)) {
    throw new ComdirectError("BadResponse", "comdirect push link has an unexpected form");
  }
  const res = await client.request({ method: "GET", path: href, what: "push status", token, schema: authStatus });
  return res.body.status;
}

/** Step 4. `tan` is omitted for pushTAN, where the approval happened in the app. */
export async function activateSession(client: ComdirectClient, token: string, identifier: string, challengeId: string, tan?: string): Promise<void> {
  await client.request({
    method: "PATCH",
    path: `${SESSIONS}/${encodeURIComponent(identifier)}`,
    what: "session activation",
    token,
    json: activeBody(identifier),
    headers: { "x-once-authentication-info": JSON.stringify({ id: challengeId }), ...(tan ? { "x-once-authentication": tan } : {}) },
    schema: session,
  });
}

/** Step 5: the token for banking and brokerage calls. */
export function secondaryGrant(client: ComdirectClient, ctx: ConnectorContext, s: LoginSecrets, firstAccessToken: string): Promise<TokenSet> {
  return tokenCall(client, ctx, "token (cd_secondary)", {
    client_id: s.clientId,
    client_secret: s.clientSecret,
    grant_type: "cd_secondary",
    token: firstAccessToken,
  });
}

/** Both tokens rotate; the old refresh token is dead afterwards. */
export function refreshTokens(client: ComdirectClient, ctx: ConnectorContext, s: LoginSecrets, refreshToken: string): Promise<TokenSet> {
  return tokenCall(client, ctx, "token (refresh)", {
    client_id: s.clientId,
    client_secret: s.clientSecret,
    grant_type: "refresh_token",
    refresh_token: refreshToken,
  });
}

/** Invalidates access token, refresh token and the session TAN. */
export async function revokeToken(client: ComdirectClient, accessToken: string): Promise<void> {
  await client.request({
    method: "DELETE",
    path: "/oauth/revoke",
    what: "revoke",
    token: accessToken,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    schema: anything,
  });
}

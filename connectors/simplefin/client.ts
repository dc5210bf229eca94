// HTTP to a SimpleFIN Bridge. The Access URL carries Basic credentials;
// fetch refuses URLs with credentials, so they become a header. Errors are
// typed here and nowhere else; in-band errors stay in the Account Set.
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";
import type { ConnectorContext } from "../types.ts";
import { accountSetSchema, type AccountSet } from "./payloads.ts";
import { allowedUrl, type SimplefinSettings } from "./settings.ts";

const TIMEOUT_MS = 30_000;
/** The Bridge refreshes once a day and blocks Access URLs that ask far more often. */
const RATE_LIMIT_BACKOFF_MS = 12 * 60 * 60 * 1000;

export class SimplefinError extends ConnectorError {
  override name = "SimplefinError";
  constructor(reason: ConnectorErrorReason, message: string, readonly kind: "token" | "access" | "payment" | "quota" | "other", opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(reason, message, { ...opts, provider: "simplefin" });
  }
}

export interface AccessTarget {
  base: string;
  authorization: string;
}

export function parseAccessUrl(accessUrl: string, settings: SimplefinSettings): AccessTarget {
  let url: URL;
  try {
    url = new URL(accessUrl.trim());
  } catch (err) {
    throw new SimplefinError("BadResponse", "the Bridge returned no valid Access URL", "other", { cause: err });
  }
  if (!allowedUrl(url, settings) || !url.username) throw new SimplefinError("BadResponse", "the Access URL points to a host that is not allowed", "other");
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
  url.username = "";
  url.password = "";
  return { base: url.toString().replace(/\/+$/, ""), authorization };
}

async function send(ctx: ConnectorContext, url: URL, init: RequestInit): Promise<Response> {
  try {
    return await (ctx.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new SimplefinError("Unavailable", "the SimpleFIN Bridge is unreachable", "other", { cause: err });
  }
}

/** Trades a one-time Setup Token (the Base64 of a claim URL) for the Access URL. */
export async function claim(claimUrl: URL, ctx: ConnectorContext): Promise<string> {
  const res = await send(ctx, claimUrl, { method: "POST", headers: { "content-length": "0" } });
  if (res.status === 403) throw new SimplefinError("Unauthorized", "the Setup Token is unknown or was already claimed", "token");
  if (!res.ok) throw new SimplefinError(res.status >= 500 ? "Unavailable" : "BadResponse", `claiming the Setup Token failed with ${res.status}`, "other");
  return (await res.text()).trim();
}

export async function getAccounts(target: AccessTarget, params: Record<string, string | string[]>, ctx: ConnectorContext): Promise<AccountSet> {
  const url = new URL(`${target.base}/accounts`);
  url.searchParams.set("version", "2");
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) url.searchParams.append(k, one);
  const res = await send(ctx, url, { headers: { authorization: target.authorization, accept: "application/json" } });
  ctx.logger.debug({ status: res.status, balancesOnly: "balances-only" in params }, "simplefin accounts");
  if (res.status === 403) throw new SimplefinError("Unauthorized", "the SimpleFIN access was revoked", "access");
  if (res.status === 402) throw new SimplefinError("Unauthorized", "the SimpleFIN Bridge subscription has lapsed", "payment");
  if (res.status === 429) throw new SimplefinError("RateLimited", "the SimpleFIN Bridge's daily request quota is used up", "quota", { retryAfterMs: RATE_LIMIT_BACKOFF_MS });
  if (!res.ok) throw new SimplefinError(res.status >= 500 ? "Unavailable" : "BadResponse", `the SimpleFIN Bridge answered ${res.status}`, "other");
  let body: unknown;
  try {
    body = await res.json();
  } catch (err) {
    throw new SimplefinError("BadResponse", "the SimpleFIN Bridge sent no JSON", "other", { cause: err });
  }
  const parsed = accountSetSchema.safeParse(body);
  if (!parsed.success) throw new SimplefinError("BadResponse", "unexpected Account Set from the SimpleFIN Bridge", "other");
  return parsed.data;
}

// comdirect's answers turned into ConnectorErrors. The engine picks retry or
// NEEDS_REAUTH by reason; `code`/`key` stay machine-readable because
// comdirect's `message` texts are German prose, not something to branch on.
import { z } from "zod";
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";

export const PROVIDER = "comdirect";

export class ComdirectError extends ConnectorError {
  override name = "ComdirectError";
  constructor(
    reason: ConnectorErrorReason,
    message: string,
    readonly details: { status?: number; code?: string; key?: string; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(reason, message, { provider: PROVIDER, retryAfterMs: details.retryAfterMs, cause: details.cause });
  }
}

const businessMessage = z.object({ severity: z.string().optional(), key: z.string().optional(), message: z.string().optional() });
const errorBody = z.union([
  z.object({ code: z.string().optional(), messages: z.array(businessMessage).default([]) }),
  z.object({ error: z.string(), error_description: z.string().optional() }),
]);

function parseBody(text: string) {
  if (!text) return null;
  try {
    const parsed = errorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // an unreadable error body still yields an error from the status below
  }
}

/** Retry-After is seconds or an HTTP date; without it comdirect's 10 req/s rule suggests a second. */
export function retryAfterMs(header: string | null, now: Date): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now.getTime());
}

export function errorFromResponse(
  status: number,
  bodyText: string,
  headers: Headers,
  what: string,
  now: Date,
): ComdirectError {
  const body = parseBody(bodyText);
  let code: string | undefined;
  let key: string | undefined;
  let text: string | undefined;
  if (body && "error" in body) {
    code = body.error;
    text = body.error_description;
  } else if (body) {
    code = body.code;
    const first = body.messages.find((m) => m.severity === "ERROR") ?? body.messages[0];
    key = first?.key;
    text = first?.message;
  }
  const detail = [code, key].filter(Boolean).join("/");
  const message = `comdirect ${what} failed with ${status}${detail ? ` ${detail}` : ""}${text ? `: ${text}` : ""}`;
  const details = { status, code, key };
  if (status === 429) return new ComdirectError("RateLimited", message, { ...details, retryAfterMs: retryAfterMs(headers.get("retry-after"), now) });
  if (status === 401 || status === 403) return new ComdirectError("Unauthorized", message, details);
  // The token endpoint answers a dead refresh token or wrong login with 400 (OAuth style).
  if (status === 400 && what.startsWith("token")) return new ComdirectError("Unauthorized", message, details);
  if (status >= 500) return new ComdirectError("Unavailable", message, details);
  return new ComdirectError("BadResponse", message, details);
}

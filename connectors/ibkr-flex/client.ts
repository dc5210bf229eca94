// SendRequest, then GetStatement (connectors.md §5.1). Waits while the
// statement is generated or the service is busy or throttled, within the
// bounds of RETRY_POLICY, using ctx.sleep. The token is only ever in the
// query string of the request itself: logs get the path and the code.
import { ConnectorError, type ConnectorErrorReason } from "../errors.ts";
import type { ConnectorContext } from "../types.ts";
import { flexCode, retryDelayMs, RETRY_POLICY, type FlexCode, type RetryKind } from "./codes.ts";
import type { IbkrFlexCredentials } from "./credentials.ts";
import { followable, readSettings } from "./settings.ts";
import { FlexParseError, parseFlexDocument, type FlexDocument, type FlexStatement } from "./statement.ts";

const TIMEOUT_MS = 60_000;
/** IBKR asks for a Technology/Version User-Agent; older docs accepted only "Java". */
const USER_AGENT = "Java";

export class IbkrFlexError extends ConnectorError {
  override name = "IbkrFlexError";
  constructor(reason: ConnectorErrorReason, message: string, readonly code: string | null, readonly fix: FlexCode["fix"] | null, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(reason, message, { ...opts, provider: "ibkr-flex" });
  }
}

function fromCode(code: string, exhausted = false): IbkrFlexError {
  const c = flexCode(code);
  const retryAfterMs = c.retry ? RETRY_POLICY[c.retry].laterMs : undefined;
  const suffix = exhausted ? " (still, after waiting)" : "";
  return new IbkrFlexError(c.reason, `IBKR Flex ${code}: ${c.text}${suffix}`, code, c.fix ?? null, { retryAfterMs });
}

async function get(url: URL, ctx: ConnectorContext): Promise<FlexDocument> {
  let res: Response;
  try {
    res = await (ctx.fetch ?? fetch)(url, { headers: { "user-agent": USER_AGENT, accept: "application/xml" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new IbkrFlexError("Unavailable", "the IBKR Flex Web Service is unreachable", null, null, { cause: err });
  }
  ctx.logger.debug({ path: url.pathname, status: res.status }, "ibkr flex");
  if (res.status === 429) throw new IbkrFlexError("RateLimited", "IBKR Flex answered 429", "1018", null, { retryAfterMs: RETRY_POLICY.throttled.laterMs });
  if (res.status >= 500) throw new IbkrFlexError("Unavailable", `IBKR Flex answered ${res.status}`, null, null);
  if (!res.ok) throw new IbkrFlexError("BadResponse", `IBKR Flex answered ${res.status}`, null, null);
  const text = await res.text();
  try {
    return parseFlexDocument(text);
  } catch (err) {
    // An HTML maintenance page arrives with 200: the service is down, not broken.
    if (err instanceof FlexParseError && /^\s*<(!doctype\s+)?html/i.test(text)) throw new IbkrFlexError("Unavailable", "IBKR Flex sent a maintenance page", null, null, { cause: err });
    throw new IbkrFlexError("BadResponse", `IBKR Flex sent an unexpected document (${err instanceof Error ? err.message : "?"})`, null, null, { cause: err });
  }
}

/** Calls `once` until it returns a result, waiting on retryable codes; gives up with the code's error. */
async function withRetries<T>(ctx: ConnectorContext, once: () => Promise<T | { retryCode: string }>): Promise<T> {
  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts: Partial<Record<RetryKind, number>> = {};
  for (;;) {
    const r = await once();
    if (!(r && typeof r === "object" && "retryCode" in r)) return r;
    const kind = flexCode(r.retryCode).retry!;
    const n = attempts[kind] ?? 0;
    if (n >= RETRY_POLICY[kind].tries) throw fromCode(r.retryCode, true);
    attempts[kind] = n + 1;
    const wait = retryDelayMs(kind, n);
    ctx.logger.info({ code: r.retryCode, waitMs: wait, attempt: n + 1 }, "ibkr flex: waiting before asking again");
    await sleep(wait);
  }
}

/** A Warn/Fail response becomes a retry request or a typed error. */
function failure(doc: Extract<FlexDocument, { kind: "response" }>): { retryCode: string } {
  const code = doc.errorCode ?? "";
  if (flexCode(code).retry) return { retryCode: code };
  throw fromCode(code);
}

export async function fetchStatements(credentials: IbkrFlexCredentials, ctx: ConnectorContext): Promise<FlexStatement[]> {
  const settings = readSettings(ctx.settings);
  const send = new URL(`${settings.baseUrl}/SendRequest`);
  send.searchParams.set("t", credentials.token);
  send.searchParams.set("q", credentials.queryId);
  send.searchParams.set("v", "3");
  const ref = await withRetries(ctx, async () => {
    const doc = await get(send, ctx);
    if (doc.kind !== "response") throw new IbkrFlexError("BadResponse", "SendRequest returned a statement", null, null);
    if (doc.status !== "Success") return failure(doc);
    if (!doc.referenceCode) throw new IbkrFlexError("BadResponse", "SendRequest returned no reference code", null, null);
    return { referenceCode: doc.referenceCode, url: doc.url };
  });
  const target = new URL(ref.url ?? `${settings.baseUrl}/GetStatement`);
  if (!followable(target, settings)) throw new IbkrFlexError("BadResponse", "SendRequest pointed to a host that is not IBKR's", null, null);
  target.search = "";
  target.searchParams.set("t", credentials.token);
  target.searchParams.set("q", ref.referenceCode);
  target.searchParams.set("v", "3");
  return withRetries(ctx, async () => {
    const doc = await get(target, ctx);
    if (doc.kind === "response") return failure(doc);
    return doc.statements;
  });
}

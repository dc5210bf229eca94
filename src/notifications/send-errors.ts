// How a failed send should be treated. Checked structurally (error_code,
// parameters.retry_after, as grammY's GrammyError carries them; name and the
// inner error's code, as its HttpError carries them), so this module does not
// depend on grammY and tests can throw plain objects.

export type SendFailure =
  | { kind: "blocked"; detail: string } // 403: the person blocked the bot or deleted the account
  | { kind: "permanent"; detail: string } // 400: retrying the same message cannot succeed
  | { kind: "transient"; detail: string; retryAfterMs?: number }
  // The request may have reached Telegram and only the reply was lost: the
  // message may be in the chat already. Telegram has no idempotency key for
  // sendMessage, so the dispatcher never re-sends such a row (UNCONFIRMED).
  | { kind: "uncertain"; detail: string };

// grammY's HttpError text can embed the request URL, and with it the bot token.
const redact = (text: string) => text.replace(/bot\d+:[\w-]+/g, "bot<redacted>").slice(0, 500);

/** Network errors raised before a byte of the request reached Telegram. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL"]);

export function isNetworkError(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "HttpError";
}

export function networkErrorCode(err: unknown): string | undefined {
  if (!isNetworkError(err)) return undefined;
  const inner = (err as { error?: { code?: unknown; cause?: { code?: unknown } } }).error;
  const code = inner?.code ?? inner?.cause?.code;
  return typeof code === "string" ? code : undefined;
}

/** True when a failed call may nevertheless have taken effect at Telegram. */
export function deliveryUncertain(err: unknown): boolean {
  return isNetworkError(err) && !NEVER_SENT.has(networkErrorCode(err) ?? "");
}

export function classifySendError(err: unknown): SendFailure {
  const e = (typeof err === "object" && err !== null ? err : {}) as { error_code?: unknown; description?: unknown; message?: unknown; parameters?: { retry_after?: unknown } };
  const detail = redact(String(e.description ?? e.message ?? err));
  if (e.error_code === 403) return { kind: "blocked", detail };
  if (e.error_code === 400) return { kind: "permanent", detail };
  if (deliveryUncertain(err)) return { kind: "uncertain", detail };
  const retryAfter = e.parameters?.retry_after;
  return { kind: "transient", detail, ...(typeof retryAfter === "number" ? { retryAfterMs: retryAfter * 1000 } : {}) };
}

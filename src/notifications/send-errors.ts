// How a failed send should be treated. Checked structurally (error_code,
// parameters.retry_after, as grammY's GrammyError carries them), so this
// module does not depend on grammY and tests can throw plain objects.

export type SendFailure =
  | { kind: "blocked"; detail: string } // 403: the person blocked the bot or deleted the account
  | { kind: "permanent"; detail: string } // 400: retrying the same message cannot succeed
  | { kind: "transient"; detail: string; retryAfterMs?: number };

// grammY's HttpError text can embed the request URL, and with it the bot token.
const redact = (text: string) => text.replace(/bot\d+:[\w-]+/g, "bot<redacted>").slice(0, 500);

export function classifySendError(err: unknown): SendFailure {
  const e = (typeof err === "object" && err !== null ? err : {}) as { error_code?: unknown; description?: unknown; message?: unknown; parameters?: { retry_after?: unknown } };
  const detail = redact(String(e.description ?? e.message ?? err));
  if (e.error_code === 403) return { kind: "blocked", detail };
  if (e.error_code === 400) return { kind: "permanent", detail };
  const retryAfter = e.parameters?.retry_after;
  return { kind: "transient", detail, ...(typeof retryAfter === "number" ? { retryAfterMs: retryAfter * 1000 } : {}) };
}

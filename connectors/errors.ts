// Typed connector failures. They become user text in exactly one place
// (src/sync/error-text.ts); the engine decides retry/NEEDS_REAUTH by reason.
export type ConnectorErrorReason = "Unauthorized" | "ConsentExpired" | "RateLimited" | "Unavailable" | "BadResponse";

export class ConnectorError extends Error {
  override name = "ConnectorError";
  constructor(
    readonly reason: ConnectorErrorReason,
    message: string,
    readonly opts: { retryAfterMs?: number; provider?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
  }
  get retryAfterMs(): number | undefined {
    return this.opts.retryAfterMs;
  }
  /** Worth retrying in the same sync run. */
  get transient(): boolean {
    return this.reason === "RateLimited" || this.reason === "Unavailable";
  }
}

/**
 * Why a dialog ended early: the person left (/cancel, or declined a step),
 * did not answer in time, started another dialog, or a poll finished it first.
 */
export type DialogCancelReason = "person" | "timeout" | "replaced" | "superseded";

/** The person left the dialog (/cancel) or did not answer in time; `reason` says which. */
export class DialogCancelled extends Error {
  override name = "DialogCancelled";
  constructor(
    message: string,
    readonly reason: DialogCancelReason = "person",
  ) {
    super(message);
  }
}

// Errors the analytics layer can raise; the bot maps `reason` to user text.
export type AnalyticsErrorReason = "unsupported" | "unknown_user";

export class AnalyticsError extends Error {
  constructor(
    readonly reason: AnalyticsErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "AnalyticsError";
  }
}

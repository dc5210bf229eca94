/** Telegram said no: becomes the `{"ok":false,...}` envelope with this HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }

  toBody(): Record<string, unknown> {
    return {
      ok: false,
      error_code: this.status,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);

export const ERR = {
  chatNotFound: () => badRequest("chat not found"),
  textEmpty: () => badRequest("message text is empty"),
  tooLong: () => badRequest("message is too long"),
  captionTooLong: () => badRequest("message caption is too long"),
  notModified: () =>
    badRequest(
      "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    ),
  editNotFound: () => badRequest("message to edit not found"),
  cantEdit: () => badRequest("message can't be edited"),
  deleteNotFound: () => badRequest("message to delete not found"),
  cantDelete: () => badRequest("message can't be deleted for everyone"),
  buttonData: () => badRequest("BUTTON_DATA_INVALID"),
  queryTooOld: () => badRequest("query is too old and response timeout expired or query ID is invalid"),
  blocked: () => new ApiError(403, "Forbidden: bot was blocked by the user"),
  unauthorized: () => new ApiError(401, "Unauthorized"),
  methodNotFound: () => new ApiError(404, "Not Found: method not found"),
  webhookActive: () =>
    new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
  otherPoller: () =>
    new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
  tooMany: (retryAfter: number) =>
    new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
  server: (status: number) => new ApiError(status, status === 502 ? "Bad Gateway" : "Internal Server Error"),
};

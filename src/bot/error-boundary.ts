import { BotError, GrammyError, HttpError } from "grammy";
import type { BotContext } from "../context.ts";
import { scrubToken } from "../logger.ts";
import type { Logger } from "pino";

/** The one place an error escaping a handler is logged and answered. */
export function errorBoundary(logger: Logger) {
  return async (err: BotError<BotContext>) => {
    const ctx = err.ctx;
    const e = err.error;
    const kind = e instanceof GrammyError ? "telegram" : e instanceof HttpError ? "network" : "internal";
    const message = scrubToken(e instanceof Error ? e.message : String(e));
    (ctx.logger ?? logger).error({ kind, err: message, stack: e instanceof Error ? scrubToken(e.stack ?? "") : undefined, updateId: ctx.update.update_id }, "update failed");
    if (kind === "network" || !ctx.chat) return;
    try {
      await ctx.reply(ctx.t ? ctx.t("common.error") : "Something went wrong. Nothing was changed; please try again.");
    } catch (replyErr) {
      logger.warn({ err: scrubToken(String(replyErr)) }, "could not tell the user about an error");
    }
  };
}

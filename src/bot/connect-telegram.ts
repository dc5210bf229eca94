// The first call to Telegram at start-up (getMe). Without a deadline a missing
// route hangs start-up forever with no output; a wrong token must be named as
// such, not as a generic "call failed".
import { GrammyError, HttpError, type Bot } from "grammy";

export class TelegramStartError extends Error {
  override name = "TelegramStartError";
}

export const TELEGRAM_START_TIMEOUT_MS = 30_000;

export async function connectTelegram(bot: Pick<Bot, "isInited" | "api" | "botInfo">, o: { apiRoot: string; timeoutMs?: number }): Promise<void> {
  const timeoutMs = o.timeoutMs ?? TELEGRAM_START_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const unreachable = (why: string) =>
    new TelegramStartError(`Cannot reach Telegram at TELEGRAM_API_ROOT=${o.apiRoot} (${why}). Check the network, a proxy or firewall, or TELEGRAM_API_ROOT.`);
  try {
    // Not bot.init(): it retries network errors without end. getMe goes through
    // networkRetry (bounded) and the deadline covers a connection that never answers.
    // grammY types its signal with the abort-controller shim; the platform one is what it uses at run time.
    if (!bot.isInited()) bot.botInfo = await bot.api.getMe(deadline.signal as Parameters<Bot["api"]["getMe"]>[0]);
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401)
      throw new TelegramStartError("Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN (from @BotFather).", { cause: err });
    if (deadline.signal.aborted) throw unreachable(`no answer within ${Math.round(timeoutMs / 1000)} s`);
    if (err instanceof HttpError) throw unreachable(String((err.error as { code?: unknown } | undefined)?.code ?? err.message));
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

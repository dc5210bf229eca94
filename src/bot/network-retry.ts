// Network failures talking to Telegram. The auto-retry plugin retries every
// network error forever, which (a) hangs start-up forever when Telegram is
// unreachable and (b) re-sends a message whose request did reach Telegram but
// whose reply was lost: the person gets it twice or three times. So network
// errors are handled here instead, bounded, and a call with a visible effect is
// retried only when the error proves the request never left this machine.
import { HttpError, type Transformer } from "grammy";
import { deliveryUncertain } from "../notifications/send-errors.ts";

/** Calls whose repetition shows the person something twice. */
const VISIBLE_EFFECT = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendMediaGroup", "sendAnimation", "sendVideo", "sendAudio", "sendVoice", "copyMessage", "forwardMessage"]);

export interface NetworkRetryOptions {
  attempts?: number;
  baseMs?: number;
  maxMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function networkRetry(o: NetworkRetryOptions = {}): Transformer {
  const attempts = o.attempts ?? 4;
  const baseMs = o.baseMs ?? 1000;
  const maxMs = o.maxMs ?? 8000;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (err) {
        const retriable = err instanceof HttpError && !signal?.aborted && !(VISIBLE_EFFECT.has(method) && deliveryUncertain(err));
        if (!retriable || attempt >= attempts) throw err;
        await sleep(Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
      }
    }
  };
}

import pino from "pino";
import { createDispatcher } from "../../src/notifications/dispatcher.ts";
import type { OutgoingMessage } from "../../src/notifications/render.ts";
import type { WireHooks } from "../../src/notifications/wire.ts";

export interface Sent {
  chatId: bigint;
  message: OutgoingMessage;
  messageId: number;
}

/**
 * A Telegram stand-in: records every message; `fail` decides per call whether
 * it throws (an object with error_code is Telegram's answer, so the request is
 * reported refused, as the bot's wire transformer would). `hang` makes the
 * process "die" after Telegram executed the call, `hangBeforeSending` before
 * the request left.
 */
export function fakeTelegram() {
  const sent: Sent[] = [];
  let nextId = 100;
  const api = {
    sent,
    fail: null as null | ((message: OutgoingMessage) => unknown),
    hang: null as null | ((message: OutgoingMessage) => boolean),
    hangBeforeSending: null as null | ((message: OutgoingMessage) => boolean),
    requests: 0,
    async send(chatId: bigint, message: OutgoingMessage, hooks?: WireHooks) {
      if (api.hangBeforeSending?.(message)) await new Promise(() => {});
      await hooks?.requesting();
      api.requests += 1;
      const err = api.fail?.(message);
      if (err) {
        if (typeof err === "object" && "error_code" in err) await hooks?.refused();
        throw err;
      }
      const messageId = nextId++;
      sent.push({ chatId, message, messageId });
      // The message reached Telegram, but the process "dies" before recording it.
      if (api.hang?.(message)) await new Promise(() => {});
      return { messageId };
    },
  };
  return api;
}

export function dispatcherFor(db: Parameters<typeof createDispatcher>[0]["db"], telegram: ReturnType<typeof fakeTelegram>, clock: { now: Date }, opts: { leaseMs?: number } = {}) {
  return createDispatcher({ db, send: (c, m, hooks) => telegram.send(c, m, hooks), now: () => clock.now, logger: pino({ level: "silent" }), retryBaseMs: 60_000, ...opts });
}

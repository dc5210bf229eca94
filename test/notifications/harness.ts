import pino from "pino";
import { createDispatcher } from "../../src/notifications/dispatcher.ts";
import type { OutgoingMessage } from "../../src/notifications/render.ts";

export interface Sent {
  chatId: bigint;
  message: OutgoingMessage;
  messageId: number;
}

/** A Telegram stand-in: records every message; `fail` decides per call whether it throws. */
export function fakeTelegram() {
  const sent: Sent[] = [];
  let nextId = 100;
  const api = {
    sent,
    fail: null as null | ((message: OutgoingMessage) => unknown),
    hang: null as null | ((message: OutgoingMessage) => boolean),
    async send(chatId: bigint, message: OutgoingMessage) {
      const err = api.fail?.(message);
      if (err) throw err;
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
  return createDispatcher({ db, send: (c, m) => telegram.send(c, m), now: () => clock.now, logger: pino({ level: "silent" }), retryBaseMs: 60_000, ...opts });
}

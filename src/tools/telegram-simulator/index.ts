import { Server, type AddressInfo } from "node:net";
import type { UserFromGetMe } from "grammy/types";
import { commandsKey } from "./methods-bot.ts";
import * as person from "./person.ts";
import { createSimServer } from "./server.ts";
import { SimState } from "./state.ts";
import type { Fault, SimMessage, TelegramSimulator } from "./types.ts";
import { postUpdate, WebhookSender } from "./webhook.ts";

export type * from "./types.ts";

const DEFAULT_TOKEN = "7000000001:AAkontor-simulator-token-0000000000000";
const WAIT_POLL_MS = 25;

/**
 * A local stand-in for api.telegram.org. Point grammY at it with
 * `new Bot(sim.token, { client: { apiRoot: sim.apiRoot } })`, drive the chat
 * with sendText/tapButton and assert on chat(), calls and webhookDeliveries.
 * No test-framework imports: the terminal demo runs it too.
 */
export async function startTelegramSimulator(opts: { token?: string; port?: number } = {}): Promise<TelegramSimulator> {
  const token = opts.token ?? DEFAULT_TOKEN;
  const botInfo: UserFromGetMe = {
    id: Number(token.split(":")[0]) || 7000000001,
    is_bot: true,
    first_name: "Kontor",
    username: "kontor_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const state = new SimState(botInfo);
  const server = createSimServer(state, token);
  const sender = new WebhookSender(state);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let refusal: Promise<void> | undefined;

  const visible = (chatId: number) =>
    (state.chats.get(chatId)?.messages ?? []).filter((m) => m.from === "bot" && !m.deleted);

  const waitFor = <T>(predicate: () => T | undefined | null | false, timeoutMs = 5000, describe?: () => string) =>
    new Promise<T>((resolve, reject) => {
      const stop = () => {
        unsubscribe();
        clearInterval(poll);
        clearTimeout(timer);
      };
      const check = () => {
        try {
          const value = predicate();
          if (value) {
            stop();
            resolve(value);
          }
        } catch (err) {
          stop();
          reject(err as Error);
        }
      };
      const unsubscribe = state.onChange(check);
      // Also polls, for predicates over things outside the simulator (the database, a clock).
      const poll = setInterval(check, WAIT_POLL_MS);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`waitFor timed out after ${timeoutMs} ms; ${describe?.() ?? describeCalls(state.calls.slice(-5))}`));
      }, timeoutMs);
      check();
    });

  const sim: TelegramSimulator = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls: state.calls,
    webhookDeliveries: state.webhookDeliveries,
    async refuseConnections(ms) {
      state.refusing = true;
      refusal = (async () => {
        // Stop listening without http's close(), which would also cut idle kept-alive
        // connections: a request the bot sends on one at that instant would meet a
        // reset (ambiguous) rather than a refusal. Such a connection instead gets its
        // next request answered with `Connection: close` (server.ts), so every later
        // request needs a new connection and is refused.
        Reflect.apply(Server.prototype.close, server, []);
        await new Promise((r) => setTimeout(r, ms));
        await new Promise<void>((resolve, reject) => {
          server.once("error", reject);
          server.listen(port, "127.0.0.1", () => resolve());
        });
        state.refusing = false;
      })();
      await refusal;
    },
    async close() {
      await refusal;
      sender.close();
      state.activePoll?.();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
    reset: () => state.reset(),
    now: () => state.now(),
    setNow: (date) => state.setNow(date),
    advanceTime: (ms) => state.advanceTime(ms),
    failNext(method: string, fault: Fault, times = 1) {
      const key = method.toLowerCase();
      const queue = state.faults.get(key) ?? [];
      queue.push({ fault, remaining: times });
      state.faults.set(key, queue);
    },
    floodControl: (limits) => state.flood.configure(limits),
    blockUser: (chatId) => void state.blocked.add(chatId),
    unblockUser: (chatId) => void state.blocked.delete(chatId),
    addUser: (from) => void state.privateChat(from),
    sendText: (from, text) => person.sendText(state, from, text),
    tapButton: (from, messageId, data) => person.tapButton(state, from, messageId, data),
    sendDocument: (from, doc) => person.sendDocument(state, from, doc),
    injectUpdate: (raw) => person.injectUpdate(state, raw),
    postToWebhookWithSecret(update, secret) {
      if (!state.webhook) throw new Error("postToWebhookWithSecret: no webhook is set");
      return postUpdate(state.webhook.url, update, secret);
    },
    onChange: (listener) => state.onChange(listener),
    chat: (chatId) => state.chats.get(chatId)?.messages ?? [],
    botMessages: visible,
    lastBotMessage: (chatId) => visible(chatId).at(-1),
    callbackQuery: (id) => state.callbacks.get(id),
    pendingUpdates: () => [...state.updates],
    isPolling: () => state.activePoll !== null,
    commands: (o = {}) => state.commands.get(commandsKey(o.scope, o.languageCode)) ?? [],
    waitFor: (predicate, timeoutMs) => waitFor(predicate, timeoutMs),
    waitForBotMessage(chatId, match, o = {}) {
      const matches = (m: SimMessage) =>
        [m.text ?? m.caption ?? "", m.source ?? ""].some((s) => (typeof match === "string" ? s.includes(match) : match.test(s)));
      return waitFor(
        () => visible(chatId).filter((m) => m.messageId > (o.afterMessageId ?? 0) && matches(m)).at(-1),
        o.timeoutMs,
        () => `no bot message matching ${String(match)} in chat ${chatId}; transcript:\n${describeChat(sim.chat(chatId))}`,
      );
    },
  };
  return sim;
}

function describeCalls(calls: TelegramSimulator["calls"]): string {
  if (calls.length === 0) return "the bot made no API calls";
  return `last calls: ${calls.map((c) => `${c.method} → ${c.status}`).join(", ")}`;
}

function describeChat(messages: SimMessage[]): string {
  if (messages.length === 0) return "  (empty)";
  return messages
    .map((m) => {
      const shown = m.text ?? m.caption ?? (m.photo ? "[photo]" : m.document ? `[${m.document.fileName}]` : "");
      return `  #${m.messageId} ${m.from}${m.deleted ? " (deleted)" : ""}: ${shown.slice(0, 200)}`;
    })
    .join("\n");
}

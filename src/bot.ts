// Assembles the bot: shared middleware, then the features of src/features.ts
// in their order ("unhandled" last), and one error boundary. Creates nothing global.
import { Bot, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { conversations } from "@grammyjs/conversations";
import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { sequentialize } from "@grammyjs/runner";
import type { BotContext, SessionData } from "./context.ts";
import type { Services } from "./services.ts";
import { t, toLocale } from "./i18n/index.ts";
import { registerMessages } from "./i18n/index.ts";
import { accessGate } from "./bot/access-gate.ts";
import { privateChatGate } from "./bot/private-chat-gate.ts";
import { errorBoundary } from "./bot/error-boundary.ts";
import { networkRetry } from "./bot/network-retry.ts";
import { htmlParseMode } from "./bot/parse-mode.ts";
import { wireTransformer } from "./notifications/wire.ts";
import { postgresStorage } from "./bot/session-storage.ts";
import { coreHandlerMessages } from "../handlers/messages.ts";
import { FEATURES, type Feature } from "./features.ts";

registerMessages(coreHandlerMessages);

export interface BotOptions {
  token: string;
  apiRoot: string;
  botInfo?: UserFromGetMe;
  services: Services;
  /** Default: all of FEATURES. */
  features?: readonly Feature[];
  /** Telegram asks for about one message per second per chat; tests may go faster. */
  perChatMinMs?: number;
  /**
   * Replaces the network under every API call, the bot's and its
   * conversations' (which build their own Api from these client options but
   * without the bot's transformers): handler tests answer Telegram here.
   */
  fetch?: typeof fetch;
}

const UNTHROTTLED = new Set(["sendChatAction", "answerCallbackQuery", "getFile", "getMe", "getUpdates", "setMyCommands", "deleteWebhook", "setWebhook"]);

export const chatKey = (ctx: { chat?: { id: number } }) => (ctx.chat ? String(ctx.chat.id) : undefined);

export function createBot(opts: BotOptions): Bot<BotContext> {
  const { services } = opts;
  const bot = new Bot<BotContext>(opts.token, { botInfo: opts.botInfo, client: { apiRoot: opts.apiRoot, ...(opts.fetch ? { fetch: opts.fetch } : {}) } });
  // Telegram's flood limits count messages; chat actions and callback answers
  // are not messages, and queueing them behind a message only delays replies.
  // Innermost: sees every request the layers below make, so the outbox counts real sends (wire.ts).
  bot.api.config.use(wireTransformer());
  const throttle = apiThrottler({ out: { maxConcurrent: 1, minTime: opts.perChatMinMs ?? 1000 } });
  bot.api.config.use((prev, method, payload, signal) => (UNTHROTTLED.has(method) ? prev(method, payload, signal) : throttle(prev, method, payload, signal)));
  // 429 and 5xx only: network errors are bounded (and never blindly re-send a message) in networkRetry.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: true }));
  bot.api.config.use(networkRetry());
  bot.api.config.use(htmlParseMode());

  // Updates of one chat run in order, different chats concurrently.
  bot.use(sequentialize(chatKey));
  bot.use(async (ctx, next) => {
    ctx.logger = services.logger.child({ updateId: ctx.update.update_id });
    ctx.user = null;
    ctx.locale = toLocale(ctx.from?.language_code ?? services.config.DEFAULT_LOCALE);
    ctx.t = (key, params) => t(ctx.locale, key, params);
    await next();
  });
  bot.use(accessGate(services.config.ALLOWED_TELEGRAM_USER_IDS, services.now));
  // Before the user lookup and the session: a group chat must leave no trace.
  bot.use(privateChatGate());
  bot.use(async (ctx, next) => {
    if (ctx.from) {
      ctx.user = await services.users.findByTelegramId(BigInt(ctx.from.id));
      if (ctx.user) ctx.locale = toLocale(ctx.user.locale);
    }
    await next();
  });
  bot.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      getSessionKey: chatKey,
      storage: postgresStorage(services.db, "s:", (key) => userIdForChat(services, key)),
    }),
  );
  bot.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", prefix: "c:", getStorageKey: chatKey, adapter: postgresStorage(services.db, "", (key) => userIdForChat(services, key.slice(2))) },
      // A conversation builds its own Api without the bot's transformers: it needs the parse mode too.
      plugins: [
        (ctx, next) => {
          ctx.api.config.use(htmlParseMode());
          return next();
        },
      ],
    }),
  );
  // After the conversations plugin, so ctx.conversation exists.
  for (const feature of opts.features ?? FEATURES) bot.use(feature(services));
  bot.catch(errorBoundary(services.logger));
  return bot;
}

/** Private chats have the user's id as chat id; ties session rows to the user for /forget. */
async function userIdForChat(services: Services, key: string): Promise<string | null> {
  if (!/^-?\d+$/.test(key)) return null;
  const user = await services.db.user.findFirst({ where: { chatId: BigInt(key) }, select: { id: true } });
  return user?.id ?? null;
}

/** Command lists in English and German, shown by Telegram's menu. */
export async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  const names = ["start", "help", "link", "connections", "accounts", "transactions", "sync", "ask", "spend", "top", "compare", "subscriptions", "networth", "categories", "merchants", "settings", "cancel", "forget"];
  for (const locale of ["en", "de"] as const) {
    const commands = names.map((command) => ({ command, description: t(locale, `cmd.${command}`) }));
    await bot.api.setMyCommands(commands, locale === "en" ? {} : { language_code: "de" });
  }
}

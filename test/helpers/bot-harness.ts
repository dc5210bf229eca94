// The real bot (every feature, real services on a fresh PostgreSQL) fed
// updates through bot.handleUpdate, with Telegram replaced by a fake under
// grammY's API client that records each call and answers it: no HTTP, no
// polling, milliseconds per update. For whole conversations across processes and
// flood limits, use the e2e suite and the simulator instead.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Bot } from "grammy";
import type { Message, Update, UserFromGetMe } from "grammy/types";
import { pino } from "pino";
import { parseConfig } from "../../src/config.ts";
import { createBot } from "../../src/bot.ts";
import type { BotContext } from "../../src/context.ts";
import { createServices, type Services } from "../../src/services.ts";
import { createUserService } from "../../src/users/user-service.ts";
import { createLiveDialogs } from "../../src/bot/live-dialogs.ts";
import { createDialogInbox } from "../../src/dialogs/inbox.ts";
import { Vault } from "../../src/vault/vault.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

// Given to the bot, so it never calls getMe; only id and username matter to grammY.
const BOT_INFO = { id: 4242, is_bot: true, first_name: "Kontor", username: "kontor_test_bot" } as UserFromGetMe;

export interface BotHarness {
  bot: Bot<BotContext>;
  services: Services;
  tdb: TestDatabase;
  /** Every API call the bot made, in order. */
  calls: ApiCall[];
  /** The calls made since the previous take(). */
  take(): ApiCall[];
  send(from: Person, text: string): Promise<void>;
  /** Presses an inline button carrying `data` under message `messageId`. */
  press(from: Person, data: string, messageId?: number): Promise<void>;
  /** A person who already finished /start (time zone, currency, language). */
  onboard(from: Person): Promise<void>;
  stop(): Promise<void>;
}

export async function startBotHarness(o: { allowed?: number[]; now?: () => Date } = {}): Promise<BotHarness> {
  const tdb = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-harness-"));
  const token = "4242:AAHarnessTokenForHandlerTestsOnly0000000";
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: token, DATABASE_URL: tdb.url, DATA_DIR: dataDir, ALLOWED_TELEGRAM_USER_IDS: (o.allowed ?? [1001, 1002]).join(",") }, { requireToken: true });
  const logger = pino({ level: "silent" });
  const vault = new Vault(randomBytes(32));
  const apiRef: { current?: Bot<BotContext>["api"] } = {};
  const api = () => apiRef.current!;
  const liveDialogs = createLiveDialogs({ api, logger, shared: { inbox: createDialogInbox(tdb.db, vault), databaseUrl: tdb.url } });
  const users = createUserService(tdb.db, { locale: config.DEFAULT_LOCALE, timezone: config.DEFAULT_TIMEZONE });
  const services = createServices({ config, db: tdb.db, databaseUrl: tdb.url, vault, users, logger, now: o.now ?? (() => new Date()), liveDialogs, api });

  const calls: ApiCall[] = [];
  let taken = 0;
  let nextMessageId = 100;
  // Telegram, answered in-process: enough for the handlers to go on, nothing
  // leaves the process. It sits under grammY's client (not a transformer) so
  // it also sees conversations' calls, and the payload as sent, parse mode included.
  const telegram = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const method = String(url).split("/").pop()!;
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : { multipart: true };
    calls.push({ method, payload });
    const chat = { id: Number(payload.chat_id ?? 0), type: "private" as const, first_name: "Person" };
    const message = (text: unknown): Message => ({ message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from: BOT_INFO, text: String(text ?? "") }) as Message;
    const result = method === "sendMessage" || method === "editMessageText" ? message(payload.text) : method.startsWith("send") ? message("") : true;
    return { json: async () => ({ ok: true, result }) } as Response;
  };
  const bot = createBot({ token, apiRoot: "http://telegram.invalid", botInfo: BOT_INFO, services, perChatMinMs: 0, fetch: telegram });
  apiRef.current = bot.api;

  let updateId = 1;
  const at = () => Math.floor(services.now().getTime() / 1000);
  const handle = (update: Omit<Update, "update_id">) => bot.handleUpdate({ update_id: updateId++, ...update } as Update);
  const user = (from: Person) => ({ is_bot: false, language_code: "en", ...from });

  return {
    bot,
    services,
    tdb,
    calls,
    take() {
      const fresh = calls.slice(taken);
      taken = calls.length;
      return fresh;
    },
    async send(from, text) {
      const command = text.match(/^\/\w+/);
      await handle({
        message: {
          message_id: nextMessageId++,
          date: at(),
          chat: { id: from.id, type: "private", first_name: from.first_name },
          from: user(from),
          text,
          ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
        },
      });
    },
    async press(from, data, messageId = 1) {
      await handle({
        callback_query: {
          id: String(nextMessageId++),
          from: user(from),
          chat_instance: "harness",
          data,
          message: { message_id: messageId, date: at(), chat: { id: from.id, type: "private", first_name: from.first_name }, from: BOT_INFO, text: "" },
        },
      });
    },
    async onboard(from) {
      const u = await users.ensure(BigInt(from.id), BigInt(from.id), from.language_code ?? "en");
      await users.update(u.id, { timezone: "Europe/Berlin", baseCurrency: "EUR" });
      await users.markOnboarded(u.id);
    },
    async stop() {
      await services.analytics.close();
      await tdb.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

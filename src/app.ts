// Starts and stops everything in order. main.ts only parses config and wires
// signals; tests start the same app against the simulator.
import http from "node:http";
import path from "node:path";
import { webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { createLogger, scrubToken } from "./logger.ts";
import { startEmbeddedPostgres } from "./db/embedded.ts";
import { applyMigrations } from "./db/migrate.ts";
import { createDb, type Db } from "./db/client.ts";
import { loadMasterKey } from "./vault/master-key.ts";
import { Vault } from "./vault/vault.ts";
import { createUserService } from "./users/user-service.ts";
import { createBot, registerCommands } from "./bot.ts";
import { connectTelegram } from "./bot/connect-telegram.ts";
import { assertChartFont } from "../reports/render/fonts.ts";
import { createLiveDialogs, type LiveDialogs } from "./bot/live-dialogs.ts";
import { createDialogInbox, type InboxTimings } from "./dialogs/inbox.ts";
import { createServices, type Services } from "./services.ts";
import type { FxRates } from "./fx/types.ts";
import type { BotContext } from "./context.ts";
import { callbackRoute, serveCallbacks } from "./linking/callback-route.ts";
import { backgroundJobs } from "./jobs/index.ts";
import { rulesFingerprint } from "./categories/rules-fingerprint.ts";

export interface AppOptions {
  logger?: Logger;
  botInfo?: UserFromGetMe;
  perChatMinMs?: number;
  now?: () => Date;
  /** Start schedulers and the notification dispatcher (tests may drive them by hand). */
  background?: boolean;
  /** Deadline for reaching Telegram at start (default 30 s). */
  telegramTimeoutMs?: number;
  /** Dialog heartbeat and staleness (tests shorten them). */
  dialogTimings?: InboxTimings;
  /** Fixed exchange rates instead of the ECB module (tests). */
  fx?: FxRates;
}

export interface App {
  services: Services;
  liveDialogs: LiveDialogs;
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export async function startApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const mark = (name: string) => (timings[name] = Math.round(performance.now() - t0));
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const s of stops.reverse()) await s().catch((err: unknown) => logger.error({ err: String(err) }, "shutdown step failed"));
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const dir = path.join(config.DATA_DIR, "postgres");
      logger.info({ dir }, "DATABASE_URL not set: using the embedded PostgreSQL");
      const embedded = await startEmbeddedPostgres(dir, { onLog: (m) => logger.debug({ pg: m.trim() }, "postgres") });
      stops.push(embedded.stop);
      databaseUrl = embedded.url;
      mark("database");
    }
    const applied = await applyMigrations(databaseUrl);
    if (applied.length) logger.info({ applied }, "database migrations applied");
    mark("migrations");
    const font = assertChartFont();
    logger.debug({ font: font.family, file: font.file }, "chart font");
    const master = await loadMasterKey(config.KONTOR_MASTER_KEY, config.DATA_DIR);
    if (master.origin === "file-created")
      logger.warn({ file: master.file }, "generated a new master key: back this file up, without it stored bank credentials cannot be decrypted");
    const db: Db = createDb(databaseUrl);
    stops.push(() => db.$disconnect());
    const now = opts.now ?? (() => new Date());
    const vault = new Vault(master.key, master.previous);
    // Services need the bot's API, and the bot needs the services: resolved lazily.
    const apiRef: { current?: BotContext["api"] } = {};
    const api = () => apiRef.current!;
    // Shared through PostgreSQL so a link flow survives its answers landing on another replica.
    const liveDialogs = createLiveDialogs({ api, logger, shared: { inbox: createDialogInbox(db, vault, opts.dialogTimings), databaseUrl } });
    stops.push(liveDialogs.start());
    // Read once, while the rest starts; until it is known a new person is simply categorized again at the next start.
    let rules: string | null = null;
    void rulesFingerprint().then(
      (f) => (rules = f),
      (err: unknown) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, "rules fingerprint could not be read"),
    );
    const users = createUserService(db, { locale: config.DEFAULT_LOCALE, timezone: config.DEFAULT_TIMEZONE, rulesFingerprint: () => rules });
    const services = createServices({ config, db, databaseUrl, vault, users, logger, now, liveDialogs, api, ...(opts.fx ? { fx: opts.fx } : {}) });
    stops.push(async () => services.analytics.close());
    const bot = createBot({
      token: config.TELEGRAM_BOT_TOKEN!,
      apiRoot: config.TELEGRAM_API_ROOT,
      botInfo: opts.botInfo,
      services,
      perChatMinMs: opts.perChatMinMs,
    });
    apiRef.current = bot.api;
    await connectTelegram(bot, { apiRoot: config.TELEGRAM_API_ROOT, timeoutMs: opts.telegramTimeoutMs });
    await registerCommands(bot);
    mark("bot-init");
    // PUBLIC_URL: banks send browsers back to /callback/<provider> (served with the webhook when there is one).
    const callbacks = config.PUBLIC_URL
      ? callbackRoute({ states: services.linkStates, logger })
      : null;
    if (config.WEBHOOK_URL) {
      await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET });
      const handle = webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET });
      const server = http.createServer((req, res) => {
        if (callbacks?.(req, res)) return;
        if (req.method === "POST") return void handle(req, res);
        res.writeHead(req.url === "/healthz" ? 200 : 404).end();
      });
      await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
      stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      logger.info({ port: config.PORT }, "webhook server listening");
    } else {
      await bot.api.deleteWebhook();
      const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
      stops.push(async () => {
        if (runner.isRunning()) await runner.stop();
      });
      if (callbacks) stops.push(await serveCallbacks(callbacks, config.PORT, logger));
    }
    if (opts.background !== false) for (const job of backgroundJobs(services)) stops.push(await job.start());
    mark("ready");
    logger.info({ timings, bot: bot.botInfo.username }, "Kontor is ready");
    return { services, liveDialogs, timings, stop: stopAll };
  } catch (err) {
    logger.error({ err: scrubToken(err instanceof Error ? err.message : String(err)) }, "start failed");
    await stopAll();
    throw err;
  }
}

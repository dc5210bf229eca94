// Everything handlers and background jobs use, built once at start by
// createServices and frozen: nothing is added or replaced afterwards, and
// nothing is created at import time.
//
// How a handler gets its dependencies (the one way): every feature is a
// function `(services: Services) => Middleware<BotContext>`, listed in order
// in src/features.ts and called once when the bot is built; it keeps what it
// needs from `services` in its closure. Not `ctx.services`: conversations are
// replayed outside the bot's middleware, so what they use must be closed over
// anyway, and one rule for all handlers is easier to follow than two.
// Background jobs (src/jobs/index.ts) take the same object.
import path from "node:path";
import type { Api } from "grammy";
import type { Logger } from "pino";
import { connectorSettings, type Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import type { Vault } from "./vault/vault.ts";
import type { UserService } from "./users/user-service.ts";
import type { LiveDialogs } from "./bot/live-dialogs.ts";
import { ALL_CONNECTORS } from "../connectors/all.ts";
import { createConnectorRegistry, type ConnectorRegistry } from "../connectors/registry.ts";
import { createSyncEngine, type SyncEngine } from "./sync/engine.ts";
import { createLinkService, type LinkService } from "./linking/link-service.ts";
import { createConnectionsView, type ConnectionsView } from "./linking/connections-view.ts";
import { createLedgerService, type LedgerService } from "./ledger/ledger-service.ts";
import { createImportService, type ImportService } from "./imports/import-service.ts";
import { categorizeForSync } from "./categories/sync-categorizer.ts";
import { createAnalytics, type Analytics } from "./analytics/engine.ts";
import { createFxRates } from "./fx/index.ts";
import type { FxRates } from "./fx/types.ts";
import { createLinkStates, type LinkStates } from "./linking/link-states.ts";
import { createLlm, type Llm } from "./llm/index.ts";
import { createScheduler, type Scheduler } from "./scheduler.ts";
import { createDispatcher, type Dispatcher } from "./notifications/dispatcher.ts";
import { withWireHooks } from "./notifications/wire.ts";
import { keyboard } from "./bot/keyboard.ts";

export interface Services {
  readonly config: Config;
  readonly db: Db;
  readonly databaseUrl: string;
  readonly vault: Vault;
  readonly users: UserService;
  readonly logger: Logger;
  now(): Date;
  /** Connector settings from the environment (URLs, app ids, secret file paths). */
  readonly settings: Record<string, string | undefined>;
  readonly registry: ConnectorRegistry;
  readonly sync: SyncEngine;
  readonly linking: LinkService;
  /** Open-banking return states (PostgreSQL); the link service and the /callback route share them. */
  readonly linkStates: LinkStates;
  readonly connections: ConnectionsView;
  readonly ledger: LedgerService;
  readonly imports: ImportService;
  readonly analytics: Analytics;
  /** Brings a person's analytics copy up to date in the background after their rows were written. */
  readonly onWritten: (userId: string) => void;
  /** ECB euro reference rates (cached in PostgreSQL). */
  readonly fx: FxRates & { refresh(): Promise<void> };
  /** null when no OPENAI_API_KEY / OPENAI_BASE_URL is configured. */
  readonly llm: Llm | null;
  readonly liveDialogs: LiveDialogs;
  readonly scheduler: Scheduler;
  readonly dispatcher: Dispatcher;
  /** The bot's API for messages outside an update; the bot is built after its services. */
  api(): Api;
}

export interface ServiceInputs {
  config: Config;
  db: Db;
  databaseUrl: string;
  vault: Vault;
  users: UserService;
  logger: Logger;
  now: () => Date;
  liveDialogs: LiveDialogs;
  api: () => Api;
  /** Fixed exchange rates instead of the ECB module (tests). */
  fx?: FxRates;
}

export function createServices(input: ServiceInputs): Services {
  const { config, db, databaseUrl, vault, logger, now } = input;
  const settings = connectorSettings(config);
  const registry = createConnectorRegistry(ALL_CONNECTORS);
  const fx = input.fx ? fixedRates(input.fx) : createFxRates({ db, logger: logger.child({ component: "fx" }), url: config.FX_RATES_URL, now });
  const analytics = createAnalytics({ db, databaseUrl, fx, storeDir: path.join(config.DATA_DIR, "analytics") });
  // New rows reach the person's analytics copy in the background, not while they wait for an answer.
  const onWritten = (userId: string) => analytics.warmSoon(userId, (err) => logger.warn({ err, userId }, "analytics store: background refresh failed"));
  const sync = createSyncEngine({ db, databaseUrl, vault, registry, logger: logger.child({ component: "sync" }), settings, now, categorize: categorizeForSync, fx, onWritten });
  const linkStates = createLinkStates({ db, vault, now, publicUrl: config.PUBLIC_URL });
  return Object.freeze({
    ...input,
    settings,
    registry,
    sync,
    fx,
    linking: createLinkService({ db, engine: sync, vault, logger: logger.child({ component: "link" }), settings, now, linkStates }),
    linkStates,
    connections: createConnectionsView(db, registry),
    ledger: createLedgerService(db, registry),
    imports: createImportService({ db, logger: logger.child({ component: "import" }), now, categorize: categorizeForSync, onWritten }),
    analytics,
    onWritten,
    llm: createLlm(config, logger),
    scheduler: createScheduler({ engine: sync, db, logger, now, concurrency: config.SYNC_CONCURRENCY }),
    dispatcher: createDispatcher({
      db,
      logger: logger.child({ component: "notify" }),
      now,
      send: async (chatId, m, hooks) => {
        const other = m.buttons?.length ? { reply_markup: keyboard(m.buttons) } : {};
        const sent = await input.api().sendMessage(Number(chatId), m.html, withWireHooks(other, hooks));
        return { messageId: sent.message_id };
      },
    }),
  });
}

/** Rates given from outside (tests) have nothing to refresh. */
function fixedRates(rates: FxRates): FxRates & { refresh(): Promise<void> } {
  return {
    rateOn: (from, to, date) => rates.rateOn(from, to, date),
    convert: (amount, from, to, date) => rates.convert(amount, from, to, date),
    latestPublication: () => rates.latestPublication(),
    refresh: async () => {},
  };
}

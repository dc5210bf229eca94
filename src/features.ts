// Feature modules beyond the core commands plug in here: each adds its bot
// composer and, optionally, a background job (scheduler, dispatcher).
import type { Api, Composer } from "grammy";
import type { BotContext } from "./context.ts";
import type { Services } from "./services.ts";
import type { LiveDialogs } from "./bot/live-dialogs.ts";
import { connectorSettings } from "./config.ts";
import { ALL_CONNECTORS } from "../connectors/all.ts";
import { createConnectorRegistry } from "../connectors/registry.ts";
import { createSyncEngine } from "./sync/engine.ts";
import { createScheduler } from "./scheduler.ts";
import { createDispatcher } from "./notifications/dispatcher.ts";
import { withWireHooks } from "./notifications/wire.ts";
import { createLinkService } from "./linking/link-service.ts";
import { createConnectionsView } from "./linking/connections-view.ts";
import { createLedgerService } from "./ledger/ledger-service.ts";
import { createImportService } from "./imports/import-service.ts";
import { categorizeForSync } from "./categories/sync-categorizer.ts";
import { linkFeature } from "../handlers/link.ts";
import { connectionsFeature } from "../handlers/connections.ts";
import { ledgerFeature } from "../handlers/ledger.ts";
import { importFeature } from "../handlers/import.ts";
import { keyboard } from "./bot/keyboard.ts";
import { createAnalytics } from "./analytics/engine.ts";
import { createLlm } from "./llm/index.ts";
import type { BackgroundJob, FeatureKit } from "./feature-kit.ts";
import { askFeature } from "../handlers/ask.ts";
import { categoriesFeature } from "../handlers/categories.ts";
import { extraJobs } from "./jobs/index.ts";
import { merchantsFeature } from "../handlers/merchants.ts";

export type { BackgroundJob } from "./feature-kit.ts";

export interface FeatureDeps {
  services: Services;
  liveDialogs: LiveDialogs;
  features: Composer<BotContext>[];
  api: () => Api;
  databaseUrl: string;
}

export const DISPATCH_INTERVAL_MS = 2000;

export async function installFeatures(deps: FeatureDeps): Promise<BackgroundJob[]> {
  const { services, liveDialogs, features } = deps;
  const { config, db, vault, logger } = services;
  const settings = connectorSettings(config);
  const registry = createConnectorRegistry(ALL_CONNECTORS);
  const engine = createSyncEngine({ db, databaseUrl: deps.databaseUrl, vault, registry, logger: logger.child({ component: "sync" }), settings, now: services.now, categorize: categorizeForSync });
  const linking = createLinkService({ db, engine, vault, logger: logger.child({ component: "link" }), settings, now: services.now });
  const view = createConnectionsView(db);
  services.sync = engine;
  services.beforeForget = (userId) => linking.revokeAll(userId, registry);
  // A dialog whose replica died: the PENDING attempt names the bank and is then not reported again.
  liveDialogs.onInterrupted(async (ctx) => {
    const providers = ctx.user ? await linking.takeInterrupted(ctx.user.id) : [];
    for (const provider of providers) await ctx.reply(ctx.t("link.interrupted", { provider }), { parse_mode: "HTML" });
    if (!providers.length) await ctx.reply(ctx.t("dialog.interrupted"), { parse_mode: "HTML" });
  });

  const analytics = createAnalytics({ db, databaseUrl: deps.databaseUrl });
  services.analytics = analytics;
  services.afterForget = (userId) => analytics.invalidate(userId);
  const kit: FeatureKit = { services, liveDialogs, registry, engine, linking, analytics, llm: createLlm(config, logger), settings, databaseUrl: deps.databaseUrl, api: deps.api };

  features.push(
    categoriesFeature(kit),
    linkFeature({ registry, linking, view, liveDialogs, settings }),
    connectionsFeature({ view, engine }),
    ledgerFeature(createLedgerService(db)),
    importFeature({ imports: createImportService({ db, logger: logger.child({ component: "import" }), now: services.now, categorize: categorizeForSync }), apiRoot: config.TELEGRAM_API_ROOT, token: config.TELEGRAM_BOT_TOKEN! }),
    merchantsFeature(kit),
    // Last: any plain text that no other feature took is a question.
    askFeature(kit),
  );

  const scheduler = createScheduler({ engine, db, logger, now: services.now, concurrency: config.SYNC_CONCURRENCY });
  const dispatcher = createDispatcher({
    db,
    logger: logger.child({ component: "notify" }),
    now: services.now,
    send: async (chatId, m, hooks) => {
      const other = { parse_mode: "HTML" as const, ...(m.buttons?.length ? { reply_markup: keyboard(m.buttons) } : {}) };
      const sent = await deps.api().sendMessage(Number(chatId), m.html, withWireHooks(other, hooks));
      return { messageId: sent.message_id };
    },
  });
  services.dispatcher = dispatcher;
  services.scheduler = scheduler;
  return [
    ...extraJobs(kit),
    {
      name: "scheduler",
      async start() {
        scheduler.start();
        return () => scheduler.stop();
      },
    },
    {
      name: "dispatcher",
      async start() {
        dispatcher.start(DISPATCH_INTERVAL_MS);
        return () => dispatcher.stop();
      },
    },
  ];
}

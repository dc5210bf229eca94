// Everything a feature module may need, built once in src/features.ts. New
// features take the kit instead of growing features.ts's wiring.
import type { Api } from "grammy";
import type { Services } from "./services.ts";
import type { LiveDialogs } from "./bot/live-dialogs.ts";
import type { ConnectorRegistry } from "../connectors/registry.ts";
import type { SyncEngine } from "./sync/engine.ts";
import type { LinkService } from "./linking/link-service.ts";
import type { Analytics } from "./analytics/engine.ts";
import type { FxRates } from "./fx/types.ts";
import type { Llm } from "./llm/index.ts";

export interface FeatureKit {
  services: Services;
  liveDialogs: LiveDialogs;
  registry: ConnectorRegistry;
  engine: SyncEngine;
  linking: LinkService;
  analytics: Analytics;
  /** ECB euro reference rates (cached in PostgreSQL). */
  fx: FxRates & { refresh(): Promise<void> };
  /** null when no OPENAI_API_KEY / OPENAI_BASE_URL is configured. */
  llm: Llm | null;
  settings: Record<string, string | undefined>;
  databaseUrl: string;
  /** The bot's API for messages outside an update (background jobs). */
  api: () => Api;
}

export interface BackgroundJob {
  name: string;
  /** Starts the job and returns how to stop it. */
  start(): Promise<() => Promise<void>>;
}

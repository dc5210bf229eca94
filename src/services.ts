// What handlers may use, handed to the bot at creation (nothing is created at
// import time). Optional members belong to features that tests may leave out.
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import type { Vault } from "./vault/vault.ts";
import type { UserService } from "./users/user-service.ts";
import type { Locale } from "./i18n/index.ts";
import type { SyncEngine } from "./sync/engine.ts";
import type { Dispatcher } from "./notifications/dispatcher.ts";
import type { Scheduler } from "./scheduler.ts";
import type { Analytics } from "./analytics/engine.ts";
import type { FxRates } from "./fx/types.ts";

export interface Services {
  config: Config;
  db: Db;
  vault: Vault;
  users: UserService;
  logger: Logger;
  now(): Date;
  /** Revokes provider tokens before the user's rows disappear (best effort). */
  beforeForget?(userId: string): Promise<void>;
  /** Drops caches (analytics) of a forgotten user. */
  afterForget?(userId: string): void;
  onLocaleChanged?(chatId: number, locale: Locale): Promise<void>;
  /** Set by the features once wired; tests drive them by hand. */
  sync?: SyncEngine;
  dispatcher?: Dispatcher;
  scheduler?: Scheduler;
  analytics?: Analytics;
  /** Exchange rates to the base currency; set at start (tests may pass fixed rates). */
  fx?: FxRates;
}

// What the chaos trials run against: the Telegram simulator, one migrated
// database (every trial gets its own user and Demo Bank connection in it, so
// one app process can carry on between trials that do not kill it) and the
// app as a child process that can really be killed.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createAppLauncher, type AppProcess } from "../helpers/app-process.ts";
import { createDatabase } from "../../src/db/scratch.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { createDb, type Db } from "../../src/db/client.ts";
import { Vault } from "../../src/vault/vault.ts";
import { createLogger } from "../../src/logger.ts";
import { createSyncEngine, type SyncEngine } from "../../src/sync/engine.ts";
import { createConnectorRegistry } from "../../connectors/registry.ts";
import { demoConnector } from "../../connectors/demo/index.ts";

/** Days of history the first sync fetches: enough rows for two pages per account. */
export const HISTORY_DAYS = 30;
/** The second page of every sync waits for a rate limit, so a sync lasts long enough to be hit. */
export const DEMO_FAIL = "page:2:ratelimited:500";
export const FIRST_USER_ID = 910_000;
/** The harness's own connections are spared when the database is cut. */
const HARNESS_APP_NAME = "kontor-chaos-harness";

export interface ChaosWorld {
  sim: TelegramSimulator;
  db: Db;
  databaseUrl: string;
  engine: SyncEngine;
  app: AppProcess | null;
  /** Starts the app (again). */
  restart(): Promise<AppProcess>;
  /** Terminates every database session of the app: what a PostgreSQL restart or a network cut does. */
  cutDatabase(): Promise<number>;
  close(): Promise<void>;
}

/** The harness links Demo Bank connections itself (as the link flow would), under the app's master key. */
export function seedingEngine(db: Db, databaseUrl: string, key: Buffer): SyncEngine {
  return createSyncEngine({
    db,
    databaseUrl,
    vault: new Vault(key),
    registry: createConnectorRegistry([demoConnector]),
    logger: createLogger("silent"),
    settings: { DEMO_SEED: "42", DEMO_HISTORY_DAYS: String(HISTORY_DAYS) },
  });
}

export async function createChaosWorld(serverUrl: string, maxUsers: number): Promise<ChaosWorld> {
  const sim = await startTelegramSimulator();
  const database = await createDatabase(serverUrl, "kontor_chaos");
  await applyMigrations(database.url);
  const harnessUrl = new URL(database.url);
  harnessUrl.searchParams.set("application_name", HARNESS_APP_NAME);
  const db = createDb(harnessUrl.toString(), { max: 4 });
  const key = randomBytes(32);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-chaos-"));
  const engine = seedingEngine(db, harnessUrl.toString(), key);
  const allowed = Array.from({ length: maxUsers }, (_, i) => FIRST_USER_ID + i).join(",");
  const env = {
    TELEGRAM_BOT_TOKEN: sim.token,
    TELEGRAM_API_ROOT: sim.apiRoot,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    KONTOR_MASTER_KEY: key.toString("base64"),
    ALLOWED_TELEGRAM_USER_IDS: allowed,
    LOG_LEVEL: "info",
    DEMO_HISTORY_DAYS: String(HISTORY_DAYS),
    DEMO_FAIL,
  };

  const launcher = createAppLauncher(env);
  const world: ChaosWorld = {
    sim,
    db,
    databaseUrl: database.url,
    engine,
    app: null,
    async restart() {
      await world.app?.stop();
      world.app = await launcher.start();
      return world.app;
    },
    async cutDatabase() {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        const name = new URL(database.url).pathname.slice(1);
        const res = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and coalesce(application_name, '') <> $2",
          [name, HARNESS_APP_NAME],
        );
        return res.rowCount ?? 0;
      } finally {
        await admin.end();
      }
    },
    async close() {
      await world.app?.stop();
      await launcher.close();
      await db.$disconnect();
      await sim.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

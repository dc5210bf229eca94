// Entry point: parse configuration, start, stop cleanly on SIGINT/SIGTERM.
import { existsSync } from "node:fs";
import { ConfigError, parseConfig } from "./config.ts";
import { MigrationError } from "./db/migrate.ts";
import { startApp } from "./app.ts";

async function main() {
  // A .env beside the project is read if present; real environment variables win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = parseConfig(process.env, { requireToken: true });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await startApp(config);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.services.logger.info({ signal }, "shutting down");
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  if (err instanceof MigrationError) console.error(err.message);
  // Never print a bare "undefined": a library rejecting without a reason still gets a sentence.
  else console.error(err instanceof Error ? err.message : `Kontor could not start: ${err === undefined ? "no reason was given (run with LOG_LEVEL=debug)" : String(err)}`);
  process.exit(1);
});

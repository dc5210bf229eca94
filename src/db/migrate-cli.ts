// `npm run db:migrate`: applies committed migrations to DATABASE_URL (or the
// embedded database under DATA_DIR), exactly as start-up does.
import path from "node:path";
import { ConfigError, parseConfig } from "../config.ts";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";

try {
  const config = parseConfig(process.env);
  let url = config.DATABASE_URL;
  const embedded = url ? null : await startEmbeddedPostgres(path.join(config.DATA_DIR, "postgres"));
  url ??= embedded!.url;
  try {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await embedded?.stop();
  }
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
}

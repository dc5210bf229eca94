// A file the Docker HEALTHCHECK can look at in polling and webhook mode alike:
// rewritten every 30 s while the process runs and its database answers. A
// hung process or a lost database lets it go stale, and the check fails.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Services } from "../services.ts";
import type { BackgroundJob } from "./background-job.ts";

export const ALIVE_FILE = "kontor.alive";
export const ALIVE_INTERVAL_MS = 30_000;
/** The HEALTHCHECK's limit: four missed beats. */
export const ALIVE_STALE_MS = 120_000;

export function aliveFile(dataDir: string): string {
  return path.join(dataDir, ALIVE_FILE);
}

export function aliveFileJob(services: Services): BackgroundJob & { beat(): Promise<void> } {
  const { db, logger, config } = services;
  const file = aliveFile(config.DATA_DIR);
  const beat = async () => {
    await db.$queryRaw`select 1`;
    await writeFile(file, `${new Date().toISOString()}\n`);
  };
  return {
    name: "alive-file",
    beat,
    async start() {
      const onBeat = () => void beat().catch((err: unknown) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, "health beat failed"));
      onBeat();
      const timer = setInterval(onBeat, ALIVE_INTERVAL_MS);
      timer.unref();
      return async () => clearInterval(timer);
    },
  };
}

// Runs the real app (runner polling, PostgreSQL, migrations, vault) against the
// Telegram simulator. The log goes to memory so tests can grep it for secrets.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { startApp, type App } from "../../src/app.ts";
import type { TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { InboxTimings } from "../../src/dialogs/inbox.ts";
import type { FxRates } from "../../src/fx/types.ts";

export class MemoryLog extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    cb();
  }
  get text() {
    return this.lines.join("\n");
  }
}

// Data directories this helper made (each holds a master key): removed when the
// test file is done, not at app.stop(), because tests restart apps on them.
const madeDirs = new Set<string>();
afterAll(async () => {
  for (const dir of madeDirs) await rm(dir, { recursive: true, force: true });
  madeDirs.clear();
});

export interface TestAppOptions {
  sim: TelegramSimulator;
  databaseUrl: string;
  allowed: number[];
  dataDir?: string;
  env?: Record<string, string>;
  now?: () => Date;
  background?: boolean;
  dialogTimings?: InboxTimings;
  fx?: FxRates;
}

export async function startTestApp(o: TestAppOptions): Promise<App & { log: MemoryLog; dataDir: string }> {
  let dataDir = o.dataDir;
  if (!dataDir) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-app-"));
    madeDirs.add(dataDir);
  }
  const config = parseConfig(
    {
      TELEGRAM_BOT_TOKEN: o.sim.token,
      TELEGRAM_API_ROOT: o.sim.apiRoot,
      DATABASE_URL: o.databaseUrl,
      DATA_DIR: dataDir,
      ALLOWED_TELEGRAM_USER_IDS: o.allowed.join(","),
      LOG_LEVEL: "debug",
      // Never the real ECB: a closed local port (tests that need rates start test/fakes/ecb).
      FX_RATES_URL: "http://127.0.0.1:9/stats/eurofxref",
      ...o.env,
    },
    { requireToken: true },
  );
  const log = new MemoryLog();
  const app = await startApp(config, { logger: createLogger("debug", log), perChatMinMs: 0, now: o.now, background: o.background ?? false, dialogTimings: o.dialogTimings, fx: o.fx });
  return { ...app, log, dataDir };
}

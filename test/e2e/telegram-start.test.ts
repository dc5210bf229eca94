import net from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { startApp } from "../../src/app.ts";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { MemoryLog } from "../helpers/app.ts";

describe("reaching Telegram at start-up", () => {
  let t: TestDatabase;
  let sim: TelegramSimulator;
  let dataDir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startTelegramSimulator();
    dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-app-"));
  });
  afterAll(async () => {
    await sim.close();
    await t.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = (env: Record<string, string>, telegramTimeoutMs?: number) =>
    startApp(
      parseConfig({ TELEGRAM_BOT_TOKEN: sim.token, DATABASE_URL: t.url, DATA_DIR: dataDir, ALLOWED_TELEGRAM_USER_IDS: "1", ...env }, { requireToken: true }),
      { logger: createLogger("info", new MemoryLog()), background: false, ...(telegramTimeoutMs ? { telegramTimeoutMs } : {}) },
    );

  it("gives up with a message naming TELEGRAM_API_ROOT when Telegram never answers", async () => {
    // Accepts connections and never answers: what a black-holed route looks like.
    const sockets: net.Socket[] = [];
    const hole = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => hole.listen(0, "127.0.0.1", r));
    const apiRoot = `http://127.0.0.1:${(hole.address() as net.AddressInfo).port}`;
    try {
      await expect(start({ TELEGRAM_API_ROOT: apiRoot }, 1500)).rejects.toThrow(new RegExp(`TELEGRAM_API_ROOT=${apiRoot}.*no answer within 2 s`));
    } finally {
      for (const s of sockets) s.destroy();
      hole.close();
    }
  });

  it("names a refused connection too, without retrying forever", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(start({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` })).rejects.toThrow(/Cannot reach Telegram at TELEGRAM_API_ROOT=.*ECONNREFUSED/);
  });

  it("says the token was rejected on a 401", async () => {
    await expect(start({ TELEGRAM_API_ROOT: sim.apiRoot, TELEGRAM_BOT_TOKEN: "12345:not-the-token-of-this-bot-at-all" })).rejects.toThrow("Telegram rejected the bot token");
  });
});

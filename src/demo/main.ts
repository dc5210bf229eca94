// `npm run demo`: everything offline. An embedded PostgreSQL under
// DATA_DIR (default ./data/demo), the Telegram simulator in this process, the
// real bot logic, and a terminal chat to talk to it.
import path from "node:path";
import { parseConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { startApp } from "../app.ts";
import { startTelegramSimulator } from "../tools/telegram-simulator/index.ts";
import { runTerminalChat } from "./terminal-chat.ts";

const DEMO_USER = { id: 4242, first_name: "Demo", language_code: process.env.DEMO_LANGUAGE ?? "en" };

const sim = await startTelegramSimulator();
const dataDir = process.env.DATA_DIR ?? "./data/demo";
const config = parseConfig(
  {
    ...process.env,
    TELEGRAM_BOT_TOKEN: sim.token,
    TELEGRAM_API_ROOT: sim.apiRoot,
    DATA_DIR: dataDir,
    ALLOWED_TELEGRAM_USER_IDS: String(DEMO_USER.id),
    WEBHOOK_URL: "",
  },
  { requireToken: true },
);
// Logs go to a file so they don't interleave with the chat.
const logger = createLogger(config.LOG_LEVEL, (await import("pino")).pino.destination({ dest: path.join(dataDir, "kontor-demo.log"), mkdir: true, sync: false }));
console.log(`Starting Kontor demo (data in ${path.resolve(dataDir)}, log in ${path.join(dataDir, "kontor-demo.log")})…`);
const app = await startApp(config, { logger, perChatMinMs: 0 });
console.log(`Ready in ${app.timings.ready} ms. Say /start.`);
await runTerminalChat(sim, DEMO_USER, { photoDir: path.join(dataDir, "photos") });
await app.stop();
await sim.close();

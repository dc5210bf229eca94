// Asks questions through the real app and the Telegram simulator and times
// each one from the moment the update is queued to the moment the simulator
// records the answer's last part (message or photo). The number of parts an
// answer has is learnt on its first (cold) ask, by waiting for the chat to go
// quiet; later asks stop the clock as soon as that many parts have arrived.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { startApp, type App } from "../src/app.ts";
import { parseConfig } from "../src/config.ts";
import { startTelegramSimulator, type ApiCall, type TelegramSimulator } from "../src/tools/telegram-simulator/index.ts";

const REPLY_METHODS = new Set(["sendmessage", "sendphoto", "senddocument", "sendmediagroup", "editmessagetext", "editmessagemedia", "editmessagecaption"]);
/** How long a chat must stay silent before a first answer counts as complete (a follow-up part comes within one round trip). */
const QUIET_MS = 600;
const TIMEOUT_MS = 120_000;
/**
 * A person reads an answer before asking the next question. Without a pause the
 * bench would fire ~15 questions a second and measure the throttler holding
 * Kontor to Telegram's ~30 messages/s budget, not Kontor's own latency.
 */
export const READING_PAUSE_MS = 250;

export interface BotAnswer {
  ms: number;
  parts: string[];
  /** Text or caption of each part, to tell a real answer from the generic "I didn't understand". */
  texts: string[];
  withChart: boolean;
}

export interface BotHarness {
  /** First ask of a question: waits for silence and learns how many parts its answer has. */
  askLearning(text: string): Promise<BotAnswer>;
  /** Later asks: stops when `expectParts` reply calls have arrived. */
  ask(text: string, expectParts: number): Promise<BotAnswer>;
  /** Makes the next question cold: every write bumps this, and the analytics cache reloads on a new version. */
  bumpDataVersion(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBotHarness(databaseUrl: string, telegramId: number): Promise<BotHarness> {
  const sim: TelegramSimulator = await startTelegramSimulator();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-bench-"));
  const config = parseConfig(
    {
      TELEGRAM_BOT_TOKEN: sim.token,
      TELEGRAM_API_ROOT: sim.apiRoot,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      ALLOWED_TELEGRAM_USER_IDS: String(telegramId),
      LOG_LEVEL: "silent",
    },
    { requireToken: true },
  );
  const app: App = await startApp(config, { perChatMinMs: 0, logger: pino({ level: "silent" }), background: false });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const user = { id: telegramId, first_name: "Bench", language_code: "en" };
  sim.addUser(user);
  await sim.waitFor(() => sim.isPolling(), 10_000);

  const repliesSince = (from: number): ApiCall[] =>
    sim.calls.slice(from).filter((c) => REPLY_METHODS.has(c.method.toLowerCase()) && Number(c.params.chat_id) === telegramId && c.status === 200);

  const answer = (start: number, parts: ApiCall[]): BotAnswer => ({
    ms: parts.at(-1)!.at.getTime() - start,
    parts: parts.map((c) => c.method),
    texts: parts.map((c) => String(c.params.text ?? c.params.caption ?? "")),
    withChart: parts.some((c) => /photo|media/i.test(c.method)),
  });

  // Waits until the simulator has seen the answer; the clock reads the recorded call times, not this loop.
  const waitUntil = (done: () => boolean) => sim.waitFor(() => done() || undefined, TIMEOUT_MS);

  return {
    async askLearning(text) {
      const from = sim.calls.length;
      const start = Date.now();
      sim.sendText(user, text);
      await waitUntil(() => repliesSince(from).length > 0);
      for (;;) {
        const seen = repliesSince(from).length;
        await new Promise((r) => setTimeout(r, QUIET_MS));
        if (repliesSince(from).length === seen) break;
      }
      return answer(start, repliesSince(from));
    },
    async ask(text, expectParts) {
      await new Promise((r) => setTimeout(r, READING_PAUSE_MS));
      const from = sim.calls.length;
      const start = Date.now();
      sim.sendText(user, text);
      await waitUntil(() => repliesSince(from).length >= expectParts);
      return answer(start, repliesSince(from).slice(0, expectParts));
    },
    async bumpDataVersion() {
      // A real data change (one row touched): the analytics store applies it from the change log.
      await client.query(`update "Transaction" set "updatedAt" = now() where id = (select id from "Transaction" where "userId" = (select id from "User" where "telegramId" = $1) limit 1)`, [telegramId]);
    },
    async stop() {
      await client.end();
      await app.stop();
      await sim.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

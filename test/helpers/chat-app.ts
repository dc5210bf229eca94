// People chatting with a running Kontor: the Telegram simulator, a fresh test
// database and the app, started together and stopped in reverse order, with
// any provider fakes the test started first.
import { startTelegramSimulator, type SimUser, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { startTestApp, type TestAppOptions } from "./app.ts";
import { onboard } from "./onboard.ts";

export interface ChatApp {
  sim: TelegramSimulator;
  t: TestDatabase;
  app: Awaited<ReturnType<typeof startTestApp>>;
  stop(): Promise<void>;
}

export type ChatAppOptions = Omit<TestAppOptions, "sim" | "databaseUrl" | "allowed"> & {
  /** Fakes of the providers, closed after the app. */
  fakes?: { close(): Promise<void> }[];
  /** Set up through /start before the test begins (default: every person). */
  onboarded?: SimUser[];
};

export async function startChatApp(people: SimUser[], opts: ChatAppOptions = {}): Promise<ChatApp> {
  const { fakes = [], onboarded = people, ...appOptions } = opts;
  const sim = await startTelegramSimulator();
  const t = await createTestDatabase();
  const app = await startTestApp({ ...appOptions, sim, databaseUrl: t.url, allowed: people.map((p) => p.id) });
  for (const who of onboarded) await onboard(sim, who);
  return {
    sim,
    t,
    app,
    async stop() {
      await app.stop();
      await sim.close();
      for (const fake of fakes) await fake.close();
      await t.drop();
    },
  };
}

const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

/** Sends a statement file, expects Kontor's import preview, confirms it and waits for the import. Returns the preview text. */
export async function importStatement(sim: TelegramSimulator, who: SimUser, fileName: string, content: Buffer): Promise<string> {
  const after = sim.lastBotMessage(who.id)?.messageId ?? 0;
  sim.sendDocument(who, { fileName, mimeType: "text/csv", content });
  const preview = await sim.waitForBotMessage(who.id, /Import the new transactions\?|could not import|not sure how to read|Which currency/, { afterMessageId: after, timeoutMs: 20_000 });
  const shown = textOf(preview);
  if (!/Import the new transactions\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
  sim.tapButton(who, preview.messageId, "imp:ok");
  await sim.waitFor(() => /Imported \d+/.test(textOf(sim.chat(who.id).find((m) => m.messageId === preview.messageId)!)), 20_000);
  return shown;
}

/** Asks a question in the chat and returns the first reply matching `reply` (an amount, a question back, a refusal). */
export async function askKontor(sim: TelegramSimulator, who: SimUser, question: string, reply: RegExp): Promise<string> {
  const sent = sim.sendText(who, question);
  return textOf(await sim.waitForBotMessage(who.id, reply, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 }));
}

// The whole app against the Telegram simulator and the comdirect fake, with the
// app's clock tied to the fake's so token lifetimes agree on both sides.
import { expect } from "vitest";
import type { SimMessage, SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/types.ts";
import { startTelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { startComdirectFake, type ComdirectFake, type ComdirectFakeOptions } from "../fakes/comdirect/index.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";
import { startTestApp } from "./app.ts";
import { onboard } from "./onboard.ts";

export const person: SimUser = { id: 4711, first_name: "Jonas", language_code: "en" };

export interface ComdirectChat {
  sim: TelegramSimulator;
  fake: ComdirectFake;
  t: TestDatabase;
  app: Awaited<ReturnType<typeof startTestApp>>;
  /** Id of the newest bot message, to wait only for what comes after it. */
  mark(): number;
  /** Taps the button whose label matches. */
  tap(message: SimMessage, label: RegExp): void;
  waitFor(match: RegExp, after: number, timeoutMs?: number): Promise<SimMessage>;
  stop(): Promise<void>;
}

export async function startComdirectChat(fakeOptions: ComdirectFakeOptions = {}): Promise<ComdirectChat> {
  const sim = await startTelegramSimulator();
  const fake = await startComdirectFake(fakeOptions);
  const t = await createTestDatabase();
  const app = await startTestApp({ sim, databaseUrl: t.url, allowed: [person.id], now: () => fake.now(), env: { COMDIRECT_API_URL: fake.url } });
  const chat: ComdirectChat = {
    sim,
    fake,
    t,
    app,
    mark: () => sim.botMessages(person.id).reduce((max, m) => Math.max(max, m.messageId), 0),
    tap(message, label) {
      const button = message.replyMarkup?.inline_keyboard.flat().find((b) => label.test(b.text));
      if (!button || !("callback_data" in button)) throw new Error(`no button ${String(label)} on "${message.text ?? message.caption}"`);
      sim.tapButton(person, message.messageId, button.callback_data!);
    },
    waitFor: (match, after, timeoutMs) => sim.waitForBotMessage(person.id, match, { afterMessageId: after, ...(timeoutMs ? { timeoutMs } : {}) }),
    async stop() {
      await app.stop();
      await sim.close();
      await fake.close();
      await t.drop();
    },
  };
  await onboard(chat.sim, person);
  return chat;
}


/** /link → comdirect → the four login questions. Returns the person's secret messages' ids. */
export async function startComdirectLink(c: ComdirectChat): Promise<number[]> {
  const { sim, fake } = c;
  const after = c.mark();
  sim.sendText(person, "/link");
  c.tap(await c.waitFor(/Which source/, after), /^comdirect$/);
  await c.waitFor(/API client ID\?/, after);
  sim.sendText(person, fake.config.clientId);
  const secrets: number[] = [];
  for (const [question, answer] of [
    [/API client secret\?/, fake.config.clientSecret],
    [/Zugangsnummer \(the number you log in with\)\?/, fake.config.zugangsnummer],
    [/online-banking PIN\?/, fake.config.pin],
  ] as const) {
    await c.waitFor(question, after);
    secrets.push(sim.sendText(person, answer).message!.message_id);
  }
  return secrets;
}

/** After the TAN: the account question (two accounts by default) and the final "connected" message. */
export async function finishWithAllAccounts(c: ComdirectChat, after: number, timeoutMs?: number): Promise<SimMessage> {
  c.tap(await c.waitFor(/Which accounts should I sync/, after, timeoutMs), /^All \d+$/);
  return c.waitFor(/is connected/, after, 20_000);
}

/** A linked connection via photoTAN with the right TAN at once. */
export async function linkWithPhotoTan(c: ComdirectChat): Promise<string> {
  const after = c.mark();
  await startComdirectLink(c);
  await c.waitFor(/TAN from your photoTAN app/, after);
  c.sim.sendText(person, c.fake.config.tan);
  if (c.fake.state.accounts.length + c.fake.state.depots.length > 1) await finishWithAllAccounts(c, after);
  else await c.waitFor(/is connected/, after, 20_000);
  const conn = await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect", status: "ACTIVE" } });
  return conn.id;
}

export function userMessage(c: ComdirectChat, messageId: number): SimMessage {
  const m = c.sim.chat(person.id).find((x) => x.messageId === messageId && x.from === "user");
  expect(m, `user message ${messageId}`).toBeDefined();
  return m!;
}

/** Every text the bot sent (incl. earlier edits and captions) and every user message still visible. */
export function visibleChatText(c: ComdirectChat): string {
  return c.sim
    .chat(person.id)
    .filter((m) => m.from === "bot" || !m.deleted)
    .flatMap((m) => [m.text, m.caption, m.source, ...m.edits.flatMap((e) => [e.text, e.caption])])
    .filter((s): s is string => typeof s === "string")
    .join("\n");
}

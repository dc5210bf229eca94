// Driving the chat as these three people do: their own onboarding (time zone
// and currency of their city), sending a file (answering a currency question
// if Kontor asks one), asking, and comparing replies with figures computed
// from the events.
import { expect } from "vitest";
import type { SimUser, TelegramSimulator } from "../../../src/tools/telegram-simulator/index.ts";

type Msg = { messageId: number; text?: string; caption?: string; replyMarkup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } };
export const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";
const lastId = (sim: TelegramSimulator, who: SimUser) => sim.lastBotMessage(who.id)?.messageId ?? 0;
const buttons = (m: Msg) => (m.replyMarkup?.inline_keyboard ?? []).flat();

/** /start with English, the person's own time zone (typed when it is not offered) and currency. */
export async function onboardAs(sim: TelegramSimulator, who: SimUser, tz: string, currency: string): Promise<void> {
  const after = lastId(sim, who);
  sim.sendText(who, "/start");
  sim.tapButton(who, (await sim.waitForBotMessage(who.id, /Welcome|Willkommen/, { afterMessageId: after })).messageId, "lang:en");
  const tzMsg = (await sim.waitForBotMessage(who.id, /time zone/, { afterMessageId: after })) as Msg;
  if (buttons(tzMsg).some((b) => b.callback_data === `tz:${tz}`)) sim.tapButton(who, tzMsg.messageId, `tz:${tz}`);
  else sim.sendText(who, tz);
  const cur = (await sim.waitForBotMessage(who.id, /Which currency/, { afterMessageId: tzMsg.messageId })) as Msg;
  sim.tapButton(who, cur.messageId, `cur:${currency}`);
  await sim.waitForBotMessage(who.id, /All set/, { afterMessageId: after });
}

/** Sends a file, answers a currency question with the person's currency if one comes, confirms the preview. */
export async function sendStatement(sim: TelegramSimulator, who: SimUser, fileName: string, mimeType: string, content: Buffer, currency: string): Promise<string> {
  const after = lastId(sim, who);
  sim.sendDocument(who, { fileName, mimeType, content });
  const expected = /Import the new transactions\?|could not import|not sure how to read|Which currency/;
  let preview = (await sim.waitForBotMessage(who.id, expected, { afterMessageId: after, timeoutMs: 20_000 })) as Msg;
  if (/Which currency/.test(textOf(preview))) {
    const button = buttons(preview).find((b) => b.text.includes(currency));
    if (!button?.callback_data) throw new Error(`${fileName}: asked for a currency without offering ${currency}: ${textOf(preview)}`);
    sim.tapButton(who, preview.messageId, button.callback_data);
    preview = (await sim.waitForBotMessage(who.id, expected, { afterMessageId: preview.messageId, timeoutMs: 20_000 })) as Msg;
  }
  const shown = textOf(preview);
  if (!/Import the new transactions\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
  sim.tapButton(who, preview.messageId, "imp:ok");
  await sim.waitFor(() => /Imported \d+/.test(textOf(sim.chat(who.id).find((m) => m.messageId === preview.messageId)!)), 20_000);
  return shown;
}

const answer = /[£$€]|\?|didn't|did not|not |no |couldn't|can't|cannot/i;

/** Asks and returns every bot message that followed within a moment of the first answer (lists may be split). */
export async function ask(sim: TelegramSimulator, who: SimUser, question: string): Promise<string> {
  const sent = sim.sendText(who, question);
  const first = sent.message!.message_id;
  await sim.waitForBotMessage(who.id, answer, { afterMessageId: first, timeoutMs: 15_000 });
  await new Promise((r) => setTimeout(r, 600));
  return sim
    .chat(who.id)
    .filter((m) => m.from === "bot" && m.messageId > first)
    .map(textOf)
    .join("\n");
}

/** Asks for a list and pages through it with its "Next" button, returning every page's text. */
export async function askList(sim: TelegramSimulator, who: SimUser, question: string): Promise<string> {
  const pages = [await ask(sim, who, question)];
  const asked = sim.chat(who.id).filter((m) => m.from === "user").at(-1)?.messageId ?? 0;
  for (let page = 0; page < 20; page++) {
    const withNext = sim
      .chat(who.id)
      .filter((m) => m.from === "bot" && m.messageId > asked)
      .map((m) => ({ m, next: buttons(m as Msg).find((b) => /next|more|▶/i.test(b.text)) }))
      .at(-1);
    if (!withNext?.next?.callback_data) break;
    const before = textOf(withNext.m);
    const newest = lastId(sim, who);
    sim.tapButton(who, withNext.m.messageId, withNext.next.callback_data);
    const current = () => textOf(sim.chat(who.id).find((m) => m.messageId === withNext.m.messageId)!);
    await sim.waitFor(() => current() !== before || lastId(sim, who) > newest, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    pages.push(current(), ...sim.chat(who.id).filter((m) => m.from === "bot" && m.messageId > newest).map(textOf));
  }
  return pages.join("\n");
}

/** The reply names one of the figures the question's honest readings give, and so not some other total. */
export function expectOneOf(reply: string, figures: string[], question: string): void {
  const wanted = [...new Set(figures)];
  expect(wanted.some((f) => reply.includes(f)), `${question}\n  expected one of: ${wanted.join(" | ")}\n  Kontor replied: ${reply}`).toBe(true);
}
export const expectFigure = (reply: string, figure: string, question: string) => expectOneOf(reply, [figure], question);

/** A monthly average as Kontor may round it: floor, half-up or ceiling of the exact cents. */
export function averages(total: number, months: number): number[] {
  return [Math.floor(total / months), Math.round(total / months), Math.ceil(total / months)];
}

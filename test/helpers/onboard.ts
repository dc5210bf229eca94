import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";

/** Runs /start through the buttons, whatever the Telegram language: English, Europe/Berlin, EUR. */
export async function onboard(sim: TelegramSimulator, who: SimUser): Promise<void> {
  const after = sim.lastBotMessage(who.id)?.messageId ?? 0;
  sim.sendText(who, "/start");
  sim.tapButton(who, (await sim.waitForBotMessage(who.id, /Welcome|Willkommen/, { afterMessageId: after })).messageId, "lang:en");
  sim.tapButton(who, (await sim.waitForBotMessage(who.id, /time zone/, { afterMessageId: after })).messageId, "tz:Europe/Berlin");
  sim.tapButton(who, (await sim.waitForBotMessage(who.id, /Which currency/, { afterMessageId: after })).messageId, "cur:EUR");
  await sim.waitForBotMessage(who.id, /All set/, { afterMessageId: after });
}

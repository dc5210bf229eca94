// Plaid with PUBLIC_URL: the link token carries a webhook to
// /callback/plaid?state=…, and Plaid's SESSION_FINISHED wakes the chat's link
// flow at once instead of after the next slow poll. The webhook is only a
// signal: what was connected is still read from /link/token/get.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { startPlaidFake, type PlaidFake } from "../fakes/plaid/server.ts";
import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { freePort } from "../../src/db/embedded.ts";

const max = { id: 5405, first_name: "Max", language_code: "en" };


describe("Plaid: completion by webhook", () => {
  let sim: TelegramSimulator;
  let fake: PlaidFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let c: ChatApp;
  let publicUrl: string;

  const lastId = (who: SimUser) => sim.chat(who.id).at(-1)?.messageId ?? 0;
  // Shorter than the 30 s after which the flow would ask /link/token/get without a webhook.
  const wait = (who: SimUser, text: RegExp, after: number) => sim.waitForBotMessage(who.id, text, { afterMessageId: after, timeoutMs: 15_000 });
  async function toPlaid(who: SimUser) {
    const after = lastId(who);
    sim.sendText(who, "/link");
    const source = await wait(who, /Which source/, after);
    const button = source.replyMarkup!.inline_keyboard.flat().find((b) => b.text === "Plaid (US/CA banks)")!;
    sim.tapButton(who, source.messageId, "callback_data" in button ? button.callback_data! : "");
    const link = await wait(who, /Open Plaid and connect your bank/, after);
    await fake.webhooksDone();
    return { link, after };
  }

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    fake = await startPlaidFake();
    c = await startChatApp([max], {
      fakes: [fake],
      env: { PUBLIC_URL: publicUrl, PORT: String(port), PLAID_API_URL: fake.url, PLAID_CLIENT_ID: fake.clientId, PLAID_SECRET_FILE: fake.secretFile },
    });
    ({ sim, t, app } = c);
  }, 60_000);
  afterAll(() => c?.stop());

  it("SESSION_FINISHED wakes the flow: the link message is edited, the bank connected and synced", async () => {
    const { link, after } = await toPlaid(max);
    const callsBefore = fake.calls.filter((c) => c === "/link/token/get").length;
    fake.finish(["Chase"]);
    await fake.webhooksDone();
    expect(fake.webhooks.map((w) => [w.url.split("?")[0], w.status])).toEqual([[`${publicUrl}/callback/plaid`, 200]]);
    await wait(max, /Connected: Chase/, after);
    // One read after the signal, not a poll every few seconds.
    expect(fake.calls.filter((c) => c === "/link/token/get").length - callsBefore).toBe(1);
    expect(sim.chat(max.id).find((m) => m.messageId === link.messageId)!.text).toContain("Plaid reports the connection finished");
    await wait(max, /Chase.*is connected/, after);
    expect(await t.db.transaction.count()).toBeGreaterThan(10);
    // Plaid may deliver a webhook twice: the second only gets a 200, nothing happens.
    const again = await fetch(fake.webhooks[0]!.url, { method: "POST", body: "{}" });
    expect(again.status).toBe(200);
    expect(app.log.text).toContain('"reason":"replayed"');
    const token = [...fake.items.values()][0]!.accessToken;
    expect(app.log.text).not.toContain(token);
  });

  it("an exit at Plaid reaches the chat at once too", async () => {
    const { after } = await toPlaid(max);
    fake.exit("requires_credentials");
    await wait(max, /not completed \(requires_credentials\)/, after);
    await wait(max, /Linking did not work/, after);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { freePort } from "../../src/db/embedded.ts";

const carol = { id: 3003, first_name: "Carol", language_code: "en" };

describe("webhook mode", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let base: string;

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    const port = await freePort();
    app = await startTestApp({
      sim,
      databaseUrl: t.url,
      allowed: [carol.id],
      env: { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: "s3cret_token-1", PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    });
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("receives updates through the webhook with the secret", async () => {
    sim.sendText(carol, "/help");
    await sim.waitForBotMessage(carol.id, /keeps all your accounts/);
    expect(sim.calls.some((c) => c.method === "setWebhook" && c.params.secret_token === "s3cret_token-1")).toBe(true);
  });

  it("rejects a request with a wrong or missing secret and does nothing", async () => {
    const before = sim.botMessages(carol.id).length;
    const update = { update_id: 999_001, message: { message_id: 77, date: 0, chat: { id: carol.id, type: "private" as const, first_name: "C" }, from: { id: carol.id, is_bot: false, first_name: "C" }, text: "/help" } };
    const wrong = await sim.postToWebhookWithSecret(update, "nope");
    const missing = await sim.postToWebhookWithSecret({ ...update, update_id: 999_002 });
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(sim.botMessages(carol.id).length).toBe(before);
  });

  it("serves bank returns (PUBLIC_URL) on the same server, beside the webhook and the health check", async () => {
    const page = await fetch(`${base}/callback/enable-banking?code=c&state=not-a-state`);
    expect(page.status).toBe(400);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(await page.text()).toContain("no longer valid");
    // Plaid's webhook is a POST too, and must not be taken for a Telegram update.
    expect((await fetch(`${base}/callback/plaid?state=not-a-state`, { method: "POST", body: "{}" })).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(app.log.text).toContain('"reason":"unknown"');
  });
});

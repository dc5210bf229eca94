// SimpleFIN Bridge in the chat (open-banking.md §2.2): /link → SimpleFIN → the
// person pastes a Setup Token → Kontor claims it once for an Access URL →
// accounts → first sync → a question answered from the synced rows. The token
// message is deleted from the chat; the Access URL (it carries the Basic-auth
// password) never reaches the log, the chat or a plaintext column. Expected
// figures are computed here from the fake's fixture rows, in integer cents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { startSimplefinFake, type SimplefinFake } from "../fakes/simplefin/server.ts";
import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const ana = { id: 5505, first_name: "Ana", language_code: "en" };

/** "-12.34" → -1234, without floats. */
function cents(amount: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`unexpected amount ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}
function dollars(c: number): string {
  const abs = Math.abs(c);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${c < 0 ? "-" : ""}$${int}.${String(abs % 100).padStart(2, "0")}`;
}

describe("SimpleFIN: Setup Token to an answered question", () => {
  let sim: TelegramSimulator;
  let fake: SimplefinFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let c: ChatApp;

  const lastId = (who: SimUser) => sim.chat(who.id).at(-1)?.messageId ?? 0;
  const wait = (who: SimUser, text: RegExp, after: number, timeoutMs = 20_000) => sim.waitForBotMessage(who.id, text, { afterMessageId: after, timeoutMs });
  async function toTokenPrompt(who: SimUser) {
    const after = lastId(who);
    sim.sendText(who, "/link");
    const source = await wait(who, /Which source/, after);
    const button = source.replyMarkup!.inline_keyboard.flat().find((b) => b.text === "SimpleFIN Bridge (US/CA)");
    expect(button, "SimpleFIN in the picker").toBeDefined();
    sim.tapButton(who, source.messageId, "callback_data" in button! ? button.callback_data! : "");
    await wait(who, /Paste the Setup Token/, after);
    return after;
  }

  beforeAll(async () => {
    fake = await startSimplefinFake();
    c = await startChatApp([ana], {
      fakes: [fake],
      now: () => fake.now(),
      env: { SIMPLEFIN_ALLOWED_HOSTS: "127.0.0.1", SIMPLEFIN_CREATE_URL: `${fake.url}/simplefin/create` },
    });
    ({ sim, t, app } = c);
  }, 60_000);
  afterAll(() => c?.stop());

  it("an already-claimed Setup Token gets a clear message and stores nothing", async () => {
    const token = fake.setupToken();
    // Someone else claimed it first (the Bridge answers 403 to a second claim).
    const claimUrl = Buffer.from(token, "base64").toString("utf8");
    expect((await fetch(claimUrl, { method: "POST" })).status).toBe(200);
    const after = await toTokenPrompt(ana);
    const pasted = sim.sendText(ana, token);
    await wait(ana, /does not know this Setup Token or it was already used/, after);
    // The flow asks again; the pasted token is gone from the chat.
    await wait(ana, /Paste the Setup Token/, after + 1);
    expect(sim.chat(ana.id).find((m) => m.messageId === pasted.message!.message_id)!.deleted).toBe(true);
    // A token for a host that is not an allowed Bridge: refused before any request.
    sim.sendText(ana, Buffer.from("https://evil.example/simplefin/claim/abc").toString("base64"));
    await wait(ana, /points to a server Kontor does not talk to/, after);
    // Not a token at all: a clear message too.
    sim.sendText(ana, "hello bridge");
    await wait(ana, /That is not a SimpleFIN Setup Token/, after);
    sim.sendText(ana, "/cancel");
    await wait(ana, /cancelled/i, after);
    expect(await t.db.connection.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
    expect(fake.calls).toHaveLength(0);
  });

  it("a fresh token: accounts found, first sync, the token message deleted", async () => {
    const token = fake.setupToken();
    const after = await toTokenPrompt(ana);
    const pasted = sim.sendText(ana, token);
    const found = await wait(ana, /Found 2 accounts/, after);
    expect(found.text).toContain("Adv Plus Banking");
    expect(found.text).toContain("Savings");
    await wait(ana, /SimpleFIN.*is connected with 2 account/, after, 30_000);
    expect(sim.chat(ana.id).find((m) => m.messageId === pasted.message!.message_id)!.deleted).toBe(true);
    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "simplefin" } });
    expect(conn.status).toBe("ACTIVE");
    expect(fake.calls.length).toBeGreaterThan(0);
    const booked = fake.accounts.flatMap((a) => a.transactions.filter((x) => !x.pending));
    const stored = await t.db.transaction.findMany({ where: { status: "BOOKED" }, select: { externalId: true } });
    // Every stored row is one of the fake's, none twice.
    expect(new Set(stored.map((s) => s.externalId)).size).toBe(stored.length);
    for (const s of stored) expect(booked.map((b) => b.id)).toContain(s.externalId);
  });

  it("answers Safeway spending in October with the exact figure from the fixture rows", async () => {
    const october = fake.accounts
      .flatMap((a) => a.transactions)
      .filter((x) => !x.pending && x.payee === "Safeway" && new Date(x.posted * 1000).toISOString().startsWith("2026-10"));
    expect(october.length).toBeGreaterThan(10);
    const spent = -october.reduce((s, x) => s + cents(x.amount), 0);
    const sent = sim.sendText(ana, "safeway in October");
    const reply = await sim.waitForBotMessage(ana.id, /\$|€|didn't|not /, { afterMessageId: sent.message!.message_id, timeoutMs: 20_000 });
    expect(reply.text ?? reply.caption).toContain(`${dollars(spent)} (${october.length} transactions)`);
  });

  it("the Access URL appears nowhere: not in the log, the chat or a plaintext column", async () => {
    // The fake hands out `http://sfuser:<password>@host/simplefin`; a claim shows us one.
    const token = fake.setupToken();
    const accessUrl = (await (await fetch(Buffer.from(token, "base64").toString("utf8"), { method: "POST" })).text()).trim();
    const password = new URL(accessUrl).password;
    expect(password.length).toBe(24);
    // Same fake, same Basic-auth password for every Access URL: so it must not appear anywhere.
    const chat = sim.chat(ana.id).map((m) => `${m.text ?? ""} ${m.caption ?? ""} ${JSON.stringify(m.replyMarkup ?? {})}`).join("\n");
    const columns = JSON.stringify(await Promise.all([t.db.connection.findMany(), t.db.account.findMany(), t.db.syncRun.findMany(), t.db.outbox.findMany()]));
    for (const s of [password, accessUrl, "sfuser:"]) {
      expect(app.log.text).not.toContain(s);
      expect(chat).not.toContain(s);
      expect(columns).not.toContain(s);
    }
    // The pasted Setup Tokens are gone from the chat (deleted), and not in the log either.
    const pastedTokens = sim.chat(ana.id).filter((x) => x.from !== "bot" && /^[A-Za-z0-9+/=]{40,}$/.test(x.text ?? ""));
    expect(pastedTokens).toHaveLength(3);
    for (const m of pastedTokens) {
      expect(m.deleted).toBe(true);
      expect(app.log.text).not.toContain(m.text!);
      // Nor the one-time claim URL inside it.
      expect(app.log.text).not.toContain(Buffer.from(m.text!, "base64").toString("utf8"));
    }
  });
});

// Plaid in the chat without PUBLIC_URL (open-banking.md §3.1-3.3): /link →
// Plaid Hosted Link → completion noticed by polling /link/token/get → public
// token exchanged → accounts → first sync → a question answered from the
// synced rows. Later the item needs a new login (ITEM_LOGIN_REQUIRED): the
// person gets one Re-link message, update mode runs in the chat, and the
// history stays: same accounts, no row twice. Expected figures are computed
// here from the fake's ledger, in integer cents.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { startPlaidFake, type PlaidFake } from "../fakes/plaid/server.ts";
import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";

const jo = { id: 5605, first_name: "Jo", language_code: "en" };
let now = new Date("2026-11-20T15:00:00Z");
const HOUR = 3_600_000;

function dollars(c: number): string {
  const abs = Math.abs(c);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${c < 0 ? "-" : ""}$${int}.${String(abs % 100).padStart(2, "0")}`;
}
/** Plaid sends dollars as JSON numbers with at most two decimals: "12.5" → 1250. */
function cents(amount: number): number {
  const [int, frac = ""] = amount.toFixed(2).replace("-", "").split(".");
  return (amount < 0 ? -1 : 1) * (Number(int) * 100 + Number(frac));
}

describe("Plaid: Hosted Link to an answered question, then update mode keeps the history", () => {
  let sim: TelegramSimulator;
  let fake: PlaidFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let c: ChatApp;

  const lastId = (who: SimUser) => sim.chat(who.id).at(-1)?.messageId ?? 0;
  const wait = (who: SimUser, text: RegExp, after: number, timeoutMs = 20_000) => sim.waitForBotMessage(who.id, text, { afterMessageId: after, timeoutMs });
  function tap(who: SimUser, messageId: number, text: string | RegExp) {
    const m = sim.chat(who.id).find((x) => x.messageId === messageId)!;
    const button = m.replyMarkup!.inline_keyboard.flat().find((b) => (typeof text === "string" ? b.text === text : text.test(b.text)));
    if (!button || !("callback_data" in button)) throw new Error(`no button ${String(text)} in ${m.replyMarkup!.inline_keyboard.flat().map((b) => b.text).join(" | ")}`);
    sim.tapButton(who, messageId, button.callback_data!);
  }

  beforeAll(async () => {
    fake = await startPlaidFake();
    c = await startChatApp([jo], {
      fakes: [fake],
      now: () => now,
      env: { PLAID_API_URL: fake.url, PLAID_CLIENT_ID: fake.clientId, PLAID_SECRET_FILE: fake.secretFile },
    });
    ({ sim, t, app } = c);
  }, 60_000);
  afterAll(() => c?.stop());

  it("links through Hosted Link, noticed by polling /link/token/get, and syncs every posted row once", async () => {
    const after = lastId(jo);
    sim.sendText(jo, "/link");
    tap(jo, (await wait(jo, /Which source/, after)).messageId, "Plaid (US/CA banks)");
    const link = await wait(jo, /Open Plaid and connect your bank/, after);
    const hosted = link.replyMarkup!.inline_keyboard.flat().find((b) => "url" in b && b.url?.includes("/hosted/"));
    expect(hosted, "the Hosted Link URL as a button").toBeDefined();
    // Nothing yet: only the linking placeholder, without credentials or accounts.
    expect(await t.db.connection.findMany({ select: { status: true, credentials: true } })).toEqual([{ status: "PENDING", credentials: null }]);
    expect(await t.db.account.count()).toBe(0);
    fake.finish(["Chase"]);
    await wait(jo, /Connected: Chase/, after);
    await wait(jo, /Chase.*is connected with 2 account/, after, 30_000);
    expect(fake.calls).toContain("/link/token/get");
    expect(fake.calls.filter((c) => c === "/item/public_token/exchange")).toHaveLength(1);

    const item = [...fake.items.values()][0]!;
    const posted = item.ledger.filter((x) => !x.pending);
    const rows = await t.db.transaction.findMany({ where: { status: "BOOKED" }, select: { externalId: true } });
    expect(rows.map((r) => r.externalId).sort()).toEqual(posted.map((x) => x.transaction_id).sort());
    const accounts = await t.db.account.findMany();
    expect(accounts.map((a) => a.name).sort()).toEqual(["Sapphire ••4242", "Total Checking ••0001"]);
  });

  it("answers Trader Joe's spending in October with the exact figure from the ledger", async () => {
    const item = [...fake.items.values()][0]!;
    const tj = item.ledger.filter((x) => !x.pending && x.merchant_name === "Trader Joe's" && x.date.startsWith("2026-10"));
    // Plaid's positive amounts are money out.
    const spent = tj.reduce((s, x) => s + cents(x.amount), 0);
    expect(spent).toBeGreaterThan(0);
    const sent = sim.sendText(jo, "trader joe's in October");
    const reply = await sim.waitForBotMessage(jo.id, /\$|€|didn't|not /, { afterMessageId: sent.message!.message_id, timeoutMs: 20_000 });
    expect(reply.text ?? reply.caption).toContain(`${dollars(spent)} (${tj.length} transactions)`);
  });

  it("ITEM_LOGIN_REQUIRED on a later sync: one Re-link message, update mode in the chat, history kept without doubles", async () => {
    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "plaid" }, include: { accounts: true } });
    const before = await t.db.transaction.findMany({ where: { status: "BOOKED" }, select: { id: true, accountId: true, externalId: true } });
    // A later sync: the bank wants a new login.
    now = new Date(now.getTime() + 6 * HOUR);
    fake.resetLogin();
    for (let i = 0; i < 2; i++) {
      expect((await app.services.sync!.syncConnection(conn.id, { trigger: "manual" })).status).toBe("needs_reauth");
      await app.services.dispatcher!.runOnce();
    }
    expect(await t.db.connection.findUniqueOrThrow({ where: { id: conn.id } })).toMatchObject({ status: "NEEDS_REAUTH", lastErrorKind: "ConsentExpired" });
    const notices = sim.botMessages(jo.id).filter((m) => m.replyMarkup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `relink:${conn.id}`));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/Chase needs you to sign in again/);

    const after = lastId(jo);
    const creates = fake.calls.filter((c) => c === "/link/token/create").length;
    tap(jo, notices[0]!.messageId, /Re-link/);
    await wait(jo, /Chase needs you to log in again/, after);
    expect(fake.calls.filter((c) => c === "/link/token/create")).toHaveLength(creates + 1);
    fake.finish();
    await wait(jo, /Chase.*is confirmed again and syncing/, after, 30_000);
    // Update mode: no new item, no second public-token exchange, the same access token.
    expect(fake.items.size).toBe(1);
    expect(fake.calls.filter((c) => c === "/item/public_token/exchange")).toHaveLength(1);

    expect(await t.db.connection.findUniqueOrThrow({ where: { id: conn.id } })).toMatchObject({ status: "ACTIVE", lastErrorKind: null });
    expect(await t.db.connection.count()).toBe(1);
    expect((await t.db.account.findMany()).map((a) => a.id).sort()).toEqual(conn.accounts.map((a) => a.id).sort());
    // A later sync after the re-link works and brings nothing twice.
    now = new Date(now.getTime() + 6 * HOUR);
    expect((await app.services.sync!.syncConnection(conn.id, { trigger: "manual" })).status).toBe("ok");
    const all = await t.db.transaction.findMany({ where: { status: "BOOKED" }, select: { id: true, accountId: true, externalId: true } });
    expect(all.length).toBe(before.length);
    for (const old of before) expect(all.find((r) => r.id === old.id)?.accountId).toBe(old.accountId);
    expect(new Set(all.map((r) => r.externalId)).size).toBe(all.length);
  });

  it("the access token and the API secret appear nowhere: not in the log, the chat or a plaintext column", async () => {
    const secret = readFileSync(fake.secretFile, "utf8").trim();
    const item = [...fake.items.values()][0]!;
    const chat = sim.chat(jo.id).map((m) => `${m.text ?? ""} ${m.caption ?? ""} ${JSON.stringify(m.replyMarkup ?? {})}`).join("\n");
    const columns = JSON.stringify(await Promise.all([t.db.connection.findMany(), t.db.account.findMany(), t.db.syncRun.findMany(), t.db.outbox.findMany()]));
    for (const s of [secret, item.accessToken]) {
      expect(app.log.text).not.toContain(s);
      expect(chat).not.toContain(s);
      expect(columns).not.toContain(s);
    }
  });
});

// GoCardless with PUBLIC_URL, in the chat: the bank sends the browser back to
// /callback/gocardless?ref=<reference>, the flow goes on at once (the
// requisition is still read to learn the accounts), and a cancelled session
// coming back with `error` ends the link without waiting 15 minutes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { startGocardlessFake, type GocardlessFake } from "../fakes/gocardless/server.ts";
import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { freePort } from "../../src/db/embedded.ts";
import { readFileSync } from "node:fs";
import { consentReminderJob } from "../../src/jobs/consent-reminders.ts";

const DAY = 86_400_000;

const lena = { id: 5305, first_name: "Lena", language_code: "en" };


describe("GoCardless: coming back from the bank to Kontor's own address", () => {
  let sim: TelegramSimulator;
  let fake: GocardlessFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let c: ChatApp;
  let publicUrl: string;

  const lastId = (who: SimUser) => sim.chat(who.id).at(-1)?.messageId ?? 0;
  const wait = (who: SimUser, text: RegExp, after: number, timeoutMs = 20_000) => sim.waitForBotMessage(who.id, text, { afterMessageId: after, timeoutMs });
  function tap(who: SimUser, messageId: number, text: string | RegExp) {
    const m = sim.chat(who.id).find((x) => x.messageId === messageId)!;
    const button = m.replyMarkup!.inline_keyboard.flat().find((b) => (typeof text === "string" ? b.text === text : text.test(b.text)));
    if (!button || !("callback_data" in button)) throw new Error(`no button ${String(text)} in ${m.replyMarkup!.inline_keyboard.flat().map((b) => b.text).join(" | ")}`);
    sim.tapButton(who, messageId, button.callback_data!);
  }
  async function toTheBank(who: SimUser, opts: { renew?: boolean } = {}) {
    const after = lastId(who);
    if (!opts.renew) {
      sim.sendText(who, "/link");
      tap(who, (await wait(who, /Which source/, after)).messageId, "GoCardless (EU/UK banks)");
      tap(who, (await wait(who, /Where is your bank/, after)).messageId, "DE");
      tap(who, (await wait(who, /Which bank\?/, after)).messageId, "N26 Bank");
    }
    const link = await wait(who, /Open N26 Bank and confirm access/, after);
    return { link, after };
  }

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    fake = await startGocardlessFake();
    c = await startChatApp([lena], {
      fakes: [fake],
      now: () => fake.now(),
      env: { PUBLIC_URL: publicUrl, PORT: String(port), GOCARDLESS_API_URL: `${fake.url}/api/v2`, GOCARDLESS_SECRET_ID: fake.secretId, GOCARDLESS_SECRET_KEY_FILE: fake.keyFile },
    });
    ({ sim, t, app } = c);
  }, 60_000);
  afterAll(() => c?.stop());

  it("continues as soon as the browser is back, edits the link message and syncs", async () => {
    const { link, after } = await toTheBank(lena);
    const requisition = fake.lastRequisition()!;
    expect(requisition.redirect).toBe(`${publicUrl}/callback/gocardless`);
    // The reference is the unguessable state, not a readable id.
    expect(requisition.reference).toMatch(/^[A-Za-z0-9_-]{43}$/);
    fake.complete();
    const page = await fetch(fake.returnUrl());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("go back to Telegram");
    await wait(lena, /N26 Bank shared 2 accounts/, after);
    expect(sim.chat(lena.id).find((m) => m.messageId === link.messageId)!.text).toContain("Back from N26 Bank");
    await wait(lena, /N26 Bank.*is connected/, after);
    expect(await t.db.transaction.count()).toBeGreaterThan(3);
    // A second visit with the same reference is refused.
    expect((await fetch(fake.returnUrl())).status).toBe(400);
    expect(app.log.text).not.toContain(requisition.reference);
  });

  it("a session cancelled at the bank ends the link at once with nothing stored", async () => {
    const before = await t.db.connection.count();
    const { after } = await toTheBank(lena);
    const page = await fetch(fake.returnUrl({ cancelled: true }));
    expect(await page.text()).toContain("did not grant access");
    await wait(lena, /N26 Bank reported that access was not granted/, after);
    await wait(lena, /Linking did not work/, after);
    expect(await t.db.connection.count()).toBe(before);
  });

  it("a reminder before the agreement ends, and renewing keeps the accounts and their rows without doubles", async () => {
    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "gocardless", status: "ACTIVE" }, include: { accounts: true } });
    const before = await t.db.transaction.findMany({ where: { userId: conn.userId, status: "BOOKED" }, select: { id: true, accountId: true, externalId: true } });
    expect(before.length).toBeGreaterThan(3);
    fake.advance(conn.consentExpiresAt!.getTime() - fake.now().getTime() - 6 * DAY);
    await app.services.dispatcher!.runOnce();
    expect(await consentReminderJob({ db: t.db, vault: app.services.vault, logger: app.services.logger, now: () => fake.now() }).tick()).toBe(1);
    const after = lastId(lena);
    await app.services.dispatcher!.runOnce();
    const reminder = await wait(lena, /Your access to N26 Bank ends on/, after);
    tap(lena, reminder.messageId, /Renew/);
    await toTheBank(lena, { renew: true });
    // Straight to the same bank's consent link: no country or bank to pick again.
    const asked = sim.botMessages(lena.id).filter((m) => m.messageId > after).map((m) => m.text ?? "");
    expect(asked.some((text) => /Where is your bank|Which bank\?/.test(text))).toBe(false);
    expect(asked.some((text) => /renew your access to <b>N26 Bank<\/b>|renew your access to N26 Bank/.test(text))).toBe(true);
    expect(fake.lastRequisition()!.institution_id).toBe("N26_NTSBDEB1");
    fake.complete();
    expect((await fetch(fake.returnUrl())).status).toBe(200);
    await wait(lena, /confirmed again and syncing/, after);

    const renewed = await t.db.connection.findUniqueOrThrow({ where: { id: conn.id }, include: { accounts: true } });
    expect(renewed.consentExpiresAt!.getTime()).toBeGreaterThan(fake.now().getTime() + 170 * DAY);
    // New GoCardless account ids, same accounts (keyed by IBAN), same rows (by transactionId), none twice.
    expect(renewed.accounts.map((a) => a.id).sort()).toEqual(conn.accounts.map((a) => a.id).sort());
    const all = await t.db.transaction.findMany({ where: { userId: conn.userId, status: "BOOKED" }, select: { id: true, accountId: true, externalId: true } });
    for (const old of before) expect(all.find((r) => r.id === old.id)?.accountId).toBe(old.accountId);
    const ids = all.map((r) => `${r.accountId}:${r.externalId}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(all.filter((r) => r.externalId.endsWith("-1"))).toHaveLength(1);
    expect(await t.db.connection.count({ where: { userId: conn.userId, status: "ACTIVE" } })).toBe(1);
  });

  it("neither the secret key nor a requisition's reference or id reached the log, the chat or a column", async () => {
    const secretKey = readFileSync(fake.keyFile, "utf8").trim();
    const chat = sim.chat(lena.id).map((m) => `${m.text ?? ""} ${JSON.stringify(m.replyMarkup ?? {})}`).join("\n");
    const columns = JSON.stringify(await Promise.all([t.db.connection.findMany(), t.db.linkState.findMany(), t.db.outbox.findMany()]));
    const requisition = fake.lastRequisition()!;
    for (const s of [secretKey, requisition.reference, requisition.id]) {
      expect(app.log.text).not.toContain(s);
      expect(chat).not.toContain(s);
      expect(columns).not.toContain(s);
    }
  });
});

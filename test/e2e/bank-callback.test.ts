// Coming back from the bank through Kontor's own address (PUBLIC_URL), in the
// chat as a person would: /link, the bank picker, the bank sends the browser
// to /callback/enable-banking, the link message turns into the result, the
// accounts and the first sync follow, a question is answered from the rows.
// Then the consent nears its end: reminders 7 days and 1 day before, a
// one-tap renewal that keeps the accounts and their history. And the ways it
// goes wrong: the bank says no, an expired or replayed state, an address
// from another attempt, the provider down, rate limited, or talking nonsense.
// No secret may show up in the log, the chat or a plaintext column.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { startEnableBankingFake, type EnableBankingFake } from "../fakes/enable-banking/index.ts";
import type { SimUser, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { freePort } from "../../src/db/embedded.ts";
import { consentReminderJob } from "../../src/jobs/consent-reminders.ts";

const ines = { id: 5205, first_name: "Ines", language_code: "en" };
const kai = { id: 5206, first_name: "Kai", language_code: "en" };
const DAY = 86_400_000;


describe("coming back from the bank to Kontor's own address", () => {
  let sim: TelegramSimulator;
  let fake: EnableBankingFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let c: ChatApp;
  let publicUrl: string;
  /** Everything the bank handed out, to look for in logs, chat and columns at the end. */
  const secrets: string[] = [];

  const lastId = (who: SimUser) => sim.chat(who.id).at(-1)?.messageId ?? 0;
  const wait = (who: SimUser, text: RegExp, after: number, timeoutMs = 20_000) => sim.waitForBotMessage(who.id, text, { afterMessageId: after, timeoutMs });
  function tap(who: SimUser, messageId: number, text: string | RegExp) {
    const m = sim.chat(who.id).find((x) => x.messageId === messageId)!;
    const button = m.replyMarkup!.inline_keyboard.flat().find((b) => (typeof text === "string" ? b.text === text : text.test(b.text)));
    if (!button || !("callback_data" in button)) throw new Error(`no button ${String(text)} in ${m.replyMarkup!.inline_keyboard.flat().map((b) => b.text).join(" | ")}`);
    sim.tapButton(who, messageId, button.callback_data!);
  }
  /** The bank's page as the person's phone browser follows its redirect. */
  async function browse(url: string) {
    const res = await fetch(url, { redirect: "manual" });
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  /** /link up to "Waiting for Mock ASPSP"; returns the link message and the waiting message. */
  async function toTheBank(who: SimUser, opts: { relink?: boolean } = {}) {
    const after = lastId(who);
    if (opts.relink) {
      // Renewing: same bank, no picker.
      await wait(who, /renew your access to Mock ASPSP/, after);
    } else {
      sim.sendText(who, "/link");
      tap(who, (await wait(who, /Which source/, after)).messageId, "Enable Banking");
      tap(who, (await wait(who, /Where is your bank/, after)).messageId, "DE");
      tap(who, (await wait(who, /Which bank\? \(8 of 18\)/, after)).messageId, /More banks/);
      tap(who, (await wait(who, /Which bank\? \(16 of 18\)/, after)).messageId, "Mock ASPSP");
    }
    tap(who, (await wait(who, /For how long may Kontor read/, after)).messageId, "180 days");
    const link = await wait(who, /Open Mock ASPSP and confirm access\. Your bank then sends you back/, after);
    const waiting = await wait(who, /Waiting for Mock ASPSP/, after);
    return { link, waiting, after };
  }

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    fake = await startEnableBankingFake({ redirectUrl: `${publicUrl}/callback/enable-banking` });
    c = await startChatApp([ines, kai], {
      fakes: [fake],
      now: () => fake.now(),
      env: {
        PUBLIC_URL: publicUrl,
        PORT: String(port),
        ENABLE_BANKING_API_URL: fake.url,
        ENABLE_BANKING_APP_ID: fake.appId,
        ENABLE_BANKING_KEY_FILE: fake.keyFile,
      },
    });
    ({ sim, t, app } = c);
    // A row that stays in the bank's answers, to see it is not stored twice across a renewal.
    fake.addRows("giro", [
      { entry_reference: "KEEP-4711", transaction_amount: { amount: "12.34", currency: "EUR" }, credit_debit_indicator: "DBIT", status: "BOOK", booking_date: "2026-11-10", value_date: "2026-11-10", creditor: { name: "Buchhandlung Lesezeichen" }, remittance_information: ["Buch 4711"] },
    ]);
  }, 60_000);
  afterAll(() => c?.stop());

  it("links through the served callback, edits the link message, syncs and answers from the synced rows", async () => {
    const { link, after } = await toTheBank(ines);
    const button = link.replyMarkup!.inline_keyboard.flat().find((b) => "url" in b)!;
    expect("url" in button && button.url).toBe(`${fake.url}/bank/${fake.lastAuthorization()!.id}`);

    const returned = fake.approve();
    const { code, state } = Object.fromEntries(new URL(returned).searchParams) as { code: string; state: string };
    secrets.push(code, state);
    const page = await browse(returned);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Done. You can close this page and go back to Telegram.");
    expect(page.body).not.toContain(code);
    expect(page.body).not.toContain("Girokonto");
    expect(page.headers.get("cache-control")).toBe("no-store");

    await wait(ines, /Mock ASPSP shared 2 accounts/, after);
    // The message that held the bank link now says how it went, without the button.
    const edited = sim.chat(ines.id).find((m) => m.messageId === link.messageId)!;
    expect(edited.text).toContain("Back from Mock ASPSP");
    expect(edited.replyMarkup?.inline_keyboard.flat() ?? []).toEqual([]);
    await wait(ines, /Mock ASPSP.*is connected/, after);
    secrets.push(...[...fake.sessions.values()].map((s) => s.id));

    // Reloading the page (or anyone replaying the address) is refused and changes nothing.
    const again = await browse(returned);
    expect(again.status).toBe(400);
    expect(again.body).toContain("no longer valid");
    expect(app.log.text).toContain('"reason":"replayed"');
    expect(await t.db.connection.count({ where: { provider: "enable-banking", status: "ACTIVE" } })).toBe(1);

    const october = await t.db.transaction.findMany({ where: { description: { startsWith: "Miete" }, bookingDate: { gte: new Date("2026-10-01"), lt: new Date("2026-11-01") } } });
    expect(october.map((r) => r.amount.toString())).toEqual(["-950"]);
    const asked = lastId(ines);
    sim.sendText(ines, "how much rent did I pay in October?");
    const answer = await wait(ines, /€/, asked, 15_000);
    expect(answer.text ?? answer.caption).toContain("€950.00 (1 transaction)");
  });

  it("when the bank says no, the page says so, the chat offers another try, and nothing is stored", async () => {
    const { after } = await toTheBank(kai);
    const page = await browse(fake.deny());
    expect(page.status).toBe(200);
    expect(page.body).toContain("did not grant access");
    const again = await wait(kai, /Try again/, after);
    expect(sim.chat(kai.id).some((m) => m.messageId > after && /access was not granted \(PSU cancelled the authorisation\)/.test(m.text ?? ""))).toBe(true);
    tap(kai, again.messageId, "Stop");
    await wait(kai, /Linking did not work/, after);
    expect(await t.db.connection.count({ where: { user: { telegramId: BigInt(kai.id) } } })).toBe(0);
  });

  it("an expired state is refused at the callback and when pasted; an address from another attempt is refused too", async () => {
    const { waiting, after } = await toTheBank(kai);
    const returned = fake.approve();
    secrets.push(new URL(returned).searchParams.get("code")!, new URL(returned).searchParams.get("state")!);
    fake.advance(31 * 60_000);
    const page = await browse(returned);
    expect(page.status).toBe(400);
    expect(page.body).toContain("no longer valid");
    expect(app.log.text).toContain('"reason":"expired"');

    // The page did not help, so Kai pastes the address instead.
    tap(kai, waiting.messageId, "Paste the address instead");
    await wait(kai, /Paste the address your browser ended on/, after);
    const foreign = sim.sendText(kai, `${publicUrl}/callback/enable-banking?code=abc&state=someone-elses-state`);
    await wait(kai, /belongs to another link attempt/, after);
    const pasted = sim.sendText(kai, returned);
    const retry = await wait(kai, /Try again/, after);
    expect(sim.chat(kai.id).some((m) => m.messageId > after && /confirmation has expired or was already used/.test(m.text ?? ""))).toBe(true);
    // Both pasted addresses left the chat at once.
    for (const m of [foreign, pasted]) expect(sim.chat(kai.id).find((x) => x.messageId === m.message!.message_id)!.deleted).toBe(true);
    tap(kai, retry.messageId, "Stop");
    await wait(kai, /Linking did not work/, after);
    expect(await t.db.connection.count({ where: { user: { telegramId: BigInt(kai.id) } } })).toBe(0);
  });

  it.each([
    ["the provider is down", { status: 503, body: { message: "Service Unavailable", code: 503, error: "ASPSP_ERROR", detail: null } }, /POST \/auth$/, /not reachable right now/],
    ["the bank rate-limits", { status: 429, body: { message: "Too many requests", code: 429, error: "ASPSP_RATE_LIMIT_EXCEEDED", detail: null } }, /POST \/sessions$/, /asked us to slow down/],
    ["the answer is malformed", { status: 200, body: { session_id: 42, accounts: "none" } }, /POST \/sessions$/, /could not read/],
  ])("when %s, the link fails with a clear message and stores nothing", async (_what, reply, match, text) => {
    fake.failNext(reply, match);
    const after = lastId(kai);
    sim.sendText(kai, "/link");
    tap(kai, (await wait(kai, /Which source/, after)).messageId, "Enable Banking");
    tap(kai, (await wait(kai, /Where is your bank/, after)).messageId, "DE");
    tap(kai, (await wait(kai, /Which bank\? \(8 of 18\)/, after)).messageId, /More banks/);
    tap(kai, (await wait(kai, /Which bank\? \(16 of 18\)/, after)).messageId, "Mock ASPSP");
    tap(kai, (await wait(kai, /For how long may Kontor read/, after)).messageId, "180 days");
    if (!String(match).includes("auth")) {
      await wait(kai, /Waiting for Mock ASPSP/, after);
      const returned = fake.approve();
      secrets.push(new URL(returned).searchParams.get("code")!);
      expect((await browse(returned)).status).toBe(200);
    }
    const failed = await wait(kai, /Linking did not work/, after);
    expect(failed.text).toMatch(text);
    expect(await t.db.connection.count({ where: { user: { telegramId: BigInt(kai.id) } } })).toBe(0);
  });

  it("reminds 7 days and 1 day before the consent ends, once each, and a tap renews it with history kept", async () => {
    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "enable-banking", user: { telegramId: BigInt(ines.id) } }, include: { accounts: true } });
    // Booked rows: a pending card payment may rightly be replaced by its booked version meanwhile.
    const before = await t.db.transaction.findMany({ where: { userId: conn.userId, status: "BOOKED" }, select: { id: true, accountId: true, externalId: true } });
    expect(before.length).toBeGreaterThan(10);

    // Two replicas run the daily job: one reminder per stage between them.
    const job = () => consentReminderJob({ db: t.db, vault: app.services.vault, logger: app.services.logger, now: () => fake.now() });
    fake.advance(conn.consentExpiresAt!.getTime() - fake.now().getTime() - 6 * DAY);
    await app.services.dispatcher!.runOnce(); // what the first sync announced
    expect(await job().tick()).toBe(1);
    expect(await job().tick()).toBe(0);
    const after = lastId(ines);
    expect((await app.services.dispatcher!.runOnce()).sent).toBe(1);
    const seven = await wait(ines, /Your access to Mock ASPSP ends on/, after);
    fake.advance(5.5 * DAY);
    expect(await job().tick()).toBe(1);
    expect(await job().tick()).toBe(0);
    await app.services.dispatcher!.runOnce();
    const one = await wait(ines, /Your access to Mock ASPSP ends on/, seven.messageId);
    expect(one.messageId).toBeGreaterThan(seven.messageId);

    // One tap on "Renew" runs the bank round again for the same connection.
    tap(ines, one.messageId, /Renew/);
    // The bank now also sends rows Kontor already has (from before the renewal).
    fake.ignoreDateFilter = true;
    await toTheBank(ines, { relink: true });
    const renewing = lastId(ines);
    const returned = fake.approve();
    secrets.push(new URL(returned).searchParams.get("code")!);
    expect((await browse(returned)).status).toBe(200);
    await wait(ines, /confirmed again and syncing/, renewing);
    secrets.push(...[...fake.sessions.values()].map((s) => s.id));

    const renewed = await t.db.connection.findUniqueOrThrow({ where: { id: conn.id }, include: { accounts: true } });
    expect(renewed.status).toBe("ACTIVE");
    expect(renewed.consentExpiresAt!.getTime()).toBeGreaterThan(fake.now().getTime() + 170 * DAY);
    expect(await t.db.connection.count({ where: { userId: conn.userId } })).toBe(1);
    // Same accounts (identification_hash), old rows still there, new rows on the same accounts, nothing twice.
    expect(renewed.accounts.map((a) => a.id).sort()).toEqual(conn.accounts.map((a) => a.id).sort());
    const all = await t.db.transaction.findMany({ where: { userId: conn.userId }, select: { id: true, accountId: true, externalId: true, bookingDate: true, description: true } });
    for (const old of before) expect(all.find((r) => r.id === old.id)?.accountId).toBe(old.accountId);
    const fresh = all.filter((r) => !before.some((b) => b.id === r.id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(new Set(fresh.map((r) => r.accountId)).size).toBeGreaterThan(0);
    for (const r of fresh) expect(conn.accounts.map((a) => a.id)).toContain(r.accountId);
    const kept = all.filter((r) => r.description === "Buch 4711");
    expect(kept).toHaveLength(1);
    expect(kept[0]!.id).toBe(before.find((b) => b.externalId === kept[0]!.externalId)?.id);
    const rents = all.filter((r) => r.description?.startsWith("Miete"));
    const months = rents.map((r) => r.bookingDate.toISOString().slice(0, 7));
    expect(new Set(months).size).toBe(months.length);
    expect(months.length).toBeGreaterThan(6);
    // The renewed consent is months away: the job has nothing to say.
    expect(await job().tick()).toBe(0);
  });

  it("when Kontor's page does not load, pasting the address instead links as well (and the message is deleted)", async () => {
    const { waiting, after } = await toTheBank(kai);
    const returned = fake.approve();
    secrets.push(new URL(returned).searchParams.get("code")!, new URL(returned).searchParams.get("state")!);
    tap(kai, waiting.messageId, "Paste the address instead");
    await wait(kai, /Paste the address your browser ended on/, after);
    const pasted = sim.sendText(kai, returned);
    await wait(kai, /Mock ASPSP shared 2 accounts/, after);
    expect(sim.chat(kai.id).find((x) => x.messageId === pasted.message!.message_id)!.deleted).toBe(true);
    await wait(kai, /Mock ASPSP.*is connected/, after);
    secrets.push(...[...fake.sessions.values()].map((s) => s.id));
    // The browser's late arrival with the same state is a replay now.
    expect((await browse(returned)).status).toBe(400);
  });

  it("no secret reached the log, the chat or a plaintext column", async () => {
    const key = readFileSync(fake.keyFile, "utf8").split("\n").filter((l) => l && !l.startsWith("-----"))[1]!;
    const chat = [ines, kai].flatMap((who) => sim.chat(who.id).filter((m) => m.from === "bot").map((m) => `${m.text ?? ""} ${JSON.stringify(m.replyMarkup ?? {})} ${JSON.stringify(m.edits)}`)).join("\n");
    const columns = JSON.stringify(
      await Promise.all([t.db.connection.findMany(), t.db.linkState.findMany(), t.db.outbox.findMany(), t.db.syncRun.findMany(), t.db.dialogInboxEntry.findMany()]),
      (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
    );
    expect(secrets.length).toBeGreaterThan(6);
    for (const s of [...secrets, key]) {
      expect(app.log.text).not.toContain(s);
      expect(chat).not.toContain(s);
      expect(columns).not.toContain(s);
    }
  });
});

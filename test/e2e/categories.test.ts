// The categories feature through the chat: notification buttons (change a
// category, "always" as a rule, mute with undo), a forged button, and the
// Categorize button of /transactions. Real app, real PostgreSQL, simulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type SimMessage, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { queueTransactionNotices } from "../../src/notifications/enqueue.ts";
import { merchantKey } from "../../src/notifications/payloads.ts";
import { onboard } from "../helpers/onboard.ts";

const dana = { id: 6006, first_name: "Dana", language_code: "en" };
const eve = { id: 6007, first_name: "Eve", language_code: "en" };
const NOW = new Date("2026-11-22T10:00:00Z");


const buttons = (m: SimMessage) => (m.replyMarkup?.inline_keyboard.flat() ?? []).flatMap((b) => ("callback_data" in b ? [{ text: b.text, data: b.callback_data }] : []));
const current = (sim: TelegramSimulator, chatId: number, messageId: number) => sim.chat(chatId).find((m) => m.messageId === messageId)!;

describe("categories in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let ids: Record<string, string>;
  let danaId: string;
  let connectionId: string;
  let seq = 0;

  // Rows as a sync leaves them: the built-in categorizer found nothing better than "other".
  async function seed(userId: string, accountId: string, rows: { key: string; counterparty: string; merchant?: string; amount: string }[]) {
    const out: Record<string, string> = {};
    const other = await t.db.category.findUniqueOrThrow({ where: { userId_key: { userId, key: "other" } } });
    for (const r of rows) {
      const created = await t.db.transaction.create({
        data: {
          userId,
          accountId,
          externalId: `e2e-${++seq}`,
          bookingDate: new Date("2026-11-20T00:00:00Z"),
          amount: r.amount,
          currency: "EUR",
          counterpartyName: r.counterparty,
          merchant: r.merchant ?? null,
          categoryId: other.id,
          categorySource: "fallback",
        },
      });
      out[r.key] = created.id;
    }
    return out;
  }
  async function account(userId: string) {
    const conn = await t.db.connection.create({ data: { userId, provider: "demo", label: "Demo Bank", status: "ACTIVE" } });
    const acc = await t.db.account.create({ data: { userId, connectionId: conn.id, externalId: "chk", name: "Checking", currency: "EUR" } });
    return { connectionId: conn.id, accountId: acc.id };
  }
  async function notify(userId: string, txIds: string[]) {
    const txs = await t.db.transaction.findMany({ where: { id: { in: txIds } } });
    await t.db.$transaction((tx) =>
      queueTransactionNotices(tx, {
        userId,
        connectionId,
        label: "Demo Bank",
        syncRunId: `run-${++seq}`,
        firstSync: false,
        now: NOW,
        transactions: txs.map((x) => ({ id: x.id, amount: x.amount.toFixed(), bookingDate: "2026-11-20", counterpartyName: x.counterpartyName, merchant: x.merchant })),
      }),
    );
  }

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [dana.id, eve.id], now: () => NOW });
    await onboard(sim, dana);
    await onboard(sim, eve);
    danaId = (await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(dana.id) } })).id;
    const eveId = (await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(eve.id) } })).id;
    const d = await account(danaId);
    connectionId = d.connectionId;
    const e = await account(eveId);
    ids = {
      ...(await seed(danaId, d.accountId, [
        { key: "bb1", counterparty: "SQ *BLUE BOTTLE COFFEE 0042", merchant: "Blue Bottle Coffee", amount: "-4.50" },
        { key: "bb2", counterparty: "SQ *BLUE BOTTLE COFFEE 0042", merchant: "Blue Bottle Coffee", amount: "-5.10" },
        { key: "bb3", counterparty: "BLUE BOTTLE COFFEE BERLIN", amount: "-3.90" },
        { key: "kiosk", counterparty: "Kiosk Meier", merchant: "Kiosk Meier", amount: "-2.00" },
      ])),
      ...(await seed(eveId, e.accountId, [{ key: "eve", counterparty: "Eve's Bakery", merchant: "Eve's Bakery", amount: "-7.00" }])),
    };
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("change category from a notification, then 'always' recategorizes the merchant's other transactions", async () => {
    await notify(danaId, [ids.bb1!]);
    expect((await app.services.dispatcher!.runOnce()).sent).toBe(1);
    const note = await sim.waitForBotMessage(dana.id, /Blue Bottle Coffee/);
    expect(buttons(note).map((b) => b.data)).toEqual([`txc:${ids.bb1}`, `mute:${ids.bb1}`]);

    sim.tapButton(dana, note.messageId, `txc:${ids.bb1}`);
    const picker = await sim.waitForBotMessage(dana.id, /Which category is/, { afterMessageId: note.messageId });
    expect(buttons(picker).map((b) => b.text)).toContain("Restaurants & cafés");
    expect(buttons(picker).every((b) => Buffer.byteLength(b.data) <= 64)).toBe(true);

    sim.tapButton(dana, picker.messageId, `tcs:${ids.bb1}:restaurants`);
    await sim.waitFor(() => /Always use Restaurants & cafés for Blue Bottle Coffee\?/.test(current(sim, dana.id, picker.messageId).text ?? ""));
    expect(await t.db.transaction.findUniqueOrThrow({ where: { id: ids.bb1! }, include: { category: true } })).toMatchObject({ categorySource: "user", category: { key: "restaurants" } });

    sim.tapButton(dana, picker.messageId, `tcr:${ids.bb1}`);
    await sim.waitFor(() => /2 transactions recategorized/.test(current(sim, dana.id, picker.messageId).text ?? ""));
    const rows = await t.db.transaction.findMany({ where: { userId: danaId }, include: { category: true } });
    const byId = new Map(rows.map((r) => [r.id, [r.category?.key ?? null, r.categorySource]]));
    expect(byId.get(ids.bb2!)).toEqual(["restaurants", "rule"]);
    expect(byId.get(ids.bb3!)).toEqual(["restaurants", "rule"]);
    expect(byId.get(ids.kiosk!)).toEqual(["other", "fallback"]);
    expect(await t.db.categoryRule.count({ where: { userId: danaId, counterpartyPattern: "Blue Bottle Coffee" } })).toBe(1);
  });

  it("a forged button with another user's transaction id answers 'not found' and changes nothing", async () => {
    const note = sim.botMessages(dana.id).find((m) => /Blue Bottle Coffee/.test(m.text ?? ""))!;
    const last = sim.lastBotMessage(dana.id)!.messageId;
    for (const data of [`txc:${ids.eve}`, `tcs:${ids.eve}:restaurants`, `tcr:${ids.eve}`, `mute:${ids.eve}`]) {
      sim.injectUpdate({ callback_query: { id: `forged-${++seq}`, from: { id: dana.id, is_bot: false, first_name: "Dana" }, message: note.raw, chat_instance: "x", data } });
    }
    // txc and mute answer below; tcs and tcr edit the message the button sat on.
    await sim.waitFor(() => sim.botMessages(dana.id).filter((m) => m.messageId > last && /couldn't find that transaction/.test(m.text ?? "")).length === 2);
    await sim.waitFor(() => /couldn't find that transaction/.test(current(sim, dana.id, note.messageId).text ?? ""));
    await sim.waitFor(() => sim.calls.filter((c) => c.method === "answerCallbackQuery" && String(c.params.callback_query_id).startsWith("forged-")).length === 4);
    const eveTx = await t.db.transaction.findUniqueOrThrow({ where: { id: ids.eve! }, include: { category: true } });
    expect([eveTx.category?.key, eveTx.categorySource]).toEqual(["other", "fallback"]);
    expect(await t.db.mutedMerchant.count()).toBe(0);
    expect(await t.db.categoryRule.count({ where: { counterpartyPattern: "Eve's Bakery" } })).toBe(0);
  });

  it("mute stores merchantKey, undo removes it, and muted merchants get no more notifications", async () => {
    await notify(danaId, [ids.kiosk!]);
    await app.services.dispatcher!.runOnce();
    const note = await sim.waitForBotMessage(dana.id, /Kiosk Meier/);
    // Queued but not sent yet (as in quiet hours): muting drops it too.
    const waiting = await seed(danaId, (await t.db.account.findFirstOrThrow({ where: { userId: danaId } })).id, [{ key: "k0", counterparty: "Kiosk Meier", merchant: "Kiosk Meier", amount: "-1.00" }]);
    await notify(danaId, [waiting.k0!]);
    sim.tapButton(dana, note.messageId, `mute:${ids.kiosk}`);
    const muted = await sim.waitForBotMessage(dana.id, /Kiosk Meier.* is muted/, { afterMessageId: note.messageId });
    const kiosk = await t.db.transaction.findUniqueOrThrow({ where: { id: ids.kiosk! } });
    expect(await t.db.mutedMerchant.findMany({ where: { userId: danaId } })).toEqual([{ userId: danaId, merchant: merchantKey(kiosk) }]);
    expect(await app.services.dispatcher!.runOnce()).toMatchObject({ sent: 0 });
    expect(await t.db.outbox.findUniqueOrThrow({ where: { dedupeKey: `tx:${waiting.k0}` } })).toMatchObject({ status: "FAILED", lastError: "merchant muted" });

    sim.tapButton(dana, muted.messageId, `unm:${ids.kiosk}`);
    await sim.waitFor(() => /no longer muted/.test(current(sim, dana.id, muted.messageId).text ?? ""));
    expect(await t.db.mutedMerchant.count({ where: { userId: danaId } })).toBe(0);
    sim.tapButton(dana, note.messageId, `mute:${ids.kiosk}`);
    await sim.waitForBotMessage(dana.id, /Kiosk Meier.* is muted/, { afterMessageId: muted.messageId });
    expect(await t.db.mutedMerchant.count({ where: { userId: danaId } })).toBe(1);

    // New rows: the muted merchant's is not queued, the other one is sent.
    const d = await t.db.account.findFirstOrThrow({ where: { userId: danaId } });
    const fresh = await seed(danaId, d.id, [
      { key: "k2", counterparty: "Kiosk Meier", merchant: "Kiosk Meier", amount: "-3.00" },
      { key: "bb4", counterparty: "SQ *BLUE BOTTLE COFFEE 0042", merchant: "Blue Bottle Coffee", amount: "-4.80" },
    ]);
    const before = sim.lastBotMessage(dana.id)!.messageId;
    await notify(danaId, [fresh.k2!, fresh.bb4!]);
    const report = await app.services.dispatcher!.runOnce();
    expect(report.sent).toBe(1);
    await sim.waitForBotMessage(dana.id, /Blue Bottle Coffee/, { afterMessageId: before });
    expect(sim.botMessages(dana.id).filter((m) => m.messageId > before && /Kiosk/.test(m.text ?? ""))).toEqual([]);
  });

  it("/transactions has a Categorize button listing the page's transactions into the same flow", async () => {
    sim.sendText(dana, "/transactions");
    const page = await sim.waitForBotMessage(dana.id, /Transactions 1–/);
    const categorize = buttons(page).find((b) => /Categorize/.test(b.text))!;
    expect(categorize.data).toBe("txk:0");
    sim.tapButton(dana, page.messageId, "txk:0");
    const list = await sim.waitForBotMessage(dana.id, /Which transaction do you want to categorize/, { afterMessageId: page.messageId });
    const own = await t.db.transaction.findMany({ where: { userId: danaId }, select: { id: true } });
    expect(buttons(list).map((b) => b.data).sort()).toEqual(own.map((o) => `txc:${o.id}`).sort());
    sim.tapButton(dana, list.messageId, `txc:${ids.kiosk}`);
    await sim.waitForBotMessage(dana.id, /Which category is .*Kiosk Meier/, { afterMessageId: list.messageId });
  });
});

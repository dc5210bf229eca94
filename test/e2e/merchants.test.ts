// /merchants through the chat: the list by spend, merge (and a later row of
// the merged name landing on the survivor), rename, a merchant category that
// keeps hand-set rows, "A and B are the same", forged buttons. Real app, real
// PostgreSQL, the Telegram simulator; rows arrive through the import path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type SimMessage, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ingestRows } from "../helpers/ingest.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";
import { tx } from "../fakes/fake-connector.ts";
import type { NormalizedTransaction } from "../../connectors/types.ts";
import { shortId } from "../../handlers/merchants-callbacks.ts";

const dana = { id: 7101, first_name: "Dana", language_code: "en" };
const eve = { id: 7102, first_name: "Eve", language_code: "en" };
const NOW = new Date("2026-11-22T10:00:00Z");

const buttons = (m: SimMessage) => (m.replyMarkup?.inline_keyboard.flat() ?? []).flatMap((b) => ("callback_data" in b ? [{ text: b.text, data: b.callback_data }] : []));
const text = (sim: TelegramSimulator, chatId: number, messageId: number) => sim.chat(chatId).find((m) => m.messageId === messageId)?.text ?? "";

describe("merchants in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let danaId: string;
  let eveId: string;
  let seq = 0;

  const row = (date: string, amount: string, merchant: string): NormalizedTransaction => tx(null, date, amount, { merchant, counterpartyName: merchant, description: `Kartenzahlung ${++seq}` });
  async function ingest(userId: string, iban: string, rows: NormalizedTransaction[]) {
    await ingestRows(t.db, userId, { iban, name: "Giro", currency: "EUR" }, rows);
  }
  const merchantOf = async (userId: string, name: string) => t.db.merchant.findFirstOrThrow({ where: { userId, name, mergedIntoId: null } });
  const version = async (userId: string) => (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).dataVersion;
  const open = async (list: SimMessage, name: string) => {
    const b = buttons(list).find((x) => x.text.startsWith(`${name} ·`))!;
    sim.tapButton(dana, list.messageId, b.data);
    await sim.waitFor(() => text(sim, dana.id, list.messageId).includes(name) && /Category:/.test(text(sim, dana.id, list.messageId)));
  };

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [dana.id, eve.id], now: () => NOW });
    await onboard(sim, dana);
    await onboard(sim, eve);
    danaId = (await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(dana.id) } })).id;
    eveId = (await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(eve.id) } })).id;
    await ingest(danaId, "DE89370400440532013000", [
      row("2026-11-02", "-2.00", "Kiosk Meier"),
      row("2026-11-03", "-3.00", "Kiosk Meier"),
      row("2026-11-04", "-4.00", "Kiosk Meyer"),
      row("2026-11-05", "-10.00", "Café Luna"),
    ]);
    await ingest(eveId, "DE02120300000000202051", [row("2026-11-02", "-7.00", "Eve's Bakery")]);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("every imported row is linked to one merchant per name, and merchant carries its display name", async () => {
    const rows = await t.db.transaction.findMany({ where: { userId: danaId }, include: { merchantRef: true } });
    expect(rows.every((r) => r.merchantRef !== null && r.merchant === r.merchantRef.name)).toBe(true);
    expect(new Set(rows.map((r) => r.merchantId)).size).toBe(3);
  });

  it("lists merchants by spend and merges Kiosk Meyer into Kiosk Meier; a later Kiosk Meyer row lands on Kiosk Meier", async () => {
    sim.sendText(dana, "/merchants");
    const list = await sim.waitForBotMessage(dana.id, /Your merchants/);
    expect(buttons(list).map((b) => b.text)).toEqual(["Café Luna · €10.00", "Kiosk Meier · €5.00", "Kiosk Meyer · €4.00"]);
    expect(buttons(list).every((b) => Buffer.byteLength(b.data) <= 64)).toBe(true);

    const meier = await merchantOf(danaId, "Kiosk Meier");
    const meyer = await merchantOf(danaId, "Kiosk Meyer");
    await open(list, "Kiosk Meyer");
    sim.tapButton(dana, list.messageId, `mch:m:${shortId(meyer.id)}:0`);
    await sim.waitFor(() => /Which merchant is Kiosk Meyer the same as/.test(text(sim, dana.id, list.messageId)));
    const msg = sim.chat(dana.id).find((m) => m.messageId === list.messageId)!;
    expect(buttons(msg).map((b) => b.text)).toEqual(["Café Luna", "Kiosk Meier", "« Back"]);
    sim.tapButton(dana, list.messageId, `mch:t:${shortId(meyer.id)}:${shortId(meier.id)}`);
    await sim.waitFor(() => /Merge Kiosk Meyer into Kiosk Meier\?/.test(text(sim, dana.id, list.messageId)));
    const v0 = await version(danaId);
    sim.tapButton(dana, list.messageId, `mch:x:${shortId(meyer.id)}:${shortId(meier.id)}`);
    await sim.waitFor(() => /Kiosk Meyer is now part of Kiosk Meier: 1 transaction moved/.test(text(sim, dana.id, list.messageId)));
    expect(await version(danaId)).toBeGreaterThan(v0);

    await ingest(danaId, "DE89370400440532013000", [row("2026-11-10", "-6.00", "KIOSK MEYER")]);
    const kiosk = await t.db.transaction.findMany({ where: { userId: danaId, merchantId: meier.id } });
    expect(kiosk.map((r) => [r.amount.toFixed(2), r.merchant]).sort()).toEqual([
      ["-2.00", "Kiosk Meier"],
      ["-3.00", "Kiosk Meier"],
      ["-4.00", "Kiosk Meier"],
      ["-6.00", "Kiosk Meier"],
    ]);
  });

  it("answers a question about the merged merchant with all of its rows", async () => {
    sim.sendText(dana, "how much did I spend at Kiosk Meier this month?");
    // 2 + 3 + 4 + 6, computed from the rows above.
    await sim.waitForBotMessage(dana.id, /€15\.00/);
  });

  it("renames a merchant on all its transactions after asking for the name", async () => {
    const meier = await merchantOf(danaId, "Kiosk Meier");
    const prompt = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "/merchants");
    const list = await sim.waitForBotMessage(dana.id, /Your merchants/, { afterMessageId: prompt });
    await open(list, "Kiosk Meier");
    sim.tapButton(dana, list.messageId, `mch:r:${shortId(meier.id)}`);
    await sim.waitFor(() => /Send me the new name for Kiosk Meier/.test(text(sim, dana.id, list.messageId)));
    sim.sendText(dana, "x".repeat(61));
    await sim.waitForBotMessage(dana.id, /needs 1 to 60 characters/, { afterMessageId: list.messageId });
    sim.sendText(dana, "Kiosk am Eck");
    await sim.waitForBotMessage(dana.id, /Kiosk Meier is now called Kiosk am Eck \(4 transactions\)/, { afterMessageId: list.messageId });
    const rows = await t.db.transaction.findMany({ where: { userId: danaId, merchantId: meier.id } });
    expect(rows.map((r) => r.merchant)).toEqual(Array(4).fill("Kiosk am Eck"));
    // The new name, when a bank writes it, is the same merchant.
    await ingest(danaId, "DE89370400440532013000", [row("2026-11-12", "-1.50", "KIOSK AM ECK")]);
    expect(await t.db.transaction.count({ where: { userId: danaId, merchantId: meier.id } })).toBe(5);
  });

  it("a merchant's category applies to its history except a row set by hand", async () => {
    const kiosk = await merchantOf(danaId, "Kiosk am Eck");
    const handSet = await t.db.transaction.findFirstOrThrow({ where: { merchantId: kiosk.id, amount: "-2" } });
    const shopping = await t.db.category.findUniqueOrThrow({ where: { userId_key: { userId: danaId, key: "shopping" } } });
    await t.db.transaction.update({ where: { id: handSet.id }, data: { categoryId: shopping.id, categorySource: "user" } });
    const before = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "/merchants");
    const list = await sim.waitForBotMessage(dana.id, /Your merchants/, { afterMessageId: before });
    await open(list, "Kiosk am Eck");
    sim.tapButton(dana, list.messageId, `mch:c:${shortId(kiosk.id)}`);
    await sim.waitFor(() => /Which category should every Kiosk am Eck transaction get/.test(text(sim, dana.id, list.messageId)));
    sim.tapButton(dana, list.messageId, `mch:s:${shortId(kiosk.id)}:groceries`);
    await sim.waitFor(() => /Kiosk am Eck is now Groceries: 4 transactions recategorized/.test(text(sim, dana.id, list.messageId)));
    const rows = await t.db.transaction.findMany({ where: { merchantId: kiosk.id }, include: { category: true } });
    expect(rows.map((r) => `${r.amount.toFixed(2)} ${r.category?.key} ${r.categorySource}`).sort()).toEqual([
      "-1.50 groceries merchant",
      "-2.00 shopping user",
      "-3.00 groceries merchant",
      "-4.00 groceries merchant",
      "-6.00 groceries merchant",
    ]);
    // Future rows take the merchant's category.
    await ingest(danaId, "DE89370400440532013000", [row("2026-11-14", "-2.20", "Kiosk Meyer")]);
    const fresh = await t.db.transaction.findFirstOrThrow({ where: { userId: danaId, amount: "-2.2" }, include: { category: true } });
    expect([fresh.merchant, fresh.category?.key, fresh.categorySource]).toEqual(["Kiosk am Eck", "groceries", "merchant"]);
  });

  it("“A and B are the same” asks which name stays", async () => {
    const before = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "Café Luna and kiosk am eck are the same");
    const ask = await sim.waitForBotMessage(dana.id, /Which name should stay/, { afterMessageId: before });
    const [luna, kiosk] = [await merchantOf(danaId, "Café Luna"), await merchantOf(danaId, "Kiosk am Eck")];
    expect(buttons(ask).map((b) => [b.text, b.data])).toEqual([
      ["Keep: Café Luna", `mch:x:${shortId(kiosk.id)}:${shortId(luna.id)}`],
      ["Keep: Kiosk am Eck", `mch:x:${shortId(luna.id)}:${shortId(kiosk.id)}`],
      ["Cancel", "mch:n"],
    ]);
    sim.tapButton(dana, ask.messageId, "mch:n");
    await sim.waitFor(() => /Nothing was changed/.test(text(sim, dana.id, ask.messageId)));
    sim.sendText(dana, "Café Luna and Nowhere Inn are the same");
    await sim.waitForBotMessage(dana.id, /I don't know a merchant called “Nowhere Inn”/, { afterMessageId: ask.messageId });
  });

  it("forged buttons (another person's merchant, malformed ids) find nothing and change nothing", async () => {
    const bakery = await merchantOf(eveId, "Eve's Bakery");
    const luna = await merchantOf(danaId, "Café Luna");
    const v0 = await version(eveId);
    const last = sim.lastBotMessage(dana.id)!;
    const forged = [
      `mch:v:${shortId(bakery.id)}`,
      `mch:x:${shortId(bakery.id)}:${shortId(luna.id)}`,
      `mch:x:${shortId(luna.id)}:${shortId(bakery.id)}`,
      `mch:s:${shortId(bakery.id)}:groceries`,
      `mch:s:${shortId(luna.id)}:no_such_key`,
      "mch:v:not-an-id",
      `mch:l:-1`,
    ];
    for (const data of forged) {
      sim.injectUpdate({ callback_query: { id: `forged-${++seq}`, from: { id: dana.id, is_bot: false, first_name: "Dana" }, message: last.raw, chat_instance: "x", data } });
    }
    await sim.waitFor(() => sim.calls.filter((c) => c.method === "answerCallbackQuery" && String(c.params.callback_query_id).startsWith("forged-")).length === forged.length);
    await sim.waitFor(() => /couldn't find that merchant/.test(text(sim, dana.id, last.messageId)));
    expect(await t.db.merchant.findUniqueOrThrow({ where: { id: bakery.id } })).toMatchObject({ name: "Eve's Bakery", mergedIntoId: null, categoryId: null });
    expect(await t.db.merchant.findUniqueOrThrow({ where: { id: luna.id } })).toMatchObject({ mergedIntoId: null, categoryId: null });
    expect(await t.db.transaction.count({ where: { userId: eveId, merchantId: bakery.id } })).toBe(1);
    expect(await version(eveId)).toBe(v0);
  });

  it("a typed “rename X to Y” asks first, renames on Yes, and names an unknown merchant instead of answering a question", async () => {
    const luna = await merchantOf(danaId, "Café Luna");
    const before = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "rename Nowhere Inn to Foo");
    const unknown = await sim.waitForBotMessage(dana.id, /./, { afterMessageId: before });
    expect(unknown.text).toBe("I don't know a merchant called “Nowhere Inn”. /merchants lists the ones I know.");
    sim.sendText(dana, "benenne café luna in Café Luna Bar um");
    const ask = await sim.waitForBotMessage(dana.id, /Rename Café Luna to Café Luna Bar\?/, { afterMessageId: unknown.messageId });
    expect(buttons(ask).map((b) => [b.text, b.data])).toEqual([
      ["Yes, rename", `mch:y:${shortId(luna.id)}`],
      ["Cancel", "mch:n"],
    ]);
    // Nothing changes before the Yes.
    expect((await t.db.merchant.findUniqueOrThrow({ where: { id: luna.id } })).name).toBe("Café Luna");
    sim.tapButton(dana, ask.messageId, `mch:y:${shortId(luna.id)}`);
    await sim.waitFor(() => /Café Luna is now called Café Luna Bar \(1 transaction\)/.test(text(sim, dana.id, ask.messageId)));
    expect((await t.db.transaction.findMany({ where: { userId: danaId, merchantId: luna.id } })).map((r) => r.merchant)).toEqual(["Café Luna Bar"]);
    // The spent button, tapped again (a second client still shows it), renames nothing.
    const raw = sim.chat(dana.id).find((m) => m.messageId === ask.messageId)!.raw;
    sim.injectUpdate({ callback_query: { id: `again-${++seq}`, from: { id: dana.id, is_bot: false, first_name: "Dana" }, message: raw, chat_instance: "x", data: `mch:y:${shortId(luna.id)}` } });
    await sim.waitFor(() => /couldn't find that merchant/.test(text(sim, dana.id, ask.messageId)));
    expect((await t.db.merchant.findUniqueOrThrow({ where: { id: luna.id } })).name).toBe("Café Luna Bar");
  });

  it("a typed “mute Kiosk am Eck” mutes it as the notification's button does", async () => {
    const before = sim.lastBotMessage(dana.id)!.messageId;
    sim.sendText(dana, "mute Kiosk am Eck");
    const done = await sim.waitForBotMessage(dana.id, /./, { afterMessageId: before });
    expect(done.text).toMatch(/^🔕 Kiosk am Eck is muted/);
    expect(buttons(done).map((b) => b.text)).toEqual(["Undo"]);
    expect(await t.db.mutedMerchant.findMany({ where: { userId: danaId }, select: { merchant: true } })).toEqual([{ merchant: "kiosk am eck" }]);
    sim.sendText(dana, "Nowhere Inn stummschalten");
    await sim.waitForBotMessage(dana.id, /I don't know a merchant called “Nowhere Inn”/, { afterMessageId: done.messageId });
  });
});

// Questions through the real app and the Telegram simulator: plain text in,
// exact numbers, charts, buttons and commands out. Data is inserted with
// Prisma (as a sync would) and announced by bumping User.dataVersion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { bumpDataVersion } from "../../src/analytics/data-version.ts";
import { seedAccount, seedTx, type SeededUser, type TxInput } from "../analytics/seed.ts";
import { onboard } from "../helpers/onboard.ts";

const ann = { id: 6001, first_name: "Ann", language_code: "en" };
const ben = { id: 6002, first_name: "Ben", language_code: "de" };
const cleo = { id: 6003, first_name: "Cleo", language_code: "en" };
const NOW = new Date("2026-11-15T10:00:00Z");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Person = typeof ann;

describe("asking questions in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const seeded = new Map<number, { s: SeededUser; giro: string }>();


  /** Inserts rows for an onboarded person the way a sync would, then bumps their data version. */
  async function addTx(p: Person, txs: Omit<TxInput, "accountId">[]) {
    let entry = seeded.get(p.id);
    if (!entry) {
      const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(p.id) } });
      const conn = await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo Bank", status: "ACTIVE" } });
      const cats = await t.db.category.findMany({ where: { userId: user.id }, select: { id: true, key: true } });
      const s: SeededUser = { userId: user.id, connectionId: conn.id, categories: new Map(cats.map((c) => [c.key, c.id])) };
      entry = { s, giro: await seedAccount(t.db, s, "Giro") };
      seeded.set(p.id, entry);
    }
    await seedTx(t.db, entry.s, txs.map((tx) => ({ ...tx, accountId: entry.giro })));
    await bumpDataVersion(t.db, entry.s.userId);
  }

  /** Sends `text` and waits for the bot's first reply matching `match` after it. */
  async function ask(p: Person, text: string, match: RegExp) {
    const sent = sim.sendText(p, text);
    const reply = await sim.waitForBotMessage(p.id, match, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 });
    return { reply };
  }

  const buttonData = (m: { replyMarkup?: { inline_keyboard: ({ text: string } & ({ callback_data: string } | object))[][] } }) =>
    (m.replyMarkup?.inline_keyboard.flat() ?? []).map((b) => ({ text: b.text, data: "callback_data" in b ? b.callback_data : "" }));

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [ann.id, ben.id, cleo.id], now: () => NOW });
    for (const p of [ann, ben, cleo]) await onboard(sim, p);
    await t.db.user.update({ where: { telegramId: BigInt(ben.id) }, data: { locale: "de" } });
    await addTx(ann, [
      { date: "2026-10-02", amount: "-12.34", merchant: "REWE", category: "groceries" },
      { date: "2026-10-09", amount: "-45.67", merchant: "EDEKA", category: "groceries" },
      { date: "2026-10-20", amount: "-3.09", merchant: "REWE", category: "groceries" },
      { date: "2026-09-20", amount: "-100.00", merchant: "REWE", category: "groceries" },
      { date: "2026-10-03", amount: "-30.00", merchant: "AMAZON EU S.A R.L.", category: "shopping" },
      { date: "2026-10-04", amount: "-7.99", merchant: "Amazon Prime Video", category: "subscriptions" },
      ...["2026-06-05", "2026-07-05", "2026-08-05", "2026-09-05", "2026-10-05", "2026-11-05"].map((date, i) => ({
        date,
        amount: i < 4 ? "-12.99" : "-15.99",
        merchant: "Netflix",
        category: "subscriptions",
      })),
    ]);
    await addTx(ben, [
      { date: "2026-10-10", amount: "-999.99", merchant: "REWE", category: "groceries" },
      { date: "2026-10-05", amount: "-19.99", merchant: "Amazon", category: "shopping" },
      { date: "2026-10-25", amount: "-5.01", merchant: "Amazon", category: "shopping" },
    ]);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
    await t?.drop();
  });

  it("answers a plain-text question with the exact number, its count and how it was read", async () => {
    const { reply } = await ask(ann, "How much did I spend on groceries last month?", /€61\.10/);
    expect(reply.text).toContain("🔎 Groceries, 1–31 Oct 2026, all accounts");
    expect(reply.text).toContain("€61.10 (3 transactions)");
  });

  it("answers in German with the German number format", async () => {
    const { reply } = await ask(ben, "wie viel habe ich im Oktober bei Amazon ausgegeben?", /Umsätze/);
    expect(reply.text).toMatch(/25,00\s€ \(2 Umsätze\)/u);
    expect(reply.text).toContain("1.–31. Okt. 2026, alle Konten");
  });

  it("sends a chart question as a PNG photo with the answer as caption", async () => {
    const { reply } = await ask(ann, "spending by category last month", /Spending · 1–31 Oct 2026/);
    expect(reply.photo?.subarray(0, 8)).toEqual(PNG);
    expect(reply.photo!.length).toBeGreaterThan(5000);
    expect(reply.caption).toMatch(/Groceries\s+€61\.10/);
    expect(buttonData(reply).map((b) => b.text)).toContain("📝 As text");
  });

  it("answers a merchant with every one of its spellings, without asking which", async () => {
    const { reply } = await ask(ann, "Amazon in October", /1–31 Oct 2026/);
    expect(reply.text).not.toMatch(/fits several merchants/);
    expect(reply.text).toContain("€37.99 (2 transactions)");
  });

  it("drills into the previous period from the button under an answer", async () => {
    const { reply } = await ask(ann, "groceries last month", /€61\.10/);
    const prev = buttonData(reply).find((b) => b.text === "◀ Previous period")!;
    sim.tapButton(ann, reply.messageId, prev.data);
    const answer = await sim.waitForBotMessage(ann.id, /1–30 Sept 2026/, { afterMessageId: reply.messageId });
    expect(answer.text).toContain("€100.00 (1 transaction)");
  });

  it("/subscriptions lists the monthly subscription with its price change", async () => {
    const { reply } = await ask(ann, "/subscriptions", /Subscriptions/);
    expect(reply.text).toContain("Netflix: €15.99 monthly · next 5 Dec 2026");
    expect(reply.text).toContain("price changed €12.99 → €15.99 on 5 Oct 2026");
  });

  it("/categories draws a doughnut of this month's spending", async () => {
    const { reply } = await ask(ann, "/categories last month", /by category/);
    expect(reply.photo?.subarray(0, 8)).toEqual(PNG);
  });

  it("shows the new number after a sync writes a transaction", async () => {
    await ask(ann, "groceries last month", /€61\.10/);
    await addTx(ann, [{ date: "2026-10-30", amount: "-8.90", merchant: "Lidl", category: "groceries" }]);
    const { reply } = await ask(ann, "groceries last month", /€70\.00/);
    expect(reply.text).toContain("€70.00 (4 transactions)");
  });

  it("keeps two people with the same merchant apart", async () => {
    const benAnswer = await ask(ben, "REWE letzten Monat", /REWE/);
    expect(benAnswer.reply.text).toMatch(/999,99\s€/u);
    expect(benAnswer.reply.text).not.toMatch(/15,43/);
    const annAnswer = await ask(ann, "REWE last month", /REWE/);
    expect(annAnswer.reply.text).toContain("€15.43 (2 transactions)");
    expect(annAnswer.reply.text).not.toContain("999");
  });

  it("tells someone without data how to get some, and offers examples for an unreadable question", async () => {
    const { reply } = await ask(cleo, "spending by category", /\/link/);
    expect(reply.photo).toBeUndefined();
    const unknown = await ask(ann, "what's the weather like?", /I can answer questions like/);
    expect(unknown.reply.text?.match(/•/g)).toHaveLength(3);
  });
});

import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../fakes/telegram/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";

const erin = { id: 6006, first_name: "Erin", language_code: "en" };
const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url));

describe("importing statement files in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const last = () => sim.lastBotMessage(erin.id)?.messageId ?? 0;
  const send = async (fileName: string) => sim.sendDocument(erin, { fileName, mimeType: "text/plain", content: await fixture(fileName) });

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [erin.id] });
    await onboard(sim, erin);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("previews, imports on confirmation, and importing the same file again adds nothing", async () => {
    const after = last();
    await send("comdirect-girokonto.csv");
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    expect(await t.db.transaction.count()).toBe(0);
    const total = Number(/(\d+) transaction\(s\), (\d+) new/.exec(preview.text!)![2]);
    expect(total).toBeGreaterThan(0);
    sim.tapButton(erin, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported \d+ new transaction/.test(sim.chat(erin.id).find((m) => m.messageId === preview.messageId)!.text ?? ""));
    expect(await t.db.transaction.count()).toBe(total);

    const again = last();
    await send("comdirect-girokonto.csv");
    await sim.waitForBotMessage(erin.id, /already imported\. Nothing to do/, { afterMessageId: again });
    expect(await t.db.transaction.count()).toBe(total);
  });

  it("refuses a malformed file naming the line and field, and writes nothing", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("comdirect-bad-amount.csv");
    const answer = await sim.waitForBotMessage(erin.id, /could not import/, { afterMessageId: after });
    expect(answer.text).toMatch(/Line \d+, column 'Umsatz in EUR'/);
    expect(await t.db.transaction.count()).toBe(before);
  });

  it("asks about an ambiguous CSV and imports with the corrected date format", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("generic-ambiguous.csv");
    const guess = await sim.waitForBotMessage(erin.id, /not sure how to read this CSV/, { afterMessageId: after });
    const buttons = guess.replyMarkup!.inline_keyboard;
    // The file reads as US dates; the person says they are day-first.
    expect(guess.text).toContain("dates MM/DD/YYYY");
    expect(buttons.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))).toContain("imp:df:DD/MM/YYYY");
    sim.tapButton(erin, guess.messageId, "imp:df:DD/MM/YYYY");
    await sim.waitFor(() => /Import the new transactions\?/.test(sim.chat(erin.id).find((m) => m.messageId === guess.messageId)!.text ?? ""));
    sim.tapButton(erin, guess.messageId, "imp:ok");
    await sim.waitFor(() => /Imported/.test(sim.chat(erin.id).find((m) => m.messageId === guess.messageId)!.text ?? ""));
    const rows = await t.db.transaction.findMany({ where: { description: { contains: "Bus ticket" } } });
    expect(rows.map((r) => r.bookingDate.toISOString().slice(0, 10))).toEqual(["2024-04-05"]);
    expect(await t.db.transaction.count()).toBeGreaterThan(before);
  });

  it("cancelling a preview writes nothing", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("camt053.xml");
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    sim.tapButton(erin, preview.messageId, "imp:no");
    await sim.waitFor(() => /Import cancelled/.test(sim.chat(erin.id).find((m) => m.messageId === preview.messageId)!.text ?? ""));
    expect(await t.db.transaction.count()).toBe(before);
  });
});

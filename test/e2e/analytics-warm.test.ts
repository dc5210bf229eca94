// The analytics copy is built in the background once a statement is imported,
// so the person's first question finds it ready instead of waiting for it; a
// later import is caught up in the background too.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";
import { createAnalytics } from "../../src/analytics/engine.ts";

const fay = { id: 6107, first_name: "Fay", language_code: "en" };
const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url));

describe("the analytics copy after an import", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  async function importFile(fileName: string): Promise<void> {
    const after = sim.lastBotMessage(fay.id)?.messageId ?? 0;
    sim.sendDocument(fay, { fileName, mimeType: "text/plain", content: await fixture(fileName) });
    const preview = await sim.waitForBotMessage(fay.id, /Import the new transactions\?/, { afterMessageId: after });
    sim.tapButton(fay, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported \d+ new transaction/.test(sim.chat(fay.id).find((m) => m.messageId === preview.messageId)!.text ?? ""));
  }

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [fay.id] });
    await onboard(sim, fay);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("is built before anyone asks, and the first question uses it with the same figure PostgreSQL has", async () => {
    await importFile("comdirect-girokonto.csv");
    const user = await t.db.user.findFirstOrThrow({ where: { telegramId: BigInt(fay.id) } });
    const { analytics } = app.services;
    await sim.waitFor(() => analytics.cacheStats().cached(user.id), 10_000);
    const rebuilds = analytics.cacheStats().rebuilds;
    const rows = await t.db.transaction.findMany({ where: { userId: user.id }, select: { bookingDate: true }, orderBy: { bookingDate: "asc" } });
    const period = { from: rows[0]!.bookingDate.toISOString().slice(0, 10), to: rows.at(-1)!.bookingDate.toISOString().slice(0, 10) };
    const spec = { measure: "spending", filters: { period }, groupBy: "category" } as const;
    const answer = await analytics.query(user.id, spec, { today: period.to });
    expect(answer.loadedFromCache).toBe(true);
    expect(analytics.cacheStats().rebuilds).toBe(rebuilds);
    // The same figures a copy built in the foreground gives.
    const foreground = createAnalytics({ db: t.db, databaseUrl: t.url });
    try {
      const expected = await foreground.query(user.id, spec, { today: period.to });
      expect(answer.total).toEqual(expected.total);
      expect(answer.rows).toEqual(expected.rows);
      expect(answer.total[0]!.count).toBeGreaterThan(0);
    } finally {
      await foreground.close();
    }

    // A second statement is applied to the open copy in the background as well.
    const deltas = analytics.cacheStats().deltas;
    await importFile("camt053.xml");
    await sim.waitFor(() => analytics.cacheStats().deltas > deltas, 10_000);
  });
});

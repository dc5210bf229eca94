// The LLM path through the real app: the simulator on one side, a fake
// OpenAI-compatible server on the other. The model only ever proposes a spec
// or a few sentences; the numbers in the chat come from the engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { bumpDataVersion } from "../../src/analytics/data-version.ts";
import { seedAccount, seedTx, type SeededUser, type TxInput } from "../analytics/seed.ts";
import { onboard } from "../helpers/onboard.ts";

const ann = { id: 6101, first_name: "Ann", language_code: "en" };
const ben = { id: 6102, first_name: "Ben", language_code: "en" };
const NOW = new Date("2026-11-15T10:00:00Z");
const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };
const REWE_IN_OCTOBER = { measure: "spending", filters: { period: OCTOBER, merchants: ["REWE"] } };

type Person = typeof ann;

describe("questions the parser cannot read, answered through the language model", () => {
  let sim: TelegramSimulator;
  let fake: OpenAiFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;


  async function seed(p: Person, iban: string, txs: Omit<TxInput, "accountId">[]) {
    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(p.id) } });
    const conn = await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo Bank", status: "ACTIVE" } });
    const cats = await t.db.category.findMany({ where: { userId: user.id }, select: { id: true, key: true } });
    const s: SeededUser = { userId: user.id, connectionId: conn.id, categories: new Map(cats.map((c) => [c.key, c.id])) };
    const giro = await seedAccount(t.db, s, `${p.first_name}'s Giro`);
    await t.db.account.update({ where: { id: giro }, data: { iban } });
    await seedTx(t.db, s, txs.map((tx) => ({ ...tx, accountId: giro })));
    await bumpDataVersion(t.db, user.id);
  }

  async function ask(p: Person, text: string, match: RegExp) {
    const sent = sim.sendText(p, text);
    return sim.waitForBotMessage(p.id, match, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 });
  }

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    fake = await startOpenAiFake();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [ann.id, ben.id], now: () => NOW, env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test-key" } });
    await onboard(sim, ann);
    await onboard(sim, ben);
    await seed(ann, "DE89370400440532013000", [
      { date: "2026-10-02", amount: "-12.34", merchant: "REWE", category: "groceries" },
      { date: "2026-10-20", amount: "-3.09", merchant: "REWE", category: "groceries" },
      { date: "2026-10-09", amount: "-45.67", merchant: "Feinkost Annabelle", category: "groceries" },
      { date: "2026-10-01", amount: "-24.90", merchant: "McFIT", category: "entertainment" },
      { date: "2026-10-17", amount: "-13.50", merchant: "Kino Babylon", category: "entertainment" },
    ]);
    await seed(ben, "DE02120300000000202051", [{ date: "2026-10-10", amount: "-999.99", merchant: "REWE", category: "groceries" }]);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
    await fake?.close();
    await t?.drop();
  });

  it("answers from the model's spec with the engine's exact number, says so, and adds the model's summary", async () => {
    fake.script({ kind: "json", value: REWE_IN_OCTOBER }, { kind: "text", content: "Two small trips to REWE in October." });
    const reply = await ask(ann, "zorp the quux?", /\(\d+ transactions?\)/);
    expect(reply.text).toContain("Read with the language model as: REWE, 1–31 Oct 2026, all accounts");
    expect(reply.text).toContain("€15.43 (2 transactions)");
    expect(reply.text).toContain("Two small trips to REWE in October.");
  });

  it("gives another person with the same merchant only their own number, and the model only their own names", async () => {
    const before = fake.requests.length;
    fake.script({ kind: "json", value: REWE_IN_OCTOBER });
    const reply = await ask(ben, "zorp the quux?", /\(\d+ transactions?\)/);
    expect(reply.text).toContain("€999.99 (1 transaction)");
    expect(reply.text).not.toContain("15.43");
    const sent = fake.requests.slice(before).map((r) => r.raw).join("\n");
    expect(sent).toContain("REWE");
    expect(sent).not.toContain("Feinkost Annabelle");
    expect(sent).not.toContain("15.43");
  });

  it("answers a topic the model chose (the gym within leisure) with that topic's rows only", async () => {
    fake.script({ kind: "json", value: { measure: "spending", filters: { period: OCTOBER, topics: ["gym"] } } }, { kind: "text", content: "One gym payment." });
    const reply = await ask(ann, "zorp the quux?", /\(\d+ transactions?\)/);
    expect(reply.text).toContain("Read with the language model as: Gym");
    expect(reply.text).toContain("€24.90 (1 transaction)");
    expect(reply.text).not.toContain("13.50");
  });

  it("never sends an IBAN to the model", () => {
    const all = fake.requests.map((r) => r.raw).join("\n");
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/DE89370400440532013000|DE02120300000000202051/);
  });

  it("falls back to examples when the model tries to smuggle SQL", async () => {
    fake.script({ kind: "sql", sql: "SELECT * FROM tx" });
    const reply = await ask(ann, "zorp the quux?", /I can answer questions like/);
    expect(reply.text).not.toMatch(/€/);
  });
});

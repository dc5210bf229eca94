import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import type { QuerySpec } from "../../src/analytics/query-spec.ts";
import type { Llm, LlmQuestionContext, LlmSummaryInput } from "../../src/llm/index.ts";
import { createQaService, type QaUser } from "../../src/qa/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser } from "../analytics/seed.ts";
import { seedShopper } from "./fixtures.ts";

/** A scripted model: what it answers is set per test; what it was asked is recorded. */
class ScriptedLlm implements Llm {
  spec: unknown = null;
  summary: () => Promise<string | null> = async () => "Groceries were your biggest item.";
  questions: LlmQuestionContext[] = [];
  summaries: LlmSummaryInput[] = [];
  async specFromQuestion(_q: string, ctx: LlmQuestionContext): Promise<QuerySpec | null> {
    this.questions.push(ctx);
    return this.spec as QuerySpec | null;
  }
  summarize(input: LlmSummaryInput): Promise<string | null> {
    this.summaries.push(input);
    return this.summary();
  }
}

let t: TestDatabase;
let analytics: Analytics;
let llm: ScriptedLlm;
let me: QaUser;
let otherAccount: string;
const october = { from: "2026-10-01", to: "2026-10-31" };

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  const shopper = await seedShopper(t.db);
  me = shopper.user;
  await t.db.account.update({ where: { id: shopper.giro }, data: { iban: "DE89370400440532013000" } });
  const other = await seedUser(t.db);
  otherAccount = await seedAccount(t.db, other, "Someone else's Giro");
  await seedTx(t.db, other, [{ accountId: otherAccount, date: "2026-10-10", amount: "-555.55", merchant: "Secret Jeweller", category: "shopping" }]);
});
afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const service = () => createQaService({ db: t.db, analytics, llm, now: () => new Date("2026-11-15T10:00:00Z"), logger: pino({ level: "silent" }) });

describe("the optional language model", () => {
  beforeAll(() => {
    llm = new ScriptedLlm();
  });

  it("answers a question the parser cannot read from the model's spec, with the engine's number and the reading named", async () => {
    llm.spec = { measure: "spending", filters: { period: october, categories: ["groceries"] } };
    const a = await service().ask(me, 1, "zorp the quux");
    const text = htmlToPlain(a.html);
    expect(text).toContain("Read with the language model as: Groceries, 1–31 Oct 2026, all accounts");
    expect(text).toContain("€61.10 (3 transactions)");
    expect(text).toContain("Groceries were your biggest item.");
  });

  it("tells the model only this person's names and account names, never an IBAN or another person's merchant", async () => {
    llm.spec = null;
    await service().ask(me, 1, "zorp the quux");
    const ctx = llm.questions.at(-1)!;
    expect(ctx.merchants).toEqual(expect.arrayContaining(["REWE", "Amazon", "Netflix"]));
    expect(JSON.stringify(ctx)).not.toContain("Secret Jeweller");
    expect(JSON.stringify(ctx)).not.toContain("DE89");
    expect(ctx.accounts.map((a) => a.name)).toEqual(["Giro"]);
  });

  it("sends the summary aggregates only: the reading, the total and labelled rows", async () => {
    llm.spec = { measure: "spending", filters: { period: october, categories: ["groceries"] } };
    await service().ask(me, 1, "zorp the quux");
    const input = llm.summaries.at(-1)!;
    expect(input).toMatchObject({ currency: "EUR", total: "61.10", reading: "Groceries, 1–31 Oct 2026, all accounts" });
    expect(JSON.stringify(input)).not.toMatch(/DE89|Secret/);
  });

  it("ignores a spec that is not a QuerySpec (e.g. one asking for SQL) and shows examples instead", async () => {
    llm.spec = { measure: "spending", sql: "SELECT * FROM tx" };
    const a = await service().ask(me, 1, "zorp the quux");
    expect(htmlToPlain(a.html)).toContain("I can answer questions like:");
  });

  it("refuses a spec naming another person's account", async () => {
    llm.spec = { measure: "spending", filters: { period: october, accounts: [otherAccount] } };
    const a = await service().ask(me, 1, "zorp the quux");
    expect(htmlToPlain(a.html)).not.toContain("555.55");
    expect(htmlToPlain(a.html)).toContain("I can answer questions like:");
  });

  it("still answers exactly when the summary fails", async () => {
    llm.spec = { measure: "spending", filters: { period: october, merchants: ["Amazon"] } };
    llm.summary = () => Promise.reject(new Error("model down"));
    const a = await service().ask(me, 1, "zorp the quux");
    expect(htmlToPlain(a.html)).toContain("€25.00 (2 transactions)");
    expect(htmlToPlain(a.html)).not.toContain("model down");
  });
});

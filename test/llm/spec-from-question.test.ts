import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { querySpecJsonSchema } from "../../src/llm/json-schema.ts";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { CARD, GIRO, captureLogger, llmFor, questionContext } from "./helpers.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await startOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

/** What a strict-mode model sends: every field present, null where unused. */
function strictReply(over: Record<string, unknown> = {}, filters: Record<string, unknown> = {}) {
  return {
    measure: "spending",
    filters: {
      period: { from: "2026-10-01", to: "2026-10-31" },
      categories: ["groceries"],
      merchants: null,
      accounts: null,
      text: null,
      minAmount: null,
      maxAmount: null,
      currency: null,
      ...filters,
    },
    groupBy: "merchant",
    compare: "none",
    sort: "value_desc",
    limit: 5,
    chart: "auto",
    ...over,
  };
}

describe("specFromQuestion", () => {
  it("returns the model's spec, validated, with nulls read as absent", async () => {
    fake.script({ kind: "json", value: strictReply() });
    const spec = await llmFor(fake).specFromQuestion("top 5 shops for food in october", questionContext());
    expect(spec).toEqual({
      measure: "spending",
      filters: { period: { from: "2026-10-01", to: "2026-10-31" }, categories: ["groceries"] },
      groupBy: "merchant",
      compare: "none",
      sort: "value_desc",
      limit: 5,
      chart: "auto",
    });
  });

  it("asks for strict structured output with the schema derived from QuerySpec", async () => {
    fake.script({ kind: "json", value: strictReply() });
    await llmFor(fake).specFromQuestion("food in october", questionContext());
    const body = fake.requests[0]!.body!;
    expect(body.model).toBe("test-model");
    expect(body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "query_spec", strict: true, schema: querySpecJsonSchema() },
    });
    expect(body.messages!.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages![1]!.content).toBe("food in october");
    expect(String(body.messages![0]!.content)).toContain("Today is 2026-11-12");
  });

  it("fills defaults when the model leaves out optional fields", async () => {
    fake.script({ kind: "json", value: { measure: "income" } });
    const spec = await llmFor(fake).specFromQuestion("what came in", questionContext());
    expect(spec).toEqual({ measure: "income", filters: {}, groupBy: "none", compare: "none", sort: "value_desc", chart: "auto" });
  });

  it("returns null for a reply that is not JSON", async () => {
    fake.script({ kind: "invalid_json" });
    expect(await llmFor(fake).specFromQuestion("food", questionContext())).toBeNull();
  });

  it("returns null for JSON that breaks the schema", async () => {
    fake.script({ kind: "json", value: strictReply({ measure: "profit", limit: 1000 }) });
    expect(await llmFor(fake).specFromQuestion("food", questionContext())).toBeNull();
  });

  it("returns null, never anything SQL-like, when the model adds an sql field", async () => {
    fake.script({ kind: "sql" }, { kind: "json", value: strictReply({}, { sql: "SELECT * FROM users" }) });
    const llm = llmFor(fake);
    const top = await llm.specFromQuestion("food", questionContext());
    const nested = await llm.specFromQuestion("food", questionContext());
    expect(top).toBeNull();
    expect(nested).toBeNull();
    expect(fake.requests).toHaveLength(2);
  });

  it("returns null on a refusal and on a reply cut off at the token limit", async () => {
    fake.script({ kind: "refusal" }, { kind: "text", content: '{"measure":"spending"}', finishReason: "length" });
    const llm = llmFor(fake);
    expect(await llm.specFromQuestion("food", questionContext())).toBeNull();
    expect(await llm.specFromQuestion("food", questionContext())).toBeNull();
  });

  it("maps merchants case-insensitively to the user's own spelling", async () => {
    fake.script({ kind: "json", value: strictReply({}, { categories: null, merchants: ["rewe", "DEUTSCHE BAHN"] }) });
    const spec = await llmFor(fake).specFromQuestion("rewe and db", questionContext());
    expect(spec?.filters.merchants).toEqual(["REWE", "Deutsche Bahn"]);
  });

  it("maps a merchant the model only saw scrubbed back to the user's name", async () => {
    const ctx = questionContext({ merchants: ["PayPal max@example.com"] });
    fake.script({ kind: "json", value: strictReply({}, { categories: null, merchants: ["PayPal [email]"] }) });
    const spec = await llmFor(fake).specFromQuestion("paypal", ctx);
    expect(spec?.filters.merchants).toEqual(["PayPal max@example.com"]);
  });

  it("rejects the whole spec when a merchant, account or category is not the user's, rather than widening the question", async () => {
    fake.script(
      { kind: "json", value: strictReply({}, { merchants: ["Someone Else's Shop"] }) },
      { kind: "json", value: strictReply({}, { accounts: [randomUUID()] }) },
      { kind: "json", value: strictReply({}, { categories: ["casino"] }) },
    );
    const llm = llmFor(fake);
    expect(await llm.specFromQuestion("q1", questionContext())).toBeNull();
    expect(await llm.specFromQuestion("q2", questionContext())).toBeNull();
    expect(await llm.specFromQuestion("q3", questionContext())).toBeNull();
  });

  it("accepts the user's own account ids", async () => {
    fake.script({ kind: "json", value: strictReply({}, { accounts: [CARD.toUpperCase(), GIRO] }) });
    const spec = await llmFor(fake).specFromQuestion("card and giro", questionContext());
    expect(spec?.filters.accounts).toEqual([CARD, GIRO]);
  });

  it("rejects a period with a date that does not exist", async () => {
    fake.script({ kind: "json", value: strictReply({}, { period: { from: "2026-02-01", to: "2026-02-30" } }) });
    expect(await llmFor(fake).specFromQuestion("february", questionContext())).toBeNull();
  });

  it("logs a failure at warn with its reason but without the question or the reply", async () => {
    const log = captureLogger();
    fake.script({ kind: "text", content: "not json, but the secret question: what did I pay Dr. Who" });
    await llmFor(fake, log.logger).specFromQuestion("what did I pay Dr. Who", questionContext());
    const lines = log.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ level: 40, llm: "spec", reason: "invalid_json" })]);
    expect(log.text()).not.toContain("Dr. Who");
  });
});

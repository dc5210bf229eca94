// A question the parser cannot read may still be about a topic narrower than a
// category ("what did the gym cost me"): the model is told the topic keys and
// what each covers, and a spec naming one comes back as a spec with topics.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TOPICS } from "../../src/analytics/topics.ts";
import { querySpecJsonSchema } from "../../src/llm/json-schema.ts";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { llmFor, questionContext, sentContents } from "./helpers.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await startOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

const OCTOBER = { from: "2026-10-01", to: "2026-10-31" };

describe("topics in the model's instructions", () => {
  it("names every topic key with its category in the instructions, outside the data block", async () => {
    fake.script({ kind: "json", value: { measure: "spending" } });
    await llmFor(fake).specFromQuestion("what did the gym cost me in october", questionContext());
    const system = sentContents(fake)[0]!;
    const instructions = system.slice(0, system.indexOf("<untrusted_data>"));
    const line = instructions.split("\n").find((l) => l.startsWith("- filters.topics:"));
    expect(line).toBeDefined();
    for (const topic of TOPICS) {
      expect(line).toContain(`${topic.key} (`);
      for (const c of topic.categories) expect(line).toContain(c);
    }
    expect(instructions).toMatch(/versus:.*topics/);
  });

  it("offers topics in the structured-output schema, limited to the known keys", () => {
    const schema = JSON.stringify(querySpecJsonSchema());
    expect(schema).toContain(`"items":{"type":"string","enum":${JSON.stringify(TOPICS.map((t) => t.key))}}`);
    expect(schema.match(/"topics":\{"anyOf"/g)).toHaveLength(2);
  });

  it("returns a spec with the topic the model chose, alone or beside a category", async () => {
    fake.script(
      { kind: "json", value: { measure: "spending", filters: { period: OCTOBER, topics: ["gym"] } } },
      { kind: "json", value: { measure: "spending", filters: { period: OCTOBER, categories: ["groceries"], topics: ["phone"] } } },
    );
    const gym = await llmFor(fake).specFromQuestion("what did the gym cost me in october", questionContext());
    expect(gym?.filters).toEqual({ period: OCTOBER, topics: ["gym"] });
    const both = await llmFor(fake).specFromQuestion("groceries plus my phone in october", questionContext());
    expect(both?.filters).toEqual({ period: OCTOBER, categories: ["groceries"], topics: ["phone"] });
  });

  it("refuses a topic Kontor does not know", async () => {
    fake.script({ kind: "json", value: { measure: "spending", filters: { period: OCTOBER, topics: ["yachts"] } } });
    expect(await llmFor(fake).specFromQuestion("yachts in october", questionContext())).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SUMMARY_MAX_CHARS, capSummary } from "../../src/llm/openai-llm.ts";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { llmFor, summaryInput } from "./helpers.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await startOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

describe("summarize", () => {
  it("returns the model's text trimmed, on one paragraph", async () => {
    fake.script({ kind: "text", content: "\n  You spent 412.37 EUR on groceries.\n\nThat is a little more than in September.  \n" });
    expect(await llmFor(fake).summarize(summaryInput())).toBe(
      "You spent 412.37 EUR on groceries. That is a little more than in September.",
    );
  });

  it("asks for the user's language and sends no response format", async () => {
    fake.script({ kind: "text", content: "Du hast 412,37 EUR ausgegeben." });
    await llmFor(fake).summarize(summaryInput({ locale: "de" }));
    const body = fake.requests[0]!.body!;
    expect(String(body.messages![0]!.content)).toContain("in German");
    expect(body.response_format).toBeUndefined();
  });

  it("caps a long reply after a sentence", async () => {
    const sentence = "You spent a fair amount on groceries this month. ";
    fake.script({ kind: "text", content: sentence.repeat(30) });
    const text = await llmFor(fake).summarize(summaryInput());
    expect(text!.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(text!.endsWith("month.")).toBe(true);
  });

  it("cuts a reply without sentence breaks at a word and marks the cut", () => {
    const text = capSummary("word ".repeat(300))!;
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(text.endsWith("word…")).toBe(true);
  });

  it("returns null on an empty reply, a refusal or an HTTP error", async () => {
    fake.script({ kind: "text", content: "   " }, { kind: "refusal" }, { kind: "http_error", status: 400 });
    const llm = llmFor(fake);
    expect(await llm.summarize(summaryInput())).toBeNull();
    expect(await llm.summarize(summaryInput())).toBeNull();
    expect(await llm.summarize(summaryInput())).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.ts";
import { createLlm } from "../../src/llm/index.ts";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { captureLogger, summaryInput } from "./helpers.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await startOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

describe("createLlm", () => {
  it("is disabled when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set", () => {
    expect(createLlm(parseConfig({ OPENAI_MODEL: "gpt-4o-mini" }), captureLogger().logger)).toBeNull();
    expect(createLlm(parseConfig({ OPENAI_API_KEY: "", OPENAI_BASE_URL: "  " }), captureLogger().logger)).toBeNull();
  });

  it("talks to OPENAI_BASE_URL with a placeholder key and OPENAI_MODEL when only the URL is set", async () => {
    fake.script({ kind: "text", content: "All fine." });
    const llm = createLlm(parseConfig({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "llama3.1:8b" }), captureLogger().logger);
    expect(await llm?.summarize(summaryInput())).toBe("All fine.");
    expect(fake.requests[0]).toMatchObject({ path: "/v1/chat/completions", authorization: "Bearer not-needed" });
    expect(fake.requests[0]!.body!.model).toBe("llama3.1:8b");
  });

  it("uses the configured key and the default model", async () => {
    fake.script({ kind: "text", content: "All fine." });
    const config = parseConfig({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-configured" });
    await createLlm(config, captureLogger().logger)?.summarize(summaryInput());
    expect(fake.requests[0]!.authorization).toBe("Bearer sk-configured");
    expect(fake.requests[0]!.body!.model).toBe("gpt-4o-mini");
  });

  it("works with a base URL without /v1", async () => {
    fake.script({ kind: "text", content: "All fine." });
    const llm = createLlm(parseConfig({ OPENAI_BASE_URL: fake.url.replace(/\/v1$/, "") }), captureLogger().logger);
    expect(await llm?.summarize(summaryInput())).toBe("All fine.");
    expect(fake.requests[0]!.path).toBe("/chat/completions");
  });
});

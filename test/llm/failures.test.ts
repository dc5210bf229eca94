import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startOpenAiFake, type OpenAiFake } from "../fakes/openai/index.ts";
import { captureLogger, llmFor, questionContext, summaryInput } from "./helpers.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await startOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

const elapsed = async <T>(fn: () => Promise<T>) => {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
};

describe("timeouts and HTTP errors fall back to null", () => {
  it("gives up on a slow server after the per-call timeout", async () => {
    fake.always({ kind: "slow", delayMs: 5_000, then: { kind: "json", value: { measure: "spending" } } });
    const llm = llmFor(fake, undefined, { timeoutMs: 300, maxRetries: 0 });
    const { value, ms } = await elapsed(() => llm.specFromQuestion("food", questionContext()));
    expect(value).toBeNull();
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1_500);
  });

  it("keeps retries within the overall deadline", async () => {
    fake.always({ kind: "slow", delayMs: 5_000 });
    const llm = llmFor(fake, undefined, { timeoutMs: 400, maxRetries: 3, deadlineMs: 700 });
    const { value, ms } = await elapsed(() => llm.summarize(summaryInput()));
    expect(value).toBeNull();
    expect(ms).toBeLessThan(1_500);
  });

  it("does not wait out a long retry-after from a rate-limited server", async () => {
    fake.always({ kind: "http_error", status: 429, retryAfterSeconds: 30 });
    const llm = llmFor(fake, undefined, { deadlineMs: 600 });
    const { value, ms } = await elapsed(() => llm.specFromQuestion("food", questionContext()));
    expect(value).toBeNull();
    expect(ms).toBeLessThan(1_500);
  });

  it.each([500, 429, 401, 400])("returns null on HTTP %i and logs only the status", async (status) => {
    const log = captureLogger();
    fake.always({ kind: "http_error", status });
    const llm = llmFor(fake, log.logger);
    expect(await llm.specFromQuestion("food at REWE", questionContext())).toBeNull();
    expect(await llm.summarize(summaryInput())).toBeNull();
    const warnings = log.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({ llm: "spec", reason: "http_error", status }),
      expect.objectContaining({ llm: "summary", reason: "http_error", status }),
    ]);
    expect(log.text()).not.toContain("REWE");
    expect(log.text()).not.toContain("scripted");
  });

  it("retries a 500 once by default, then gives up", async () => {
    fake.always({ kind: "http_error", status: 500 });
    expect(await llmFor(fake).specFromQuestion("food", questionContext())).toBeNull();
    expect(fake.requests).toHaveLength(2);
  });

  it("recovers when a retry succeeds", async () => {
    fake.script({ kind: "http_error", status: 500 }, { kind: "json", value: { measure: "count" } });
    const spec = await llmFor(fake).specFromQuestion("how many payments", questionContext());
    expect(spec?.measure).toBe("count");
  });

  it("returns null when nothing listens at the base URL", async () => {
    const url = fake.url;
    await fake.close();
    const llm = llmFor({ ...fake, url }, undefined, { maxRetries: 0 });
    expect(await llm.summarize(summaryInput())).toBeNull();
    fake = await startOpenAiFake();
  });
});

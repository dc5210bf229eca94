import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { createLogger } from "../../src/logger.ts";
import type { LlmQuestionContext, LlmSummaryInput } from "../../src/llm/index.ts";
import { createOpenAiLlm, type OpenAiLlmOptions } from "../../src/llm/openai-llm.ts";
import type { OpenAiFake } from "../fakes/openai/index.ts";

export const API_KEY = "sk-test-secret-4f9a1c";

/** A real pino logger (with Kontor's redaction) whose lines are kept for assertions. */
export function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  });
  return { logger: createLogger("debug", stream), lines, text: () => lines.join("") };
}

export function llmFor(fake: OpenAiFake, logger = captureLogger().logger, opts: Partial<OpenAiLlmOptions> = {}) {
  return createOpenAiLlm({ apiKey: API_KEY, baseURL: fake.url, model: "test-model", logger, ...opts });
}

export const GIRO = randomUUID();
export const CARD = randomUUID();

export function questionContext(over: Partial<LlmQuestionContext> = {}): LlmQuestionContext {
  return {
    locale: "en",
    today: "2026-11-12",
    categories: ["groceries", "restaurants", "transport", "other"],
    merchants: ["REWE", "Lidl", "Deutsche Bahn"],
    accounts: [
      { id: GIRO, name: "Girokonto" },
      { id: CARD, name: "Credit card" },
    ],
    ...over,
  };
}

export function summaryInput(over: Partial<LlmSummaryInput> = {}): LlmSummaryInput {
  return {
    locale: "en",
    question: "how much on groceries last month",
    reading: "Groceries, 1–31 Oct 2026, all accounts",
    currency: "EUR",
    total: "412.37",
    compareTotal: "398.10",
    rows: [
      { label: "REWE", value: "250.00", compareValue: "240.00" },
      { label: "Lidl", value: "162.37", compareValue: "158.10" },
    ],
    ...over,
  };
}

/** The message contents of every recorded request, in order. */
export function sentContents(fake: OpenAiFake): string[] {
  return fake.requests.flatMap((r) => (r.body?.messages ?? []).map((m) => String(m.content)));
}

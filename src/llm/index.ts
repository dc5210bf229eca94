// Optional LLM (any OpenAI-compatible server). Enabled only when
// OPENAI_API_KEY or OPENAI_BASE_URL is set. The implementation lives beside
// this file; callers only see this interface.
import type { Config } from "../config.ts";
import type { Logger } from "pino";
import type { QuerySpec } from "../analytics/query-spec.ts";
import { createOpenAiLlm } from "./openai-llm.ts";

export interface LlmQuestionContext {
  locale: "en" | "de";
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
  /** Category keys the spec may use. */
  categories: string[];
  /** The asking user's own merchant/counterparty names (never another user's). */
  merchants: string[];
  /** The asking user's accounts: only ids and display names, never IBANs or numbers. */
  accounts: { id: string; name: string }[];
}

export interface LlmSummaryInput {
  locale: "en" | "de";
  question: string;
  /** How the question was read, e.g. "Groceries, 1–31 Oct 2026, all accounts". */
  reading: string;
  currency: string;
  total: string;
  compareTotal?: string | null;
  /** Aggregated rows only: a label (category or merchant name, or a period) and exact decimal values. */
  rows: { label: string; value: string; compareValue?: string | null }[];
}

export interface Llm {
  /** A QuerySpec for a question the parser could not read; null on timeout, error or invalid output. */
  specFromQuestion(question: string, ctx: LlmQuestionContext): Promise<QuerySpec | null>;
  /** Two or three sentences about a computed result; null on timeout or error. */
  summarize(input: LlmSummaryInput): Promise<string | null>;
}

const OPENAI_URL = "https://api.openai.com/v1";

/**
 * Null unless OPENAI_API_KEY or OPENAI_BASE_URL is set. A local server often
 * needs no key, but the SDK insists on one, so a placeholder is sent.
 */
export function createLlm(config: Config, logger: Logger): Llm | null {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return null;
  return createOpenAiLlm({
    apiKey: config.OPENAI_API_KEY ?? "not-needed",
    // Passed explicitly so the SDK never picks a different URL from the environment.
    baseURL: config.OPENAI_BASE_URL ?? OPENAI_URL,
    model: config.OPENAI_MODEL,
    logger: logger.child({ module: "llm" }),
  });
}

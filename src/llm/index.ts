// Optional LLM (any OpenAI-compatible server). Filled in by the LLM feature.
import type { Config } from "../config.ts";
import type { Logger } from "pino";

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Llm {}

export function createLlm(_config: Config, _logger: Logger): Llm | null {
  return null;
}

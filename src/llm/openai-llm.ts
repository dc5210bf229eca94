// The LLM over the openai SDK, against OpenAI or any compatible server.
// Every failure (timeout, HTTP error, refusal, invalid or unexpected output)
// becomes null plus one warn line that names the reason but never the prompt,
// the reply or the key: the caller then answers from the parser alone.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { Logger } from "pino";
import { z } from "zod";
import { QuerySpec } from "../analytics/query-spec.ts";
import { checkSpec } from "./check-spec.ts";
import type { Llm, LlmQuestionContext, LlmSummaryInput } from "./index.ts";
import { dropNulls, querySpecJsonSchema } from "./json-schema.ts";
import { specMessages, summaryMessages, type Message } from "./prompts.ts";

export interface OpenAiLlmOptions {
  apiKey: string;
  baseURL: string;
  model: string;
  logger: Logger;
  /** Per HTTP attempt. */
  timeoutMs?: number;
  maxRetries?: number;
  /** For the whole call including retries and the SDK's waits between them (which honour retry-after up to 60 s). */
  deadlineMs?: number;
}

export const LLM_DEFAULTS = { timeoutMs: 5_000, maxRetries: 1, deadlineMs: 8_000 } as const;
export const SUMMARY_MAX_CHARS = 600;

// Only the fields read; a compatible server that answers something else is an error, not a crash.
const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

type Op = "spec" | "summary";

class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
}

export function createOpenAiLlm(opts: OpenAiLlmOptions): Llm {
  const deadlineMs = opts.deadlineMs ?? LLM_DEFAULTS.deadlineMs;
  const client = new OpenAI({
    apiKey: opts.apiKey,
    baseURL: opts.baseURL,
    timeout: opts.timeoutMs ?? LLM_DEFAULTS.timeoutMs,
    maxRetries: opts.maxRetries ?? LLM_DEFAULTS.maxRetries,
    // The SDK would log to the console, outside pino's redaction; failures are logged below instead.
    logLevel: "off",
  });
  const schema = querySpecJsonSchema();
  const warn = (op: Op, reason: string, extra: Record<string, unknown> = {}) =>
    opts.logger.warn({ llm: op, reason, ...extra }, "LLM call gave no usable answer; falling back");

  async function complete(op: Op, messages: Message[], extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming>) {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new DeadlineExceeded());
      }, deadlineMs);
    });
    let raw: unknown;
    try {
      const call = client.chat.completions.create({ model: opts.model, messages, ...extra, stream: false }, { signal: controller.signal });
      // Promise.race also observes a late rejection of `call`, so an abort after the deadline is not unhandled.
      raw = await Promise.race([call, deadline]);
    } catch (err) {
      warn(op, ...describe(err));
      return null;
    } finally {
      clearTimeout(timer);
    }
    const read = readContent(raw);
    if ("reason" in read) {
      warn(op, read.reason, read.details);
      return null;
    }
    return read.content;
  }

  return {
    async specFromQuestion(question: string, ctx: LlmQuestionContext): Promise<QuerySpec | null> {
      const content = await complete("spec", specMessages(question, ctx), {
        response_format: { type: "json_schema", json_schema: { name: "query_spec", strict: true, schema } },
      });
      if (content === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        // The reply is not logged: it may echo the question.
        warn("spec", "invalid_json");
        return null;
      }
      const parsed = QuerySpec.safeParse(dropNulls(json));
      if (!parsed.success) {
        warn("spec", "schema_violation", { issues: parsed.error.issues.map((i) => `${i.code}@${i.path.join(".")}`) });
        return null;
      }
      const checked = checkSpec(parsed.data, ctx);
      if (!checked.ok) {
        warn("spec", checked.reason);
        return null;
      }
      return checked.spec;
    },

    async summarize(input: LlmSummaryInput): Promise<string | null> {
      const content = await complete("summary", summaryMessages(input), {});
      return content === null ? null : capSummary(content);
    },
  };
}

/**
 * Plain text on one paragraph, at most SUMMARY_MAX_CHARS, cut after a sentence
 * where possible. Not HTML-escaped: the caller escapes it for Telegram.
 */
export function capSummary(text: string): string | null {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return null;
  if (flat.length <= SUMMARY_MAX_CHARS) return flat;
  const head = flat.slice(0, SUMMARY_MAX_CHARS - 1);
  const sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentence > SUMMARY_MAX_CHARS / 3) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(" ");
  return `${head.slice(0, space > 0 ? space : head.length)}…`;
}

function readContent(raw: unknown): { content: string } | { reason: string; details?: Record<string, unknown> } {
  const res = Completion.safeParse(raw);
  if (!res.success) return { reason: "malformed_response" };
  const choice = res.data.choices[0]!;
  if (choice.message.refusal) return { reason: "refusal" };
  // A cut-off reply is at best half a spec or half a sentence.
  if (choice.finish_reason === "length" || choice.finish_reason === "content_filter")
    return { reason: "incomplete", details: { finishReason: choice.finish_reason } };
  if (!choice.message.content?.trim()) return { reason: "empty" };
  return { content: choice.message.content };
}

/** A reason and safe details for the log; error messages are left out as servers may echo the request in them. */
function describe(err: unknown): [string, Record<string, unknown>] {
  if (err instanceof DeadlineExceeded || err instanceof APIUserAbortError) return ["deadline", {}];
  if (err instanceof APIConnectionTimeoutError) return ["timeout", {}];
  if (err instanceof APIConnectionError) return ["connection", {}];
  if (err instanceof APIError) return ["http_error", { status: err.status, code: err.code ?? undefined }];
  return ["unexpected", { error: err instanceof Error ? err.name : typeof err }];
}

// What the fake answers to the next chat completion. Each kind stands for a
// way a real OpenAI-compatible server (or the model behind it) can behave.
export type Behaviour =
  /** A normal answer whose content is JSON.stringify(value). */
  | { kind: "json"; value: unknown; finishReason?: FinishReason }
  /** A normal answer with this exact content (plain text, or deliberately broken JSON). */
  | { kind: "text"; content: string; finishReason?: FinishReason }
  /** Content that is not JSON at all, as small local models sometimes produce. */
  | { kind: "invalid_json" }
  /** A valid-looking spec with an extra `sql` field: a model trying to smuggle a query. */
  | { kind: "sql"; sql?: string }
  /** The structured-output refusal shape: content null, `refusal` set. */
  | { kind: "refusal"; message?: string }
  /** An HTTP error with the official error body; 429 may carry retry-after. */
  | { kind: "http_error"; status: number; retryAfterSeconds?: number }
  /** Waits, then behaves as `then` (default: an empty JSON object). */
  | { kind: "slow"; delayMs: number; then?: Behaviour };

export type FinishReason = "stop" | "length" | "content_filter";

export interface RecordedRequest {
  method: string;
  path: string;
  /** Whether an Authorization header came along; its value is kept only for assertions on which key was used. */
  authorization: string | undefined;
  /** The body exactly as received, for "this never appears anywhere" assertions. */
  raw: string;
  /** The parsed body (null when it was not JSON). */
  body: ChatRequestBody | null;
}

export interface ChatRequestBody {
  model?: string;
  messages?: { role: string; content: unknown }[];
  response_format?: unknown;
  [key: string]: unknown;
}

/** The sample spec the `sql` behaviour wraps; valid apart from the extra field. */
export const SQL_SMUGGLING_SPEC = { measure: "spending", groupBy: "category" } as const;

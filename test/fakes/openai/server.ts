import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SQL_SMUGGLING_SPEC, type Behaviour, type ChatRequestBody, type FinishReason, type RecordedRequest } from "./behaviours.ts";

export interface OpenAiFakeOptions {
  /** Answer to requests when nothing is scripted; by default a 500, so an unexpected call is visible. */
  fallback?: Behaviour;
}

export interface OpenAiFake {
  /** Base URL including /v1, as OPENAI_BASE_URL would be set. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Queues behaviours for the next requests, one each. */
  script(...next: Behaviour[]): void;
  /** Replaces the behaviour used once the queue is empty. */
  always(behaviour: Behaviour): void;
  close(): Promise<void>;
}

const UNSCRIPTED: Behaviour = { kind: "http_error", status: 500 };

// No test-framework imports here: end-to-end tests and scripts start this fake too.
export async function startOpenAiFake(opts: OpenAiFakeOptions = {}): Promise<OpenAiFake> {
  const queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let fallback = opts.fallback ?? UNSCRIPTED;
  let counter = 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A bug in the fake: answer 500 loudly rather than hang the test.
      console.error("openai fake: request crashed", err);
      if (!res.headersSent) sendJson(res, 500, errorBody(500, `fake crashed: ${String(err)}`));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    let body: ChatRequestBody | null = null;
    try {
      body = JSON.parse(raw) as ChatRequestBody;
    } catch {
      // Not JSON: recorded with body null and answered 400 below.
      body = null;
    }
    requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, raw, body });
    if (req.method !== "POST" || (path !== "/v1/chat/completions" && path !== "/chat/completions"))
      return sendJson(res, 404, errorBody(404, `fake: no route ${req.method} ${path}`));
    if (!body || !Array.isArray(body.messages) || typeof body.model !== "string")
      return sendJson(res, 400, errorBody(400, "fake: body needs model and messages"));
    await respond(queue.shift() ?? fallback, body.model, res);
  }

  async function respond(b: Behaviour, model: string, res: ServerResponse): Promise<void> {
    switch (b.kind) {
      case "json":
        return sendJson(res, 200, completion(++counter, model, JSON.stringify(b.value), null, b.finishReason));
      case "text":
        return sendJson(res, 200, completion(++counter, model, b.content, null, b.finishReason));
      case "invalid_json":
        return sendJson(res, 200, completion(++counter, model, '{"measure": "spending", "groupBy": ', null));
      case "sql": {
        const content = JSON.stringify({ ...SQL_SMUGGLING_SPEC, sql: b.sql ?? "SELECT * FROM transactions; DROP TABLE users" });
        return sendJson(res, 200, completion(++counter, model, content, null));
      }
      case "refusal":
        return sendJson(res, 200, completion(++counter, model, null, b.message ?? "I'm sorry, I can't help with that."));
      case "http_error": {
        const headers: Record<string, string> = {};
        if (b.retryAfterSeconds !== undefined) headers["retry-after"] = String(b.retryAfterSeconds);
        return sendJson(res, b.status, errorBody(b.status, `fake: scripted ${b.status}`), headers);
      }
      case "slow":
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t);
            resolve();
          }, b.delayMs);
          timers.add(t);
        });
        if (res.destroyed) return;
        return respond(b.then ?? { kind: "json", value: {} }, model, res);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...next) => void queue.push(...next),
    always: (behaviour) => {
      fallback = behaviour;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** The official chat.completion shape, trimmed to what clients read. */
function completion(n: number, model: string, content: string | null, refusal: string | null, finish: FinishReason = "stop") {
  return {
    id: `chatcmpl-fake-${n}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal }, logprobs: null, finish_reason: finish }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function errorBody(status: number, message: string) {
  const type = status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  return { error: { message, type, param: null, code: type } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json), ...headers });
  res.end(json);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

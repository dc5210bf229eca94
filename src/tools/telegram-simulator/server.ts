import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApiError, ERR } from "./errors.ts";
import type { MethodHandler } from "./handler.ts";
import { botMethods } from "./methods-bot.ts";
import { mediaMethods } from "./methods-media.ts";
import { messageMethods } from "./methods-messages.ts";
import { parseRequest, readBody } from "./request.ts";
import type { SimState } from "./state.ts";

// Telegram matches method names case-insensitively; calls are recorded under the documented spelling.
const METHODS = new Map<string, { name: string; handler: MethodHandler }>(
  Object.entries({ ...botMethods, ...messageMethods, ...mediaMethods }).map(([name, handler]) => [
    name.toLowerCase(),
    { name, handler },
  ]),
);

export function createSimServer(state: SimState, token: string): Server {
  return createServer((req, res) => {
    // While connections are refused, no connection may be kept for later requests.
    if (state.refusing) res.shouldKeepAlive = false;
    handle(state, token, req, res).catch((err: unknown) => {
      // A bug in the simulator: answer 500 so the test fails loudly rather than hanging.
      console.error("telegram simulator: request crashed", err);
      if (!res.headersSent) send(res, 500, { ok: false, error_code: 500, description: `Simulator crashed: ${String(err)}` });
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

async function handle(state: SimState, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://simulator");
  const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
  if (download) return serveFile(state, token, download[1]!, decodeURIComponent(download[2]!), res);
  const route = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!route) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });

  const at = state.now();
  const method = METHODS.get(route[2]!.toLowerCase());
  const methodName = method?.name ?? route[2]!;
  let executed = false;
  const record = (params: Record<string, unknown>, status: number, response: unknown) => {
    state.calls.push({ method: methodName, params, at, status, response, executed });
    state.changed();
  };
  const fail = (params: Record<string, unknown>, error: ApiError) => {
    record(params, error.status, error.toBody());
    send(res, error.status, error.toBody());
  };

  let parsed;
  try {
    parsed = parseRequest(url, req.headers["content-type"] ?? "", await readBody(req));
  } catch (err) {
    return fail({}, err instanceof ApiError ? err : new ApiError(400, `Bad Request: ${(err as Error).message}`));
  }
  const { params, files } = parsed;
  if (route[1] !== token) return fail(params, ERR.unauthorized());
  if (!method) return fail(params, ERR.methodNotFound());

  const fault = state.takeFault(method.name);
  if (fault?.kind === "429") return fail(params, ERR.tooMany(fault.retryAfter));
  if (fault?.kind === "5xx" && !fault.afterExecute) return fault.proxy ? proxyError(res, record, params, fault.status ?? 502) : fail(params, ERR.server(fault.status ?? 500));
  if (fault?.kind === "drop" && !fault.afterExecute) {
    record(params, 0, null);
    req.socket.destroy();
    return;
  }

  try {
    state.flood.check(method.name, params.chat_id);
  } catch (err) {
    if (err instanceof ApiError) return fail(params, err);
    throw err;
  }

  const hangUp = new AbortController();
  res.on("close", () => {
    if (!res.writableEnded) hangUp.abort();
  });
  let status = 200;
  let body: unknown;
  try {
    const result = await method.handler({ state, params, files, signal: hangUp.signal });
    executed = true;
    body = { ok: true, result };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    status = err.status;
    body = err.toBody();
  }
  if (fault?.kind === "drop") {
    record(params, 0, null);
    req.socket.destroy();
    return;
  }
  if (fault?.kind === "5xx") return proxyError(res, record, params, fault.status ?? 504);
  record(params, status, body);
  send(res, status, body);
}

/** What nginx in front of Telegram answers: HTML, not Telegram's JSON, so the bot cannot know what happened behind it. */
function proxyError(res: ServerResponse, record: (params: Record<string, unknown>, status: number, response: unknown) => void, params: Record<string, unknown>, status: number): void {
  const html = `<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center><hr><center>nginx</center></body></html>`;
  record(params, status, html);
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "text/html", "content-length": Buffer.byteLength(html) });
  res.end(html);
}

function serveFile(state: SimState, token: string, givenToken: string, path: string, res: ServerResponse): void {
  if (givenToken !== token) return send(res, 401, ERR.unauthorized().toBody());
  const file = [...state.files.values()].find((f) => f.filePath === path);
  if (!file) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.bytes.length });
  res.end(file.bytes);
}

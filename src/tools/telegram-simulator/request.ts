import type { IncomingMessage } from "node:http";
import { badRequest } from "./errors.ts";
import { boundaryOf, parseMultipart, type UploadedFile } from "./multipart.ts";

export interface ParsedRequest {
  params: Record<string, unknown>;
  files: Record<string, UploadedFile>;
}

// Telegram rejects bigger requests anyway; the limit only keeps a runaway test from eating memory.
const MAX_BODY = 60 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error("request body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Query string, JSON, urlencoded and multipart bodies all give the same params shape. */
export function parseRequest(url: URL, contentType: string, body: Buffer): ParsedRequest {
  const params: Record<string, unknown> = {};
  for (const [k, v] of url.searchParams) params[k] = decodeFormValue(k, v);
  let files: Record<string, UploadedFile> = {};
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (body.length === 0) return { params, files };
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch (err) {
      throw badRequest(`can't parse JSON: ${(err as Error).message}`);
    }
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) Object.assign(params, parsed);
  } else if (type === "application/x-www-form-urlencoded") {
    for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = decodeFormValue(k, v);
  } else if (type === "multipart/form-data") {
    const boundary = boundaryOf(contentType);
    if (!boundary) throw badRequest("multipart boundary is missing");
    const multipart = parseMultipart(body, boundary);
    for (const [k, v] of Object.entries(multipart.fields)) params[k] = decodeFormValue(k, v);
    files = multipart.files;
  }
  return { params, files };
}

// Form and multipart bodies carry these object-valued params as JSON text.
const JSON_PARAMS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "allowed_updates",
  "commands",
  "scope",
  "reply_parameters",
  "link_preview_options",
  "menu_button",
]);

function decodeFormValue(key: string, value: string): unknown {
  if (!JSON_PARAMS.has(key)) return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`can't parse ${key} JSON object`);
  }
}

import { z } from "zod";
import type { Message, PhotoSize } from "grammy/types";
import { ApiError, badRequest } from "./errors.ts";
import type { MethodContext, MethodHandler } from "./handler.ts";
import { checkReplyMarkup, parseParams, renderText, zChatId } from "./content.ts";
import type { StoredFile } from "./state.ts";

const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
const DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".json": "application/json",
  ".xml": "application/xml",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".ofx": "application/x-ofx",
  ".sta": "text/plain",
};

const zMedia = z
  .object({
    chat_id: zChatId,
    caption: z.string().optional(),
    parse_mode: z.string().optional(),
    reply_markup: z.unknown().optional(),
  })
  .loose();

interface Upload {
  bytes: Buffer;
  fileName: string;
  /** Set when the bot re-sent a file Telegram already has. */
  existing?: StoredFile;
}

/** The file a media param points at: an uploaded part (`attach://x`), or a file_id sent earlier. */
function resolveUpload({ state, params, files }: MethodContext, field: string): Upload {
  const value = params[field];
  // The plain multipart way: the file part itself carries the field's name.
  const direct = files[field];
  if (value === undefined && direct) return { bytes: direct.bytes, fileName: direct.fileName };
  if (typeof value !== "string" || value === "") throw badRequest(`there is no ${field} in the request`);
  if (value.startsWith("attach://")) {
    const part = files[value.slice("attach://".length)];
    if (!part) throw badRequest(`wrong remote file identifier specified: can't find attached file`);
    return { bytes: part.bytes, fileName: part.fileName };
  }
  const existing = state.files.get(value);
  if (existing) return { bytes: existing.bytes, fileName: existing.filePath.split("/").pop() ?? "file", existing };
  if (/^https?:\/\//.test(value)) throw badRequest("the simulator cannot fetch files by URL; upload the bytes instead");
  throw badRequest("wrong file identifier/HTTP URL specified");
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot).toLowerCase() : "";
}

/** Width and height from a PNG header; other formats report 0 (the bot never needs them). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const isPng = bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47;
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 0, height: 0 };
}

function sendMedia(ctx: MethodContext, kind: "photo" | "document"): Message {
  const { state } = ctx;
  const p = parseParams(zMedia, ctx.params);
  const chat = state.chatOrThrow(p.chat_id);
  const upload = resolveUpload(ctx, kind);
  if (upload.bytes.length === 0) throw badRequest("file must be non-empty");
  if (upload.bytes.length > UPLOAD_MAX_BYTES) throw new ApiError(413, "Request Entity Too Large");
  const size = pngSize(upload.bytes);
  if (kind === "photo") {
    // Exact wording for an oversized photo is unverified; the limit itself is documented.
    if (upload.bytes.length > PHOTO_MAX_BYTES) throw badRequest("file is too big");
    if (size.width + size.height > 10_000) throw badRequest("PHOTO_INVALID_DIMENSIONS");
  }
  const caption = p.caption === undefined ? undefined : renderText(p.caption, p.parse_mode, undefined, "caption");
  const markup = checkReplyMarkup(p.reply_markup);
  const ext = extensionOf(upload.fileName);
  const file = upload.existing ?? state.storeFile(upload.bytes, kind === "photo" ? "photos" : "documents", ext);
  const mimeType = MIME_BY_EXTENSION[ext] ?? "application/octet-stream";
  const common = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: upload.bytes.length };
  const photo: PhotoSize[] = [{ ...common, ...size }];
  const messageId = state.takeMessageId(chat.chat.id);
  const raw = {
    message_id: messageId,
    from: state.botUser(),
    chat: chat.chat,
    date: state.unixNow(),
    ...(kind === "photo" ? { photo } : { document: { ...common, file_name: upload.fileName, mime_type: mimeType } }),
    ...(caption?.text ? { caption: caption.text } : {}),
    ...(caption?.entities.length ? { caption_entities: caption.entities } : {}),
    ...(markup.inline ? { reply_markup: markup.inline } : {}),
  } as Message;
  state.addMessage({
    messageId,
    chatId: chat.chat.id,
    from: "bot",
    date: state.now(),
    caption: caption?.text,
    source: p.caption,
    entities: caption?.entities,
    parseMode: p.parse_mode,
    replyMarkup: markup.inline,
    keyboard: markup.other,
    ...(kind === "photo"
      ? { photo: upload.bytes }
      : { document: { fileName: upload.fileName, mimeType, bytes: upload.bytes } }),
    deleted: false,
    edits: [],
    raw,
  });
  return raw;
}

const getFile: MethodHandler = ({ state, params }) => {
  const p = parseParams(z.object({ file_id: z.string() }).loose(), params);
  const file = state.files.get(p.file_id);
  if (!file) throw badRequest("invalid file_id");
  if (file.bytes.length > DOWNLOAD_MAX_BYTES) throw badRequest("file is too big");
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length, file_path: file.filePath };
};

export const mediaMethods: Record<string, MethodHandler> = {
  sendPhoto: (ctx) => sendMedia(ctx, "photo"),
  sendDocument: (ctx) => sendMedia(ctx, "document"),
  getFile,
};

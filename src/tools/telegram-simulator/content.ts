import { z } from "zod";
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import { ApiError, badRequest, ERR } from "./errors.ts";
import { HtmlParseError, parseHtml, trimParsed, type ParsedText } from "./validate-html.ts";

export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_BYTES = 64;

// Form bodies carry every scalar as text; JSON bodies carry real numbers and booleans.
export const zInt = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);
export const zBool = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
export const zChatId = z.union([zInt, z.string()]);

/** Reads a method's params with zod; failures become the kind of 400 Telegram gives. */
export function parseParams<T>(schema: z.ZodType<T>, params: Record<string, unknown>): T {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const key = String(result.error.issues[0]?.path[0] ?? "parameter");
  throw badRequest(params[key] === undefined ? `${key} is empty` : `wrong parameter ${key} in request`);
}

/** Text or caption as Telegram stores it: parsed, trimmed and measured in UTF-16 code units. */
export function renderText(
  source: string,
  parseMode: string | undefined,
  entities: MessageEntity[] | undefined,
  kind: "text" | "caption",
): ParsedText {
  let parsed: ParsedText;
  if (parseMode === "HTML") {
    try {
      parsed = parseHtml(source);
    } catch (err) {
      if (err instanceof HtmlParseError) throw badRequest(`can't parse entities: ${err.message}`);
      throw err;
    }
  } else if (parseMode === undefined || parseMode === "" || parseMode === "MarkdownV2" || parseMode === "Markdown") {
    // Markdown is passed through unchecked: Kontor only sends HTML.
    parsed = { text: source, entities: entities ?? [] };
  } else {
    throw badRequest("unsupported parse_mode");
  }
  const trimmed = trimParsed(parsed);
  if (kind === "text" && trimmed.text.length === 0) throw ERR.textEmpty();
  if (kind === "text" && trimmed.text.length > TEXT_LIMIT) throw ERR.tooLong();
  if (kind === "caption" && trimmed.text.length > CAPTION_LIMIT) throw ERR.captionTooLong();
  return trimmed;
}

const zButton = z
  .object({ text: z.string(), callback_data: z.string().optional(), url: z.string().optional() })
  .loose();
const zInlineKeyboard = z.object({ inline_keyboard: z.array(z.array(zButton)) });

export interface CheckedMarkup {
  inline?: InlineKeyboardMarkup;
  /** Reply keyboards, keyboard removal and force_reply: kept for inspection, never echoed in messages. */
  other?: unknown;
}

export function checkReplyMarkup(markup: unknown): CheckedMarkup {
  if (markup === undefined || markup === null) return {};
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  if (!("inline_keyboard" in markup)) return { other: markup };
  const parsed = zInlineKeyboard.safeParse(markup);
  if (!parsed.success) throw badRequest("can't parse inline keyboard markup JSON object");
  for (const button of parsed.data.inline_keyboard.flat()) {
    const actions = Object.keys(button).filter((k) => k !== "text");
    if (actions.length === 0) {
      throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }
    if (button.callback_data !== undefined) {
      const bytes = Buffer.byteLength(button.callback_data, "utf8");
      if (bytes < 1 || bytes > CALLBACK_DATA_BYTES) throw ERR.buttonData();
    }
    if (button.url !== undefined && !URL.canParse(button.url)) throw badRequest("BUTTON_URL_INVALID");
  }
  return { inline: markup as InlineKeyboardMarkup };
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function requireMessageId(params: Record<string, unknown>): void {
  if (params.inline_message_id !== undefined) {
    throw new ApiError(400, "Bad Request: inline messages are not supported by the simulator");
  }
}

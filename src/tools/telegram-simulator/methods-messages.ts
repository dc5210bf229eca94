import { z } from "zod";
import type { Message } from "grammy/types";
import { badRequest, ERR } from "./errors.ts";
import type { MethodContext, MethodHandler } from "./handler.ts";
import { checkReplyMarkup, parseParams, renderText, requireMessageId, sameJson, zBool, zChatId, zInt } from "./content.ts";
import type { SimMessage } from "./types.ts";

const DELETE_WINDOW_MS = 48 * 3600 * 1000;
const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const zText = z
  .object({
    chat_id: zChatId,
    text: z.string().default(""),
    parse_mode: z.string().optional(),
    entities: z.array(z.any()).optional(),
    reply_markup: z.unknown().optional(),
    reply_parameters: z.object({ message_id: zInt, allow_sending_without_reply: zBool.optional() }).loose().optional(),
  })
  .loose();

const sendMessage: MethodHandler = ({ state, params }) => {
  const p = parseParams(zText, params);
  const chat = state.chatOrThrow(p.chat_id);
  const rendered = renderText(p.text, p.parse_mode, p.entities, "text");
  const markup = checkReplyMarkup(p.reply_markup);
  const replyTo = p.reply_parameters && state.findMessage(chat.chat.id, p.reply_parameters.message_id);
  if (p.reply_parameters && (!replyTo || replyTo.deleted) && !p.reply_parameters.allow_sending_without_reply) {
    throw badRequest("message to be replied not found");
  }
  const messageId = state.takeMessageId(chat.chat.id);
  const raw: Message = {
    message_id: messageId,
    from: state.botUser(),
    chat: chat.chat,
    date: state.unixNow(),
    text: rendered.text,
    ...(rendered.entities.length ? { entities: rendered.entities } : {}),
    ...(markup.inline ? { reply_markup: markup.inline } : {}),
    // Telegram nests the replied-to message one level deep only.
    ...(replyTo && !replyTo.deleted ? { reply_to_message: { ...replyTo.raw, reply_to_message: undefined } } : {}),
  };
  state.addMessage({
    messageId,
    chatId: chat.chat.id,
    from: "bot",
    date: state.now(),
    text: rendered.text,
    source: p.text,
    entities: rendered.entities,
    parseMode: p.parse_mode,
    replyMarkup: markup.inline,
    keyboard: markup.other,
    deleted: false,
    edits: [],
    raw,
  });
  return raw;
};

const zTarget = z.object({ chat_id: zChatId, message_id: zInt }).loose();

function editableMessage({ state, params }: MethodContext): SimMessage {
  requireMessageId(params);
  const p = parseParams(zTarget, params);
  const chat = state.chatOrThrow(p.chat_id);
  const message = state.findMessage(chat.chat.id, p.message_id);
  if (!message || message.deleted) throw ERR.editNotFound();
  if (message.from !== "bot") throw ERR.cantEdit();
  return message;
}

function applyEdit(ctx: MethodContext, message: SimMessage, change: Partial<SimMessage>): Message {
  message.edits.push({ at: ctx.state.now(), text: message.text, caption: message.caption, replyMarkup: message.replyMarkup });
  Object.assign(message, change);
  const raw: Record<string, unknown> = { ...message.raw, edit_date: ctx.state.unixNow() };
  delete raw.reply_markup;
  if (message.replyMarkup) raw.reply_markup = message.replyMarkup;
  if (message.text !== undefined) raw.text = message.text;
  if (message.caption !== undefined) raw.caption = message.caption;
  const entitiesKey = message.text !== undefined ? "entities" : "caption_entities";
  delete raw[entitiesKey];
  if (message.entities?.length) raw[entitiesKey] = message.entities;
  message.raw = raw as unknown as Message;
  ctx.state.changed();
  return message.raw;
}

const zEditText = z
  .object({
    text: z.string().default(""),
    parse_mode: z.string().optional(),
    entities: z.array(z.any()).optional(),
    reply_markup: z.unknown().optional(),
  })
  .loose();

const editMessageText: MethodHandler = (ctx) => {
  const message = editableMessage(ctx);
  const p = parseParams(zEditText, ctx.params);
  if (message.text === undefined) throw badRequest("there is no text in the message to edit");
  const rendered = renderText(p.text, p.parse_mode, p.entities, "text");
  // Like Telegram: an edit without reply_markup removes the inline keyboard.
  const markup = checkReplyMarkup(p.reply_markup).inline;
  const same =
    rendered.text === message.text && sameJson(rendered.entities, message.entities) && sameJson(markup, message.replyMarkup);
  if (same) throw ERR.notModified();
  return applyEdit(ctx, message, {
    text: rendered.text,
    entities: rendered.entities,
    source: p.text,
    parseMode: p.parse_mode,
    replyMarkup: markup,
  });
};

const zEditCaption = z
  .object({ caption: z.string().default(""), parse_mode: z.string().optional(), reply_markup: z.unknown().optional() })
  .loose();

const editMessageCaption: MethodHandler = (ctx) => {
  const message = editableMessage(ctx);
  const p = parseParams(zEditCaption, ctx.params);
  if (message.text !== undefined) throw badRequest("there is no caption in the message to edit");
  const rendered = renderText(p.caption, p.parse_mode, undefined, "caption");
  const markup = checkReplyMarkup(p.reply_markup).inline;
  const same =
    rendered.text === (message.caption ?? "") &&
    sameJson(rendered.entities, message.entities ?? []) &&
    sameJson(markup, message.replyMarkup);
  if (same) throw ERR.notModified();
  return applyEdit(ctx, message, {
    caption: rendered.text,
    entities: rendered.entities,
    source: p.caption,
    parseMode: p.parse_mode,
    replyMarkup: markup,
  });
};

const editMessageReplyMarkup: MethodHandler = (ctx) => {
  const message = editableMessage(ctx);
  const markup = checkReplyMarkup(ctx.params.reply_markup).inline;
  if (sameJson(markup, message.replyMarkup)) throw ERR.notModified();
  return applyEdit(ctx, message, { replyMarkup: markup });
};

const deleteMessage: MethodHandler = ({ state, params }) => {
  const p = parseParams(zTarget, params);
  const chat = state.chatOrThrow(p.chat_id);
  const message = state.findMessage(chat.chat.id, p.message_id);
  if (!message || message.deleted) throw ERR.deleteNotFound();
  if (state.now().getTime() - message.date.getTime() >= DELETE_WINDOW_MS) throw ERR.cantDelete();
  message.deleted = true;
  state.changed();
  return true;
};

const sendChatAction: MethodHandler = ({ state, params }) => {
  const p = parseParams(z.object({ chat_id: zChatId, action: z.string() }).loose(), params);
  state.chatOrThrow(p.chat_id);
  if (!CHAT_ACTIONS.has(p.action)) throw badRequest("wrong parameter action in request");
  return true;
};

const zAnswer = z
  .object({
    callback_query_id: z.string(),
    text: z.string().optional(),
    show_alert: zBool.optional(),
    url: z.string().optional(),
  })
  .loose();

const answerCallbackQuery: MethodHandler = ({ state, params }) => {
  const p = parseParams(zAnswer, params);
  const query = state.callbacks.get(p.callback_query_id);
  if (!query || query.answer) throw ERR.queryTooOld();
  if ((p.text?.length ?? 0) > 200) throw badRequest("MESSAGE_TOO_LONG");
  query.answer = { text: p.text, showAlert: p.show_alert ?? false, url: p.url };
  state.changed();
  return true;
};

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  sendChatAction,
  answerCallbackQuery,
};

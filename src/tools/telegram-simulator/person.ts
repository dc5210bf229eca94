import type { Message, MessageEntity, Update, User } from "grammy/types";
import type { SimState } from "./state.ts";
import type { SimMessage, SimUser } from "./types.ts";

/** The person's side of the chat: what they type and tap becomes updates for the bot. */

export function userOf(from: SimUser): User {
  const user: User = { id: from.id, is_bot: false, first_name: from.first_name ?? `User${from.id}` };
  if (from.last_name) user.last_name = from.last_name;
  if (from.username) user.username = from.username;
  if (from.language_code) user.language_code = from.language_code;
  return user;
}

export function nextUpdate(state: SimState, body: Omit<Update, "update_id">): Update {
  const update = { update_id: state.nextUpdateId, ...body } as Update;
  state.nextUpdateId += 1;
  return state.enqueueUpdate(update);
}

function addUserMessage(state: SimState, from: SimUser, content: Partial<Message>, extra: Partial<SimMessage>): Message {
  const chat = state.privateChat(from);
  const messageId = state.takeMessageId(chat.chat.id);
  const raw = { message_id: messageId, from: userOf(from), chat: chat.chat, date: state.unixNow(), ...content } as Message;
  state.addMessage({ messageId, chatId: chat.chat.id, from: "user", date: state.now(), deleted: false, edits: [], raw, ...extra });
  return raw;
}

export function sendText(state: SimState, from: SimUser, text: string): Update {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  const message = addUserMessage(state, from, { text, ...(entities.length ? { entities } : {}) }, { text });
  return nextUpdate(state, { message } as Omit<Update, "update_id">);
}

export function sendDocument(
  state: SimState,
  from: SimUser,
  doc: { fileName: string; mimeType: string; content: Buffer; caption?: string },
): Update {
  const dot = doc.fileName.lastIndexOf(".");
  const file = state.storeFile(doc.content, "documents", dot > 0 ? doc.fileName.slice(dot) : "");
  const document = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_name: doc.fileName,
    mime_type: doc.mimeType,
    file_size: doc.content.length,
  };
  const message = addUserMessage(
    state,
    from,
    { document, ...(doc.caption ? { caption: doc.caption } : {}) },
    { caption: doc.caption, document: { fileName: doc.fileName, mimeType: doc.mimeType, bytes: doc.content } },
  );
  return nextUpdate(state, { message } as Omit<Update, "update_id">);
}

/**
 * A tap on an inline button. Throws when the button is not on screen, because
 * a person cannot tap it either; use injectUpdate to forge stale callbacks.
 */
export function tapButton(state: SimState, from: SimUser, messageId: number, data: string): Update {
  const message = state.findMessage(from.id, messageId);
  if (!message || message.deleted) throw new Error(`tapButton: message ${messageId} is not in chat ${from.id}`);
  const buttons = message.replyMarkup?.inline_keyboard.flat() ?? [];
  if (!buttons.some((b) => "callback_data" in b && b.callback_data === data)) {
    const offered = buttons.map((b) => ("callback_data" in b ? b.callback_data : `(${b.text})`)).join(", ");
    throw new Error(`tapButton: message ${messageId} has no button "${data}"; buttons: ${offered || "none"}`);
  }
  const id = `${from.id}${String(state.nextSeq()).padStart(6, "0")}`;
  state.callbacks.set(id, { id, chatId: from.id, messageId, data, createdAt: state.now() });
  const callback_query = {
    id,
    from: userOf(from),
    message: message.raw,
    chat_instance: `-${from.id}`,
    data,
  };
  return nextUpdate(state, { callback_query } as Omit<Update, "update_id">);
}

/** Any update, as given; chats it mentions become known so the bot may answer into them. */
export function injectUpdate(state: SimState, raw: Omit<Update, "update_id"> & { update_id?: number }): Update {
  const mentioned = raw.message?.chat ?? raw.edited_message?.chat ?? raw.callback_query?.message?.chat;
  if (mentioned) state.registerChat(mentioned);
  if (raw.callback_query) {
    const q = raw.callback_query;
    state.callbacks.set(q.id, {
      id: q.id,
      chatId: q.message?.chat.id ?? q.from.id,
      messageId: q.message?.message_id ?? 0,
      data: q.data ?? "",
      createdAt: state.now(),
    });
  }
  if (raw.update_id === undefined) return nextUpdate(state, raw);
  // A given id may repeat an earlier one (duplicate delivery); later ids must still grow past it.
  state.nextUpdateId = Math.max(state.nextUpdateId, raw.update_id + 1);
  return state.enqueueUpdate(raw as Update);
}

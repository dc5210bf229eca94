import { EventEmitter } from "node:events";
import type { BotCommand, Chat, Update, User, UserFromGetMe } from "grammy/types";
import { ERR } from "./errors.ts";
import { FloodControl } from "./flood.ts";
import type { ApiCall, CallbackRecord, Fault, SimMessage, SimUser, WebhookDelivery } from "./types.ts";

export interface ChatState {
  chat: Chat;
  nextMessageId: number;
  messages: SimMessage[];
}

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  bytes: Buffer;
}

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  allowedUpdates?: string[];
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

// Telegram's update ids are large and only ever grow; starting high keeps them from being mistaken for message ids.
const FIRST_UPDATE_ID = 500_000_001;

/** Everything the fake remembers. In memory only; `reset()` forgets it all. */
export class SimState {
  chats = new Map<number, ChatState>();
  /** Updates not yet confirmed by getUpdates(offset) or accepted by the webhook. */
  updates: Update[] = [];
  nextUpdateId = FIRST_UPDATE_ID;
  files = new Map<string, StoredFile>();
  callbacks = new Map<string, CallbackRecord>();
  calls: ApiCall[] = [];
  webhook: WebhookConfig | null = null;
  webhookDeliveries: WebhookDelivery[] = [];
  commands = new Map<string, BotCommand[]>();
  blocked = new Set<number>();
  faults = new Map<string, { fault: Fault; remaining: number }[]>();
  /** Update types the bot asked for last (Telegram remembers them between calls). */
  allowedUpdates: string[] = [];
  /** Ends the pending long poll, if any, with this error. */
  activePoll: ((error?: Error) => void) | null = null;
  readonly flood = new FloodControl();
  /** Set while the simulator refuses connections (see refuseConnections). */
  refusing = false;
  private seq = 0;
  private frozenAt: number | null = null;
  private readonly events = new EventEmitter();

  constructor(readonly botInfo: UserFromGetMe) {
    this.events.setMaxListeners(0);
  }

  now(): Date {
    return new Date(this.frozenAt ?? Date.now());
  }

  /** Freezes the sim clock at `date` (message dates, the 48 h delete rule); null returns to real time. */
  setNow(date: Date | null): void {
    this.frozenAt = date ? date.getTime() : null;
  }

  advanceTime(ms: number): void {
    this.frozenAt = (this.frozenAt ?? Date.now()) + ms;
  }

  unixNow(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  changed(): void {
    this.events.emit("change");
  }

  onChange(listener: () => void): () => void {
    this.events.on("change", listener);
    return () => this.events.off("change", listener);
  }

  botUser(): User {
    const { id, is_bot, first_name, username } = this.botInfo;
    return { id, is_bot, first_name, username };
  }

  chatOrThrow(chatId: unknown): ChatState {
    const id = typeof chatId === "string" && /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
    const state = typeof id === "number" ? this.chats.get(id) : undefined;
    if (!state) throw ERR.chatNotFound();
    if (this.blocked.has(state.chat.id)) throw ERR.blocked();
    return state;
  }

  registerChat(chat: Chat): ChatState {
    const existing = this.chats.get(chat.id);
    if (existing) return existing;
    const state: ChatState = { chat, nextMessageId: 1, messages: [] };
    this.chats.set(chat.id, state);
    return state;
  }

  privateChat(user: SimUser): ChatState {
    const chat: Chat.PrivateChat = { id: user.id, type: "private", first_name: user.first_name ?? `User${user.id}` };
    if (user.last_name) chat.last_name = user.last_name;
    if (user.username) chat.username = user.username;
    return this.registerChat(chat);
  }

  takeMessageId(chatId: number): number {
    const state = this.chats.get(chatId);
    if (!state) throw ERR.chatNotFound();
    const id = state.nextMessageId;
    state.nextMessageId += 1;
    return id;
  }

  addMessage(message: SimMessage): SimMessage {
    this.chats.get(message.chatId)?.messages.push(message);
    this.changed();
    return message;
  }

  findMessage(chatId: number, messageId: number): SimMessage | undefined {
    return this.chats.get(chatId)?.messages.find((m) => m.messageId === messageId);
  }

  storeFile(bytes: Buffer, folder: string, extension: string): StoredFile {
    const n = this.nextSeq();
    const file: StoredFile = {
      fileId: `BQACAgIAAxkBAAI${n.toString(36).toUpperCase()}${folder.slice(0, 3)}`,
      fileUniqueId: `AgAD${n}`,
      filePath: `${folder}/file_${n}${extension}`,
      bytes,
    };
    this.files.set(file.fileId, file);
    return file;
  }

  enqueueUpdate(update: Update): Update {
    this.updates.push(update);
    this.changed();
    return update;
  }

  takeFault(method: string): Fault | undefined {
    for (const key of [method.toLowerCase(), "*"]) {
      const queue = this.faults.get(key);
      const head = queue?.[0];
      if (!queue || !head) continue;
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      return head.fault;
    }
    return undefined;
  }

  reset(): void {
    this.chats.clear();
    this.updates = [];
    this.files.clear();
    this.callbacks.clear();
    this.calls.length = 0;
    this.webhook = null;
    this.webhookDeliveries.length = 0;
    this.commands.clear();
    this.blocked.clear();
    this.faults.clear();
    this.allowedUpdates = [];
    this.flood.configure(null);
    this.frozenAt = null;
    this.changed();
  }
}

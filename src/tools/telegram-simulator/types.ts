import type { InlineKeyboardMarkup, Message, MessageEntity, Update, UserFromGetMe } from "grammy/types";
import type { FloodLimits } from "./flood.ts";

export type { FloodLimits };

/** What `failNext` makes the next matching call(s) do instead of their normal work. */
export type Fault =
  | { kind: "429"; retryAfter: number }
  /**
   * A 5xx. By default Telegram's own error body (the call did not take effect).
   * `proxy`: a reverse proxy's HTML page instead, as when Telegram is slow to
   * answer; with `afterExecute` the call took effect before the proxy gave up.
   */
  | { kind: "5xx"; status?: number; proxy?: boolean; afterExecute?: boolean }
  /** Destroys the socket without a response. `afterExecute` lets the call take effect first (lost reply). */
  | { kind: "drop"; afterExecute?: boolean };

export interface SimUser {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  at: Date;
  /** HTTP status sent; 0 when the socket was dropped. */
  status: number;
  response: unknown;
  /** The call took effect (its method ran), whatever the bot was told. */
  executed: boolean;
}

export interface MessageVersion {
  at: Date;
  text?: string;
  caption?: string;
  replyMarkup?: InlineKeyboardMarkup;
}

export interface SimDocument {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** One message as the person sees it in the chat. */
export interface SimMessage {
  messageId: number;
  chatId: number;
  from: "bot" | "user";
  date: Date;
  /** Text as displayed, i.e. after HTML parsing. */
  text?: string;
  caption?: string;
  /** Text or caption exactly as the bot sent it (HTML source). */
  source?: string;
  entities?: MessageEntity[];
  parseMode?: string;
  replyMarkup?: InlineKeyboardMarkup;
  /** A reply keyboard, its removal or force_reply, if the message carried one. */
  keyboard?: unknown;
  photo?: Buffer;
  document?: SimDocument;
  deleted: boolean;
  /** Earlier versions, oldest first; the current one lives in the fields above. */
  edits: MessageVersion[];
  /** The Telegram `Message` object, as last returned to the bot or sent in an update. */
  raw: Message;
}

export interface CallbackRecord {
  id: string;
  chatId: number;
  messageId: number;
  data: string;
  createdAt: Date;
  answer?: { text?: string; showAlert: boolean; url?: string };
}

export interface WebhookDelivery {
  updateId: number;
  at: Date;
  /** HTTP status of the bot's reply, or 0 when the request failed. */
  status: number;
  error?: string;
}

export interface TelegramSimulator {
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  readonly calls: ApiCall[];
  readonly webhookDeliveries: WebhookDelivery[];
  close(): Promise<void>;
  reset(): void;

  // clock
  now(): Date;
  setNow(date: Date | null): void;
  advanceTime(ms: number): void;

  // faults
  failNext(method: string, fault: Fault, times?: number): void;
  /**
   * Stops accepting connections for `ms` (the bot gets ECONNREFUSED: nothing
   * it sends in that time is executed). Requests already on an open
   * connection are still answered, and that connection is then closed.
   */
  refuseConnections(ms: number): Promise<void>;
  /** Opt-in automatic 429s for sending too fast; null switches them off (the default). */
  floodControl(limits: FloodLimits | null): void;
  blockUser(chatId: number): void;
  unblockUser(chatId: number): void;

  // acting as a person
  addUser(from: SimUser): void;
  sendText(from: SimUser, text: string): Update;
  tapButton(from: SimUser, messageId: number, data: string): Update;
  sendDocument(from: SimUser, doc: { fileName: string; mimeType: string; content: Buffer; caption?: string }): Update;
  injectUpdate(raw: Omit<Update, "update_id"> & { update_id?: number }): Update;
  postToWebhookWithSecret(update: Update, secret?: string): Promise<Response>;

  // inspection
  /** Called after every change (a message, an edit, a call); returns the unsubscribe function. The demo renders from it. */
  onChange(listener: () => void): () => void;
  chat(chatId: number): SimMessage[];
  botMessages(chatId: number): SimMessage[];
  lastBotMessage(chatId: number): SimMessage | undefined;
  callbackQuery(id: string): CallbackRecord | undefined;
  pendingUpdates(): Update[];
  /** True while a getUpdates long poll is waiting: the bot is up and will see the next update. */
  isPolling(): boolean;
  commands(opts?: { scope?: unknown; languageCode?: string }): unknown[];
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  waitForBotMessage(
    chatId: number,
    match: string | RegExp,
    opts?: { timeoutMs?: number; afterMessageId?: number },
  ): Promise<SimMessage>;
}

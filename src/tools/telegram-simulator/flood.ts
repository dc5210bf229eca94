import { ERR } from "./errors.ts";

export interface FloodLimits {
  /** Messages per chat within any one second (Telegram: about 1, with short bursts). */
  perChatPerSecond?: number;
  /** Messages across all chats within any one second (Telegram: about 30). */
  globalPerSecond?: number;
  /** What the 429 tells the bot to wait, in seconds. */
  retryAfter?: number;
}

const SENDING = new Set(["sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageCaption"]);
const WINDOW_MS = 1000;

/**
 * Opt-in flood control, so the throttler in front of the bot can be shown to
 * work. Counts in real time, not the sim clock: the throttler waits real time.
 */
export class FloodControl {
  private limits: FloodLimits | null = null;
  private sent: { chatId: string; at: number }[] = [];

  configure(limits: FloodLimits | null): void {
    this.limits = limits;
    this.sent = [];
  }

  /** Throws the 429 Telegram would give, or counts the message as sent. */
  check(method: string, chatId: unknown): void {
    if (!this.limits || !SENDING.has(method)) return;
    const now = Date.now();
    this.sent = this.sent.filter((s) => now - s.at < WINDOW_MS);
    const chat = String(chatId);
    const { perChatPerSecond, globalPerSecond, retryAfter = 1 } = this.limits;
    const inChat = this.sent.filter((s) => s.chatId === chat).length;
    if (perChatPerSecond !== undefined && inChat >= perChatPerSecond) throw ERR.tooMany(retryAfter);
    if (globalPerSecond !== undefined && this.sent.length >= globalPerSecond) throw ERR.tooMany(retryAfter);
    this.sent.push({ chatId: chat, at: now });
  }
}

import type { Context, SessionFlavor } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Locale } from "./i18n/index.ts";
import type { User } from "./users/user-service.ts";

/** Small per-chat state; anything large or secret lives in the database or the vault. */
export interface SessionData {
  /** A document waiting for the person's confirmation before it is imported. */
  pendingImport?: { fileId: string; fileName: string; guess?: unknown; choices?: Record<number, string>; currency?: string };
  /** The /transactions list's current filter, so paging buttons stay short. */
  txFilter?: { text?: string; accountId?: string };
  /** /merchants is waiting for the new name of this merchant (until `until`, epoch ms). */
  merchantRename?: { id: string; until: number };
  /** A typed "rename X to Y" waiting for its Yes button (until `until`, epoch ms). */
  merchantRenameTo?: { id: string; to: string; until: number };
}

export interface KontorFlavor {
  /** A child of the app's logger carrying this update's id. */
  logger: Logger;
  /** null for a chat that has never run /start. */
  user: User | null;
  locale: Locale;
  /** Renders a translated message (HTML) in this chat's language. */
  t(key: string, params?: Record<string, string | number>): string;
}

export type BaseContext = Context & SessionFlavor<SessionData> & KontorFlavor;
export type BotContext = ConversationFlavor<BaseContext>;

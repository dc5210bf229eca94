// Callback data is limited to 64 bytes, far too small for a QuerySpec. So a
// button carries a short random token; the specs behind it wait here, in
// memory, for 15 minutes. Losing them on a restart only means "ask again".
import { randomBytes } from "node:crypto";
import type { QuerySpec } from "../analytics/query-spec.ts";
import type { Reading } from "../analytics/parse/index.ts";

export const PENDING_TTL_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 5000;

export interface AskedQuery {
  spec: QuerySpec;
  reading: Reading;
  /** The person's words, for the LLM summary; absent for commands and buttons. */
  question?: string;
  viaLlm?: boolean;
}

export type PendingEntry =
  | { kind: "clarify"; options: AskedQuery[] }
  /** An answer on screen; its buttons derive new specs from this one. */
  | { kind: "answer"; query: AskedQuery; period: { from: string; to: string } };

interface Stored {
  chatId: number;
  userId: string;
  expiresAt: number;
  entry: PendingEntry;
}

export class PendingQuestions {
  private readonly map = new Map<string, Stored>();

  constructor(private readonly now: () => Date) {}

  /** Stores `entry` and returns the token its buttons carry. */
  put(chatId: number, userId: string, entry: PendingEntry): string {
    const token = randomBytes(8).toString("base64url");
    this.map.set(token, { chatId, userId, entry, expiresAt: this.now().getTime() + PENDING_TTL_MS });
    this.prune();
    return token;
  }

  /** The entry behind a token, only for the chat and person it was made for. */
  get(token: string, chatId: number, userId: string): PendingEntry | null {
    const s = this.map.get(token);
    if (!s) return null;
    if (s.expiresAt <= this.now().getTime()) {
      this.map.delete(token);
      return null;
    }
    if (s.chatId !== chatId || s.userId !== userId) return null;
    return s.entry;
  }

  get size(): number {
    return this.map.size;
  }

  private prune(): void {
    const now = this.now().getTime();
    for (const [token, s] of this.map) {
      // Insertion order is expiry order (same TTL for all), so stop at the first live one.
      if (s.expiresAt > now && this.map.size <= MAX_ENTRIES) break;
      this.map.delete(token);
    }
  }
}

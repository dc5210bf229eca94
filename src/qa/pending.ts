// Callback data is limited to 64 bytes, far too small for a QuerySpec. So a
// button carries a short random token; the specs behind it wait here for 15
// minutes: in memory, and (given a store) in PostgreSQL too, so the buttons
// under a clarification still work after a restart or on another replica.
// Rows live in BotSession under "q:<token>" with the user's id, so /forget
// removes them; expired ones are swept when new ones are written.
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

/** The narrow slice of the Prisma client the store needs. */
export interface PendingStore {
  botSession: {
    create(args: { data: { key: string; value: string; userId: string } }): Promise<unknown>;
    findUnique(args: { where: { key: string } }): Promise<{ value: string } | null>;
    deleteMany(args: { where: { key?: string | { startsWith: string }; updatedAt?: { lt: Date } } }): Promise<unknown>;
  };
}

const KEY_PREFIX = "q:";

export class PendingQuestions {
  private readonly map = new Map<string, Stored>();
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly now: () => Date,
    private readonly store?: PendingStore,
  ) {}

  /** Stores `entry` and returns the token its buttons carry. */
  put(chatId: number, userId: string, entry: PendingEntry): string {
    const token = randomBytes(8).toString("base64url");
    const stored: Stored = { chatId, userId, entry, expiresAt: this.now().getTime() + PENDING_TTL_MS };
    this.map.set(token, stored);
    this.prune();
    if (this.store) {
      const db = this.store.botSession;
      // Not awaited: the answer goes out at once and this process still has the entry in memory.
      this.writes = this.writes
        .then(() => db.create({ data: { key: KEY_PREFIX + token, value: JSON.stringify(stored), userId } }))
        .then(() => db.deleteMany({ where: { key: { startsWith: KEY_PREFIX }, updatedAt: { lt: new Date(Date.now() - PENDING_TTL_MS) } } }))
        .catch(() => undefined); // only costs "ask again" after a restart, like before there was a store
    }
    return token;
  }

  /** Resolves once every stored entry is written (tests, shutdown). */
  flush(): Promise<unknown> {
    return this.writes;
  }

  /** Like get(), and asks the store when this process does not know the token (restart, other replica). */
  async find(token: string, chatId: number, userId: string): Promise<PendingEntry | null> {
    if (this.map.has(token) || !this.store) return this.get(token, chatId, userId);
    const row = await this.store.botSession.findUnique({ where: { key: KEY_PREFIX + token } });
    if (!row) return null;
    this.map.set(token, JSON.parse(row.value) as Stored);
    return this.get(token, chatId, userId);
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

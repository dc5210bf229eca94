// grammY session and conversation storage in PostgreSQL (BotSession), so a
// conversation survives a restart. Depends only on the narrow slice of the
// client it uses.
import type { StorageAdapter } from "grammy";

interface BotSessionStore {
  botSession: {
    findUnique(args: { where: { key: string } }): Promise<{ value: string } | null>;
    upsert(args: {
      where: { key: string };
      create: { key: string; value: string; userId?: string | null };
      update: { value: string };
    }): Promise<unknown>;
    updateMany(args: { where: { key: string }; data: { value: string } }): Promise<{ count: number }>;
    deleteMany(args: { where: { key: string } }): Promise<unknown>;
  };
}

export function postgresStorage<T>(db: BotSessionStore, prefix: string, userIdOf?: (key: string) => Promise<string | null>): StorageAdapter<T> {
  return {
    async read(key) {
      const row = await db.botSession.findUnique({ where: { key: prefix + key } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      // Every update writes its session back: the common case is one UPDATE.
      // Only a new row needs its owner looked up (the upsert covers a race).
      const { count } = await db.botSession.updateMany({ where: { key: prefix + key }, data: { value: json } });
      if (count > 0) return;
      const userId = userIdOf ? await userIdOf(key) : null;
      await db.botSession.upsert({ where: { key: prefix + key }, create: { key: prefix + key, value: json, userId }, update: { value: json } });
    },
    async delete(key) {
      await db.botSession.deleteMany({ where: { key: prefix + key } });
    },
  };
}

// What the parser and the LLM may know about one person: their own merchant
// and counterparty names and account names. Read from PostgreSQL once per
// dataVersion, since every write that could change these names bumps it.
import type { Db } from "../db/client.ts";

export interface UserContext {
  merchants: string[];
  accounts: { id: string; name: string; type: string; currency: string }[];
  hasTransactions: boolean;
  /** First booking date (YYYY-MM-DD): where "all time" starts. */
  dataStart: string | null;
}

// A person with more distinct names than this has mostly one-off payees; the
// most frequent ones are the ones questions are about.
const MAX_NAMES = 3000;
const MAX_CACHED_USERS = 500;

export function createUserContextSource(db: Db) {
  const cache = new Map<string, { dataVersion: number; value: UserContext }>();

  async function names(userId: string, column: "merchant" | "counterpartyName"): Promise<string[]> {
    const rows = await db.transaction.groupBy({
      by: [column],
      // A counterparty only names a merchant where no merchant label exists: after a
      // merge or rename the old bank text must not come back as a second merchant.
      where: { userId, [column]: { not: null }, ...(column === "counterpartyName" ? { merchant: null } : {}) },
      _count: { _all: true },
      orderBy: { _count: { [column]: "desc" } },
      take: MAX_NAMES,
    });
    return rows.map((r) => r[column]).filter((n): n is string => typeof n === "string" && n.trim() !== "");
  }

  async function load(userId: string): Promise<UserContext> {
    const [merchants, counterparties, accounts, first] = await Promise.all([
      names(userId, "merchant"),
      names(userId, "counterpartyName"),
      db.account.findMany({ where: { userId }, select: { id: true, name: true, type: true, currency: true }, orderBy: { createdAt: "asc" } }),
      db.transaction.findFirst({ where: { userId }, select: { bookingDate: true }, orderBy: { bookingDate: "asc" } }),
    ]);
    const dataStart = first ? first.bookingDate.toISOString().slice(0, 10) : null;
    return { merchants: [...new Set([...merchants, ...counterparties])], accounts, hasTransactions: first !== null, dataStart };
  }

  return {
    async get(userId: string, dataVersion: number): Promise<UserContext> {
      const hit = cache.get(userId);
      if (hit && hit.dataVersion === dataVersion) {
        // Re-insert so the Map's order doubles as least-recently-used order.
        cache.delete(userId);
        cache.set(userId, hit);
        return hit.value;
      }
      const value = await load(userId);
      cache.set(userId, { dataVersion, value });
      while (cache.size > MAX_CACHED_USERS) cache.delete(cache.keys().next().value!);
      return value;
    },
    forget(userId: string): void {
      cache.delete(userId);
    },
  };
}

export type UserContextSource = ReturnType<typeof createUserContextSource>;

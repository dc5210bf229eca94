// One person's "Giro" account holding the given rows, in a fresh test database,
// and the analytics engine over it: the setup most analytics tests share.
import { expect } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import type { Db } from "../../src/db/client.ts";
import { createTestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser, type TxInput } from "./seed.ts";

export interface SeededAnalytics {
  analytics: Analytics;
  userId: string;
  /** The person with their category ids, for tests that seed more rows or read them back. */
  user: SeededUser;
  /** The "Giro" account. */
  accountId: string;
  /** The fresh database, for tests that add other people or change rows. */
  db: Db;
  close(): Promise<void>;
}

export async function seedAnalytics(rows: (accountId: string) => TxInput[]): Promise<SeededAnalytics> {
  const t = await createTestDatabase();
  const analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  const user = await seedUser(t.db);
  const accountId = await seedAccount(t.db, user, "Giro");
  await seedTx(t.db, user, rows(accountId));
  return {
    analytics,
    userId: user.userId,
    user,
    accountId,
    db: t.db,
    async close() {
      await analytics.close();
      await t.drop();
    },
  };
}

/** Asks a question as parsed with no known merchants or accounts, and gives the total's value (expects the question to be read). */
export function totalAsker(analytics: Analytics, userId: string, today: string) {
  return async (q: string, locale: "en" | "de") => {
    const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
    expect(r.kind, q).toBe("spec");
    return r.kind === "spec" ? (await analytics.query(userId, r.spec, { today })).total[0]?.value : undefined;
  };
}

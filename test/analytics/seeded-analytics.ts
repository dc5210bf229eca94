// One person's "Giro" account holding the given rows, in a fresh test database,
// and the analytics engine over it: the setup most analytics tests share.
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createTestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type TxInput } from "./seed.ts";

export interface SeededAnalytics {
  analytics: Analytics;
  userId: string;
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
    async close() {
      await analytics.close();
      await t.drop();
    },
  };
}

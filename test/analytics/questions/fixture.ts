// The corpus person in a fresh test database, with the engine and the parser
// context the chat would build for them (kept apart from dataset.ts, which the
// bench also imports outside vitest).
import { createAnalytics, type Analytics } from "../../../src/analytics/engine.ts";
import type { ParseContext } from "../../../src/analytics/parse/index.ts";
import { createUserContextSource } from "../../../src/qa/user-context.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { seedPerson, TODAY, type SeededPerson } from "./dataset.ts";

export interface PersonFixture {
  t: TestDatabase;
  analytics: Analytics;
  person: SeededPerson;
  /** What the chat would give the parser for this person. */
  ctx: Omit<ParseContext, "locale">;
  close(): Promise<void>;
}

/** A fresh database with the person seeded, the engine and the parser context, as the chat would build it. */
export async function personFixture(telegramId: bigint): Promise<PersonFixture> {
  const t = await createTestDatabase();
  const analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  const person = await seedPerson(t.db, telegramId);
  const u = await createUserContextSource(t.db).get(person.userId, 0);
  const ctx = { today: TODAY, merchants: u.merchants, accounts: u.accounts, dataStart: u.dataStart };
  return {
    t,
    analytics,
    person,
    ctx,
    async close() {
      await analytics.close();
      await t.drop();
    },
  };
}

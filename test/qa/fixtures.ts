// Seeded people for the Q&A tests: real rows in PostgreSQL, answered by the
// real engine, so every expected number is one a person could check by hand.
import type { Db } from "../../src/db/client.ts";
import type { QaUser } from "../../src/qa/index.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "../analytics/seed.ts";

export async function qaUser(db: Db, s: SeededUser, prefs: { locale?: "en" | "de"; timezone?: string } = {}): Promise<QaUser> {
  const u = await db.user.update({
    where: { id: s.userId },
    data: { locale: prefs.locale ?? "en", timezone: prefs.timezone ?? "Europe/Berlin", onboardedAt: new Date() },
  });
  return { id: u.id, locale: u.locale, timezone: u.timezone, dataVersion: u.dataVersion };
}

/** October 2026: groceries €61.10 in 3 transactions, Amazon €25.00 in 2; a Netflix subscription that went up. */
export async function seedShopper(db: Db, opts: { locale?: "en" | "de" } = {}) {
  const s = await seedUser(db);
  const giro = await seedAccount(db, s, "Giro");
  await seedTx(db, s, [
    { accountId: giro, date: "2026-10-02", amount: "-12.34", merchant: "REWE", category: "groceries" },
    { accountId: giro, date: "2026-10-09", amount: "-45.67", merchant: "EDEKA", category: "groceries" },
    { accountId: giro, date: "2026-10-20", amount: "-3.09", merchant: "REWE", category: "groceries" },
    { accountId: giro, date: "2026-09-20", amount: "-100.00", merchant: "REWE", category: "groceries" },
    { accountId: giro, date: "2026-10-05", amount: "-19.99", merchant: "Amazon", category: "shopping" },
    { accountId: giro, date: "2026-10-25", amount: "-5.01", merchant: "Amazon", category: "shopping" },
    { accountId: giro, date: "2026-11-03", amount: "-70.00", merchant: "Amazon", category: "shopping" },
    { accountId: giro, date: "2026-10-01", amount: "2500.00", counterparty: "ACME GmbH", category: "salary" },
    ...["2026-06-05", "2026-07-05", "2026-08-05", "2026-09-05", "2026-10-05", "2026-11-05"].map((date, i) => ({
      accountId: giro,
      date,
      amount: i < 4 ? "-12.99" : "-15.99",
      merchant: "Netflix",
      category: "subscriptions",
    })),
  ]);
  return { seeded: s, giro, user: await qaUser(db, s, opts) };
}

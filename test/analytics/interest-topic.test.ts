import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import type { QuerySpecInput } from "../../src/analytics/query-spec.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let analytics: Analytics;
let lena: SeededUser;
const today = "2026-11-29";
const year = { from: "2026-01-01", to: today };

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  lena = await seedUser(t.db);
  const giro = await seedAccount(t.db, lena, "Postbank");
  const tagesgeld = await seedAccount(t.db, lena, "Consorsbank");
  const row = (accountId: string, date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
    accountId, date, amount, category, description, counterparty,
  });
  await seedTx(t.db, lena, [
    // Interest paid out, filed as other income by the categorizer.
    row(tagesgeld, "2026-03-31", "5.38", "income_other", "Abschluss per 31.03.2026 Habenzinsen"),
    row(tagesgeld, "2026-06-30", "9.71", "income_other", "Zinsgutschrift"),
    row(tagesgeld, "2026-09-30", "8.04", "income_other", "Rente 3e kwartaal", "ING Bank"),
    // Interest charged, and a fee that is no interest.
    row(giro, "2026-03-31", "-3.17", "fees", "Abrechnung Sollzinsen"),
    row(giro, "2026-03-31", "-4.90", "fees", "Entgelt Kontoführung"),
    // Money in that says "Rente" or "Zins" and is no interest: a German pension, a tenant's rent.
    row(giro, "2026-05-29", "1234.56", "income_other", "RV-Rente 06/2026", "Deutsche Rentenversicherung Bund"),
    row(giro, "2026-06-01", "650.00", "income_other", "Mietzins Juni", "Paul Keller"),
    row(giro, "2026-06-27", "3518.20", "salary", "Gehalt 06/2026", "ACME GmbH"),
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const total = async (spec: QuerySpecInput) => (await analytics.query(lena.userId, spec, { today })).total[0]?.value ?? "0.00";

describe("interest as a topic of income and of spending", () => {
  it("received: the interest credits, not the pension, the rent or the salary", async () => {
    expect(await total({ measure: "income", filters: { period: year, topics: ["interest"] } })).toBe("23.13");
  });

  it("paid: the interest charged, not the account fee", async () => {
    expect(await total({ measure: "spending", filters: { period: year, topics: ["interest"] } })).toBe("3.17");
  });

  it("answers the questions people ask about it", async () => {
    const ask = async (q: string, locale: "en" | "de") => {
      const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
      expect(r.kind, q).toBe("spec");
      return r.kind === "spec" ? total(r.spec) : undefined;
    };
    expect(await ask("wie viel zinsen hab ich dieses jahr bekommen", "de")).toBe("23.13");
    expect(await ask("how much interest did i earn this year", "en")).toBe("23.13");
    expect(await ask("combien d'intérêts ai-je reçu cette année", "en")).toBe("23.13");
    expect(await ask("Habenzinsen 2026", "de")).toBe("23.13");
    expect(await ask("wie viel zinsen hab ich dieses jahr gezahlt", "de")).toBe("3.17");
  });
});

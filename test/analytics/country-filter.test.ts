import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";
import { totalAsker } from "./seeded-analytics.ts";

let t: TestDatabase;
let analytics: Analytics;
let jonas: SeededUser;
const today = "2026-11-29";

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  jonas = await seedUser(t.db);
  const giro = await seedAccount(t.db, jonas, "Volksbank");
  const card = await seedAccount(t.db, jonas, "N26");
  const row = (accountId: string, date: string, amount: string, category: string, description: string, originalCurrency: string | null = null) => ({
    accountId, date, amount, category, description, originalCurrency,
  });
  await seedTx(t.db, jonas, [
    // Switzerland, said three ways by card texts, and once only by the currency paid in.
    row(giro, "2026-08-10", "-84.30", "transport", "SBB CFF FFS/BASEL SBB/CH 08.08.2026 Visa Debit Original 79,40 CHF"),
    row(giro, "2026-08-11", "-117.60", "groceries", "COOP-2207 LUZERN BAHNHOF LUZERN CH"),
    row(giro, "2026-08-12", "-62.85", "restaurants", "RESTAURANT ROESSLI LUZERN CHE"),
    row(card, "2026-08-12", "-45.22", "groceries", "MIGROS M LUZERN", "CHF"),
    // France by its code, the UK by its pound, and home.
    row(giro, "2026-05-02", "-40.00", "restaurants", "LE PETIT ZINC//PARIS/FR"),
    row(card, "2026-04-03", "-30.00", "shopping", "BOOTS 1234 LONDON", "GBP"),
    row(giro, "2026-08-12", "-34.17", "groceries", "LIDL DIENSTLEISTUNG//FREIBURG/DE"),
    row(giro, "2026-08-13", "-1.48", "fees", "Auslandseinsatzentgelt 1,75% aus 84,30 EUR SBB CFF FFS"),
    row(giro, "2026-08-01", "-1150.00", "rent", "Miete August Chemnitzer Str. 5"),
    // A Swiss-sounding word that names no country: "Schweizer" is a cheese.
    row(giro, "2026-08-14", "-6.99", "groceries", "KAESEREI SCHWEIZER EMMENTALER FREIBURG"),
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const ask = (q: string, locale: "en" | "de") => totalAsker(analytics, jonas.userId, today)(q, locale);

describe("spending in a country or abroad", () => {
  it("is the rows whose card text names the country or whose original currency is its own", async () => {
    expect(await ask("was hab ich im august in der schweiz ausgegeben", "de")).toBe("309.97");
    expect(await ask("how much did i spend in switzerland", "en")).toBe("309.97");
    expect(await ask("wie viel hab ich in frankreich ausgegeben", "de")).toBe("40.00");
    expect(await ask("combien j'ai dépensé en france", "en")).toBe("40.00");
    expect(await ask("spending in the uk this year", "en")).toBe("30.00");
  });

  it("reads a holiday beside a country as that country's rows over all the data, not Travel this month", async () => {
    expect(await ask("was hab ich im urlaub in der schweiz ausgegeben", "de")).toBe("309.97");
    expect(await ask("how much did i spend on holiday in switzerland", "en")).toBe("309.97");
  });

  it("abroad is a foreign currency or a country code outside the account's currency", async () => {
    // Switzerland and the UK; France shares the euro, so its code cannot tell it from home.
    expect(await ask("wie viel hab ich im ausland ausgegeben", "de")).toBe("339.97");
    expect(await ask("how much did i spend abroad", "en")).toBe("339.97");
  });

  it("keeps merchants named after a country ('Air France') and 'us' as words", () => {
    const air = parseQuestion("how much did i spend at air france", { today, locale: "en", merchants: ["Air France"], accounts: [] });
    expect(air.kind === "spec" && air.spec.filters.country).toBeFalsy();
    const us = parseQuestion("how much did he send to us", { today, locale: "en", merchants: [], accounts: [] });
    expect(us.kind === "spec" && us.spec.filters.country).toBeFalsy();
  });
});

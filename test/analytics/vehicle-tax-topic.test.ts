import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

let t: TestDatabase;
let analytics: Analytics;
let mia: SeededUser;
const today = "2026-11-29";

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  mia = await seedUser(t.db);
  const giro = await seedAccount(t.db, mia, "Volksbank");
  const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
    accountId: giro, date, amount, category, description, counterparty,
  });
  await seedTx(t.db, mia, [
    // Vehicle tax as German, British and Dutch statements word it, one filed under the car by its bank.
    row("2026-03-16", "-148.00", "taxes", "Kfz-Steuer FR-JA 482 Zeitraum 03.2026-02.2027", "Bundeskasse Trier"),
    row("2026-04-02", "-61.00", "taxes", "Kraftfahrzeugsteuer B-XY 12", "Hauptzollamt Hannover"),
    row("2026-05-01", "-19.50", "fuel", "KFZSTEUER M-AB 1", "Hauptzollamt München"),
    row("2026-06-01", "-20.00", "taxes", "DVLA-AB12CDE VEHICLE TAX", "DVLA"),
    row("2026-07-01", "-30.00", "taxes", "Motorrijtuigenbelasting 1234AB", "Belastingdienst"),
    // The other taxes and the rest of the car, which "Kfz" or "Steuer" alone would name.
    row("2026-02-15", "-55.08", "taxes", "Rundfunk 01.2026 - 03.2026", "Rundfunk ARD, ZDF, DRadio"),
    row("2026-05-10", "-812.00", "taxes", "Einkommensteuer 2025 StNr 123", "Finanzamt Freiburg"),
    row("2026-03-01", "-84.20", "insurance", "Kfz-Versicherung FR-JA 482 Beitrag 03", "HUK-COBURG"),
    row("2026-06-10", "-70.00", "fuel", "ARAL Tankstelle Freiburg", "ARAL"),
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const ask = async (q: string, locale: "en" | "de") => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  expect(r.kind, q).toBe("spec");
  return r.kind === "spec" ? (await analytics.query(mia.userId, r.spec, { today })).total[0]?.value : undefined;
};

describe("vehicle tax, a topic narrower than taxes and than the car", () => {
  it("is the vehicle tax rows in any wording, not the broadcasting fee, income tax, car insurance or fuel", async () => {
    expect(await ask("wie viel kfz steuer hab ich dieses jahr gezahlt", "de")).toBe("278.50");
    expect(await ask("Kfz-Steuer 2026", "de")).toBe("278.50");
    expect(await ask("kraftfahrzeugsteuer dieses jahr", "de")).toBe("278.50");
    expect(await ask("how much vehicle tax did i pay this year", "en")).toBe("278.50");
    expect(await ask("road tax this year", "en")).toBe("278.50");
    expect(await ask("hoeveel motorrijtuigenbelasting heb ik in 2026 betaald", "en")).toBe("278.50");
  });

  it("leaves taxes as a whole and the car as a whole as they were", async () => {
    expect(await ask("wie viel steuern hab ich dieses jahr gezahlt", "de")).toBe("1126.08");
    expect(await ask("tanken dieses jahr", "de")).toBe("70.00");
  });
});

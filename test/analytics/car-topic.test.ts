// "What does the car cost": the car as a whole, which is more than "Fuel & car": its insurance (filed under
// insurance) and its vehicle tax (filed under taxes) too, not the household's other insurance and taxes.
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => [
    { accountId, date: "2026-01-02", amount: "-612.40", category: "insurance", counterparty: "HUK-COBURG Allgemeine Versicherung AG", description: "Kfz-Versicherung DU-EY 1987 Vers.-Nr. 123/456789-K" },
    { accountId, date: "2026-04-15", amount: "-184.00", category: "taxes", counterparty: "Bundeskasse Trier", description: "Kfz-Steuer DU EY 1987 Kassenzeichen 5412.3456.7890" },
    { accountId, date: "2026-10-07", amount: "-64.30", category: "fuel", merchant: "Aral", description: "ARAL STATION 251734 DUISBURG DE" },
    { accountId, date: "2026-10-21", amount: "-12.00", category: "fuel", merchant: "Q-Park", description: "Q-PARK Duisburg" },
    // The household's other insurance and taxes are no part of the car.
    { accountId, date: "2026-03-01", amount: "-95.00", category: "insurance", counterparty: "Allianz", description: "Hausratversicherung 2026" },
    { accountId, date: "2026-05-15", amount: "-55.08", category: "taxes", counterparty: "Rundfunk ARD, ZDF, DRadio", description: "Rundfunkbeitrag" },
  ]);
});
afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([
  ["was kostet das auto dieses jahr", "de"],
  ["autokosten 2026", "de"],
  ["what did the car cost this year", "en"],
  ["car costs this year", "en"],
])("%j is fuel, parking, car insurance and vehicle tax", async (q, locale) => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  expect(r.kind === "spec" && r.spec.filters.topics, q).toEqual(["car"]);
  expect(await totalAsker(seeded.analytics, seeded.userId, today)(q, locale)).toBe("872.70");
});

it("the car's insurance alone is still that insurance", async () => {
  expect(await totalAsker(seeded.analytics, seeded.userId, today)("kfz-versicherung dieses jahr", "de")).toBe("612.40");
});

// "Was hat die Hochzeit gekostet": a wedding is more than the rows that say "Hochzeit". The hall (a Festsaal,
// a Hochzeitssaal, a düğün salonu), the bridal shop (Brautmoden, gelinlik) net of what it refunded, the rings
// and the planner are the wedding by their trade; a jeweller or a flight that names no wedding is not.
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => [
    { accountId, date: "2026-02-10", amount: "-1500.00", category: "entertainment", counterparty: "Festsaal Saray Duisburg GmbH", description: "Anzahlung Hochzeit Can Yildiz 13.06.2026 Saal 2" },
    { accountId, date: "2026-06-05", amount: "-2800.00", category: "entertainment", counterparty: "Festsaal Saray Duisburg GmbH", description: "Restzahlung Rg. 2026-117" },
    { accountId, date: "2026-04-18", amount: "-1890.00", category: "shopping", merchant: "Gelinlik Paradies Brautmoden", description: "GELINLIK PARADIES BRAUTMODEN DUISBURG DE" },
    { accountId, date: "2026-06-20", amount: "240.00", category: "refunds", refundOf: "shopping", merchant: "Gelinlik Paradies Brautmoden", description: "GELINLIK PARADIES BRAUTMODEN DUISBURG DE" },
    { accountId, date: "2026-05-20", amount: "-980.00", category: "shopping", merchant: "Trauringstudio Köln", description: "TRAURINGSTUDIO KOELN" },
    // Not the wedding by anything the rows say: a jeweller, a flight, a hall's neighbour the bakery.
    { accountId, date: "2026-05-22", amount: "-2450.00", category: "shopping", merchant: "Kuyumcu Altin Sarayi", description: "KUYUMCU ALTIN SARAYI GMBH" },
    { accountId, date: "2026-05-02", amount: "-642.38", category: "travel", merchant: "Pegasus Airlines", description: "PEGASUS AIRLINES ISTANBUL TR" },
    { accountId, date: "2026-05-03", amount: "-9.80", category: "groceries", merchant: "Konyali Backwaren", description: "KONYALI BACKWAREN" },
  ]);
});
afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([
  ["was hat die hochzeit gekostet", "de"],
  ["hochzeitskosten", "de"],
  ["what did the wedding cost", "en"],
])("%j is the hall, the bridal shop net of its refund and the rings", async (q, locale) => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  expect(r.kind === "spec" && r.spec.filters.topics, q).toEqual(["wedding"]);
  expect(await totalAsker(seeded.analytics, seeded.userId, today)(q, locale)).toBe("6930.00");
});

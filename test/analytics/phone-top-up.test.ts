// Topping up a prepaid phone ("Handy aufladen", "phone top-up", "recharge") is spending on the phone,
// not money moved in from the person's own accounts, which "aufladen" alone means ("Revolut aufladen").
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => [
    { accountId, date: "2026-10-13", amount: "-15.00", category: "utilities", merchant: "Ay Yildiz", counterparty: "VISA AYYILDIZ ONLINE AUFLADUNG", description: "NR XXXX 4711 DUESSELDORF DE KAUFUMSATZ 11.10 15.00" },
    { accountId, date: "2026-10-21", amount: "-10.00", category: "utilities", merchant: "Lebara", counterparty: "VISA LEBARA MOBILE", description: "NR XXXX 4711 DUESSELDORF DE KAUFUMSATZ 19.10 10.00" },
    { accountId, date: "2026-10-15", amount: "-194.00", category: "utilities", merchant: "Stadtwerke Duisburg", counterparty: "Stadtwerke Duisburg AG", description: "Abschlag Strom/Gas" },
    { accountId, date: "2026-10-02", amount: "600.00", category: "transfers", counterparty: "Emre Yildiz", description: "Haushaltsgeld" },
  ]);
});
afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([
  ["wie viel haben wir dieses jahr fürs handy aufladen ausgegeben", "de"],
  ["handy aufladungen dieses jahr", "de"],
  ["how much did we spend on phone top-ups this year", "en"],
])("%j is the phone, not money moved in", async (q, locale) => {
  const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
  expect(r.kind === "spec" && r.spec.filters.transfersTo, q).toBeUndefined();
  expect(await totalAsker(seeded.analytics, seeded.userId, today)(q, locale)).toBe("25.00");
});

it("'aufladen' alone is still a top-up from the own accounts", () => {
  const r = parseQuestion("wie viel habe ich dieses jahr aufgeladen", { today, locale: "de", merchants: [], accounts: [] });
  expect(r.kind === "spec" && r.spec.filters.transfersTo).toBe("account");
});

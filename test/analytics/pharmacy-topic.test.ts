// Pharmacies within Health (src/analytics/topics-pharmacy.ts): the Apotheke's payments net of its refund,
// not the dentist, the physiotherapist or the Hausnotruf filed under Health too.
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null, refundOf: string | null = null) => ({
      accountId, date, amount, category, description, counterparty, refundOf,
    });
    return [
      row("2026-07-14", "-23.40", "health", "ROSEN APOTHEKE//DUESSELDORF/DE"),
      row("2026-08-20", "-10.50", "health", "DUESSELDORF APOTHEKE AM MARKT/MARKTPLATZ 3", "Apotheke am Markt"),
      row("2026-08-18", "10.00", "refunds", "Erstattung Zuzahlung Rezept 0815", "Rosen Apotheke Inh. M. Schulz e.K.", "health"),
      row("2026-09-04", "-25.50", "health", "Hausnotruf Kd-Nr. 88123 09/2026", "Johanniter-Unfall-Hilfe e.V."),
      row("2026-09-10", "-23.80", "health", "Zuzahlung Krankengymnastik", "Physiotherapie Lindner"),
    ];
  });
});

afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([["how much did we spend at pharmacies last quarter", "en"], ["was haben wir im letzten quartal in apotheken ausgegeben", "de"]])(
  "%j is the pharmacies net of their refund, not the rest of Health",
  async (q, locale) => {
    const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec.filters.topics).toEqual(["pharmacy"]);
    expect((await seeded.analytics.query(seeded.userId, r.spec, { today })).total[0]?.value).toBe("23.90");
  },
);

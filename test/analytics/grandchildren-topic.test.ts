// Money given to the grandchildren (src/analytics/topics-grandchildren.ts): transfers signed "von Oma und Opa"
// or naming the Enkel, not other transfers to people or the charities.
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string) => ({ accountId, date, amount, category, description, counterparty });
    return [
      row("2026-03-12", "-50.00", "other", "Alles Liebe zum 16. Geburtstag, Oma und Opa", "Lena Bauer"),
      row("2026-04-01", "-20.00", "other", "Frohe Ostern von Oma und Opa", "Jonas Bauer"),
      row("2026-08-05", "-30.00", "donations", "Fuer unser Enkelkind zur Einschulung", "Mia Keller"),
      row("2025-12-08", "-100.00", "other", "Weihnachtsgeld von Oma und Opa", "Lena Bauer"),
      // Other money to people and to charities is no gift to the grandchildren.
      row("2026-05-06", "-778.00", "other", "Busreise Gardasee 2 Pers.", "Reisedienst Hoffmann GmbH"),
      row("2026-06-15", "-40.00", "other", "Geld zurueck fuer Konzertkarten", "Petra Lange"),
      row("2026-03-16", "-75.00", "donations", "Spende Nothilfe", "Aerzte ohne Grenzen e.V."),
    ];
  });
});

afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([["how much did we give the grandchildren this year", "en"], ["wie viel haben wir dieses jahr den enkelkindern überwiesen", "de"]])(
  "%j is the money signed from the grandparents or naming the grandchild",
  async (q, locale) => {
    const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec.filters.topics).toEqual(["grandchildren"]);
    expect((await seeded.analytics.query(seeded.userId, r.spec, { today })).total[0]?.value).toBe("100.00");
  },
);

// Pensions received as a topic of income (src/analytics/topics-pension.ts): the statutory, company and civil
// service pensions however the bank filed them, not wages, interest, gifts or rent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuerySpecInput } from "../../src/analytics/query-spec.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
      accountId, date, amount, category, description, counterparty,
    });
    return [
      row("2026-10-30", "1703.43", "income_other", "Rentenzahlung 10/2026 RV-Nr. 12 150748 B 012", "Deutsche Rentenversicherung Bund"),
      row("2026-10-01", "412.50", "income_other", "Betriebsrente 10/2026 Pers.-Nr. 0047113", "Metallwerke Pensionskasse VVaG"),
      row("2026-10-30", "854.33", "salary", "Rentenzahlung 10/2026 RV-Nr. 12 200353 W 501", "Deutsche Rentenversicherung Bund"),
      row("2026-10-15", "312.00", "income_other", "Versorgungsbezuege 10/2026", "Landesamt fuer Besoldung"),
      // Money in that is no pension: interest, a wage, a gift back, interest a Dutch bank calls "rente".
      row("2026-10-31", "45.02", "income_other", "Abschluss per 30.09.2026 Habenzinsen"),
      row("2026-10-27", "520.00", "salary", "Gehalt Minijob 10/2026", "Gartenbau Schulz"),
      row("2026-10-20", "50.00", "income_other", "Danke fuer das Essen", "Lena Bauer"),
      row("2026-10-31", "3.10", "income_other", "Creditrente 3e kwartaal", "ING Bank"),
    ];
  });
});

afterAll(() => seeded?.close());

const total = async (spec: QuerySpecInput) => (await seeded.analytics.query(seeded.userId, spec, { today })).total[0]?.value ?? "0.00";
const ask = (q: string, locale: "en" | "de") => totalAsker(seeded.analytics, seeded.userId, today)(q, locale);

describe("pension received", () => {
  it("is the statutory, company and civil service pensions, however filed", async () => {
    expect(await total({ measure: "income", filters: { period: { from: "2026-10-01", to: "2026-10-31" }, topics: ["pension"] } })).toBe("3282.26");
  });

  it("answers the questions retirees ask", async () => {
    expect(await ask("how much pension did we get last month", "en")).toBe("3282.26");
    expect(await ask("wieviel rente haben wir dieses jahr bekommen", "de")).toBe("3282.26");
    expect(await ask("wie viel betriebsrente im oktober", "de")).toBe("3282.26");
  });
});

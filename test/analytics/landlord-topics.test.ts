// A landlord's questions about the flats (src/analytics/topics-housing.ts): the rents tenants pay in (filed as
// other income), the tradesmen's invoices (filed wherever the categorizer put them), the WEG's Hausgeld.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
      accountId, date, amount, category, description, counterparty, merchant: counterparty,
    });
    return [
      row("2026-10-01", "1085.00", "income_other", "Miete Lister Meile 78 3.OG li 10/2026", "Jonas Petersen"),
      row("2026-10-03", "780.00", "income_other", "Miete 10/2026 Limmerstr. 41", "Sophie Kaminski"),
      // Money in that is no rent: the deposit, interest, a pension, a salary.
      row("2026-10-20", "2640.00", "income_other", "Mietkaution Lister Meile 78 Whg 3 OG links", "Aylin Demir"),
      row("2026-10-31", "45.02", "income_other", "Abschluss Habenzinsen"),
      row("2026-10-30", "1703.43", "income_other", "Rentenzahlung 10/2026", "Deutsche Rentenversicherung Bund"),
      row("2026-10-27", "3498.12", "salary", "Lohn/Gehalt 10/2026", "Continental Reifen Deutschland GmbH"),
      // Tradesmen, filed anywhere; a car service and a DIY store are no repairs of the home.
      row("2026-10-09", "-612.80", "other", "Rg. 2026-0117 Rohrbruch Bad Limmerstr. 41 WE 2", "Heizung Sanitaer Meyer GmbH"),
      row("2026-10-21", "-438.90", "shopping", "Rechnung 4471 Austausch Unterverteilung", "Elektro Kuhlmann GmbH"),
      row("2026-10-14", "-2380.00", "shopping", "Rg. 26-118 Renovierung Whg. nach Auszug", "Malerbetrieb Schrader"),
      row("2026-10-30", "-149.00", "drugstore", "Rg. 3391 Schliesszylinder Wohnungstuer", "Schluesseldienst Hannover-Mitte"),
      row("2026-10-22", "-1186.40", "fuel", "Rg. 26-3312 Inspektion und Bremsen", "Autohaus Hoppe GmbH"),
      row("2026-10-23", "-127.80", "shopping", "HORNBACH BAUMARKT/GARBSENER LANDSTR. 1/HANNOVER", "HORNBACH Hannover"),
      row("2026-10-24", "-689.00", "shopping", "IKEA DEUTSCHLAND/EXPO PLAZA 11/HANNOVER", "IKEA Hannover"),
      // The WEG's Hausgeld beside the own home's mortgage in Rent & housing.
      row("2026-10-02", "-318.00", "rent", "Hausgeld 10/2026 WEG Lister Meile 78 Whg. 3", "Hausverwaltung Boedeker GmbH"),
      row("2026-10-02", "-258.00", "rent", "Hausgeld WEG Limmerstr. 41 WE 2 10/2026", "Limmer Immobilienverwaltung GmbH & Co. KG"),
      row("2026-10-01", "-1380.00", "rent", "Darlehensrate Baufinanzierung Nr. 6300123456", "Deutsche Bank AG"),
    ];
  });
});

afterAll(() => seeded?.close());

const ask = (q: string, locale: "en" | "de") => totalAsker(seeded.analytics, seeded.userId, today)(q, locale);

describe("a landlord's questions", () => {
  it("rent received is the tenants' rent credits, not the deposit, interest, pension or salary", async () => {
    expect(await ask("wie viel miete haben wir im oktober eingenommen", "de")).toBe("1865.00");
    expect(await ask("what rental income did we get in october", "en")).toBe("1865.00");
    expect(await ask("mieteinnahmen oktober 2026", "de")).toBe("1865.00");
  });

  it("repairs are the tradesmen's invoices wherever they were filed", async () => {
    expect(await ask("reparaturen im oktober", "de")).toBe("3580.70");
    expect(await ask("how much did we spend on repairs in october", "en")).toBe("3580.70");
  });

  it("Hausgeld is the WEG's debits, not the mortgage beside them", async () => {
    expect(await ask("wie viel hausgeld haben wir im oktober bezahlt", "de")).toBe("576.00");
  });
});

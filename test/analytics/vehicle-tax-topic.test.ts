import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;
const today = "2026-11-29";

beforeAll(async () => {
  s = await seedAnalytics((giro) => {
    const at = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
      accountId: giro, date, amount, category, description, counterparty,
    });
    return [
      // Vehicle tax as German, British and Dutch statements word it, one filed under the car by its bank.
      at("2026-03-16", "-148.00", "taxes", "Kfz-Steuer FR-JA 482 Zeitraum 03.2026-02.2027", "Bundeskasse Trier"),
      at("2026-04-02", "-61.00", "taxes", "Kraftfahrzeugsteuer B-XY 12", "Hauptzollamt Hannover"),
      at("2026-05-01", "-19.50", "fuel", "KFZSTEUER M-AB 1", "Hauptzollamt München"),
      at("2026-06-01", "-20.00", "taxes", "DVLA-AB12CDE VEHICLE TAX", "DVLA"),
      at("2026-07-01", "-30.00", "taxes", "Motorrijtuigenbelasting 1234AB", "Belastingdienst"),
      // The other taxes and the rest of the car, which "Kfz" or "Steuer" alone would name.
      at("2026-02-15", "-55.08", "taxes", "Rundfunk 01.2026 - 03.2026", "Rundfunk ARD, ZDF, DRadio"),
      at("2026-05-10", "-812.00", "taxes", "Einkommensteuer 2025 StNr 123", "Finanzamt Freiburg"),
      at("2026-03-01", "-84.20", "insurance", "Kfz-Versicherung FR-JA 482 Beitrag 03", "HUK-COBURG"),
      at("2026-06-10", "-70.00", "fuel", "ARAL Tankstelle Freiburg", "ARAL"),
    ];
  });
  ask = totalAsker(s.analytics, s.userId, today);
});

afterAll(async () => {
  await s?.close();
});

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

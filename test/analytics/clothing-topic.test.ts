// Clothing, a topic narrower than shopping: the fashion and shoe chains the
// dictionary knows and shops whose name says what they sell, with their
// refunds netted; not the laptop, the Amazon order or a chest of drawers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;
const today = "2026-11-29";

beforeAll(async () => {
  s = await seedAnalytics((giro) => {
    const at = (date: string, amount: string, category: string, merchant: string, description: string | null = null, refundOf: string | null = null) => ({
      accountId: giro, date, amount, category, merchant, description, refundOf,
    });
    return [
      // Clothes: Zalando through PayPal and its partial refund, a shoe chain, and two shops no dictionary knows.
      at("2026-03-09", "-89.95", "shopping", "Zalando", "Ihr Einkauf bei Zalando SE"),
      at("2026-05-03", "39.95", "refunds", "Zalando", "Rueckzahlung von Zalando SE", "shopping"),
      at("2026-04-11", "-49.99", "shopping", "Deichmann"),
      at("2026-06-20", "-120.00", "shopping", "Modehaus Schmidt"),
      at("2026-09-02", "-79.00", "shopping", "Schuhhaus Meier"),
      // Shopping that is not clothes: a laptop, an Amazon order, a chest of drawers ("Kommode" holds "mode").
      at("2026-09-03", "-1349.00", "shopping", "Saturn"),
      at("2026-10-04", "-64.99", "shopping", "Amazon", "AMAZON.DE*7T1QW09ZK"),
      at("2026-02-14", "-149.00", "shopping", "IKEA", "KOMMODE MALM"),
      // A café with a fashionable name is no shop.
      at("2026-07-01", "-8.50", "restaurants", "Mode Bar"),
    ];
  });
  ask = totalAsker(s.analytics, s.userId, today);
});

afterAll(async () => {
  await s?.close();
});

describe("clothing, a topic narrower than shopping", () => {
  it("is the fashion and shoe shops less what went back, in any wording", async () => {
    // 89.95 − 39.95 + 49.99 + 120.00 + 79.00
    expect(await ask("wie viel hab ich dieses jahr für klamotten ausgegeben", "de")).toBe("298.99");
    expect(await ask("Kleidung dieses Jahr", "de")).toBe("298.99");
    expect(await ask("how much did i spend on clothes this year", "en")).toBe("298.99");
    expect(await ask("fashion this year", "en")).toBe("298.99");
  });

  it("leaves shopping as a whole as it was", async () => {
    expect(await ask("Einkäufe dieses Jahr", "de")).toBe("1861.98");
  });
});

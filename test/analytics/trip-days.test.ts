// "was hat der Urlaub in Rimini gekostet": the rows naming Rimini mark the days there; on those days (two more
// each side) what was spent eating out, on leisure, transport, travel and shopping at places not seen in other
// months is the trip too. A tag with the place's name (#lisbon2026) is the person's own marking: that alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;
const TODAY = "2026-11-30";

beforeAll(async () => {
  s = await seedAnalytics((acct) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({ accountId: acct, date, amount, category, description, counterparty });
    const home = ["2026-04", "2026-05", "2026-06", "2026-07"].flatMap((m) => [
      row(`${m}-03`, "-60.00", "groceries", "REWE SAGT DANKE", "REWE"),
      row(`${m}-17`, "-25.00", "restaurants", "PIZZERIA ROMA KOELN", "Pizzeria Roma"),
    ]);
    return [
      ...home,
      row("2025-08-10", "-12.00", "transport", "PARCHEGGIO RIMINI CENTRO"), // an earlier visit
      row("2026-03-02", "-320.00", "travel", "EUROWINGS 1042 BOOKING"), // booked months before: names no place
      row("2026-06-17", "-80.00", "restaurants", "RISTORANTE DA MARIO", "Da Mario"),
      row("2026-06-18", "-600.00", "travel", "HOTEL MIRAMARE RIMINI"),
      row("2026-06-18", "-41.00", "groceries", "CONAD SUPERSTORE"),
      row("2026-06-19", "-30.00", "entertainment", "SPIAGGIA 62 OMBRELLONI", "Spiaggia 62"),
      // The same beach bought from in May and on the day before the window: one other month, not a place at home.
      row("2026-05-20", "-10.00", "entertainment", "SPIAGGIA 62 ONLINE", "Spiaggia 62"),
      row("2026-06-14", "-10.00", "entertainment", "SPIAGGIA 62 OMBRELLONI", "Spiaggia 62"),
      row("2026-06-25", "-55.00", "restaurants", "TRATTORIA ZUM HAFEN", "Zum Hafen"),
      row("2026-09-10", "-200.00", "travel", "FLIGHT TAP #lisbon2026"),
      row("2026-09-20", "-90.00", "restaurants", "TASCA DO CHICO #lisbon2026"),
      // A trip day's row that names no place (a row printing "Lisboa" is Lisbon's under its other name and matches the text).
      row("2026-09-21", "-15.00", "restaurants", "PASTEIS DE BELEM"),
      // Copenhagen, printed as the terminals print it, and a card fee on a payment there (Revolut's own fee row).
      row("2026-10-09", "-16.21", "travel", "DSB Copenhagen Airport"),
      row("2026-10-10", "-93.84", "restaurants", "Restaurant Barr Kobenhavn"),
      row("2026-10-10", "-28.12", "restaurants", "Torvehallerne KBH"),
      row("2026-10-10", "-26.80", "entertainment", "Tivoli A/S", "Tivoli A/S"),
      row("2026-10-10", "-0.27", "fees", "Fee: Tivoli A/S", "Revolut"),
      row("2026-10-10", "-2.00", "fees", "ATM fee: withdrawal beyond free allowance", "N26"),
    ];
  });
  ask = totalAsker(s.analytics, s.userId, TODAY);
});

afterAll(async () => {
  await s?.close();
});

describe("what a trip to a place cost", () => {
  it("is the rows naming the place and, on their days, the trip's spending away from home", async () => {
    expect(await ask("was hat der Urlaub in Rimini gekostet", "de")).toBe("710.00");
  });

  it("answers for the days it found", async () => {
    const r = parseQuestion("what did the rimini trip cost us", { today: TODAY, locale: "en", merchants: [], accounts: [] });
    if (r.kind !== "spec") throw new Error(r.kind);
    const result = await s.analytics.query(s.userId, r.spec, { today: TODAY });
    expect(result.spec.filters).toMatchObject({ trip: true, period: { from: "2026-06-16", to: "2026-06-20" } });
    expect(result.period).toEqual({ from: "2026-06-16", to: "2026-06-20" });
  });

  it("a city asked without the word trip: its rows under any of its names, the day's leisure and the card fees on those payments", async () => {
    expect(await ask("what did copenhagen cost", "en")).toBe("165.24");
  });

  it("keeps to the tagged rows where the place is the person's tag", async () => {
    expect(await ask("how much did the lisbon trip cost", "en")).toBe("290.00");
  });
});

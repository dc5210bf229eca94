import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;
const today = "2026-11-29";

beforeAll(async () => {
  s = await seedAnalytics((acct) => {
    const at = (date: string, amount: string, category: string, description: string, counterparty: string | null = null) => ({
      accountId: acct, date, amount, category, description, counterparty,
    });
    return [
      // A freelancer's money in: clients (one paid monthly, filed as salary), the bank's interest, the partner's share.
      at("2026-07-20", "2000.00", "salary", "LV INV 202607-PS", "LinguaVox Ltd"),
      at("2026-08-11", "1500.00", "income_other", "TPT REMIT 260811", "TransPerfect Translations Ltd"),
      at("2026-08-01", "3.10", "income_other", "Interest", "Starling Bank"),
      at("2026-08-27", "1150.00", "income_other", "T HUGHES HOUSEHOLD BGC", null),
      // Taxes: Self Assessment, Class 2 National Insurance and the council tax beside them.
      at("2026-07-27", "-3150.00", "taxes", "4417302958K", "HMRC Self Assessment"),
      at("2026-07-29", "-182.00", "taxes", "110123456789012345", "HMRC NICO"),
      at("2026-07-15", "-180.90", "taxes", "MANCHESTER CC CTAX 6012345678 DDR", null),
      // Work software (one renewed yearly, filed as other) and streaming in the same subscriptions.
      at("2026-07-09", "-19.97", "subscriptions", "ADOBE *ACROBAT PRO UXBRIDGE GBR", "Adobe"),
      at("2026-07-01", "-7.00", "subscriptions", "GOOGLE*WORKSPACE PSHAHTRA", "Google"),
      at("2026-03-12", "-276.00", "other", "RWS*TRADOS STUDIO FREELA MAIDENHEAD GBR", "Trados"),
      at("2026-07-18", "-10.99", "subscriptions", "NETFLIX.COM AMSTERDAM NLD", "Netflix"),
      at("2026-07-22", "-11.99", "subscriptions", "SPOTIFY STOCKHOLM SWE", "Spotify"),
      // Transport: the tram and a train, and two Uber rides filed with them.
      at("2026-07-06", "-5.40", "transport", "TFGM METROLINK MANCHESTER GBR", "Metrolink"),
      at("2026-09-01", "-112.60", "transport", "AVANTI WEST COAST LONDON GBR", "Avanti West Coast"),
      at("2026-05-16", "-15.83", "transport", "UBER *TRIP HELP.UBER.COM PRT", "Uber"),
      at("2026-05-18", "-22.71", "transport", "STREET CARS TAXI MANCHESTER", null),
    ];
  });
  ask = totalAsker(s.analytics, s.userId, today);
});

afterAll(async () => {
  await s?.close();
});

describe("what a self-employed person asks about, narrower than a category", () => {
  it("counts money from clients as earned income, not the bank's interest or the partner's household share", async () => {
    expect(await ask("how much did i earn from clients this yr", "en")).toBe("3500.00");
    expect(await ask("how much came in from clients in q3?", "en")).toBe("3500.00");
  });

  it("counts Self Assessment, typed with a typo, without the council tax", async () => {
    expect(await ask("how much self assesment tax did i pay in july", "en")).toBe("3150.00");
    expect(await ask("self assessment this year", "en")).toBe("3150.00");
  });

  it("reads National Insurance as the contribution paid to HMRC, not the Insurance category", async () => {
    expect(await ask("how much national insurance did I pay this year?", "en")).toBe("182.00");
  });

  it("counts work software wherever it was filed, without streaming", async () => {
    expect(await ask("how much did i spend on software subscriptions for work this year", "en")).toBe("302.97");
  });

  it("leaves taxis and ride-hailing out of public transport", async () => {
    expect(await ask("how much have i spent on public transport since january", "en")).toBe("118.00");
    expect(await ask("transport this year", "en")).toBe("156.54");
  });
});

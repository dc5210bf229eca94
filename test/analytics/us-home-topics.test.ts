// A US home's costs as topics: a county's property tax is the topic UK users call council tax (the county's or
// school district's bill, not the IRS, read so a US user recognises it); the mortgage and the HOA dues are each
// their own part of Rent & housing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../src/analytics/parse/index.ts";
import { seedAnalytics, totalAsker, type SeededAnalytics } from "./seeded-analytics.ts";

let s: SeededAnalytics;
let ask: ReturnType<typeof totalAsker>;
const today = "2026-11-29";

beforeAll(async () => {
  s = await seedAnalytics((checking) => {
    const at = (date: string, amount: string, description: string, category = "taxes") => ({ accountId: checking, date, amount, category, description, counterparty: null });
    return [
      at("2026-02-02", "-2412.66", "ORIG CO NAME:MR. COOPER  CO ENTRY DESCR:MTG PYMT  SEC:PPD IND ID:1234567890", "rent"),
      at("2026-03-02", "-2412.66", "ORIG CO NAME:MR. COOPER  CO ENTRY DESCR:MTG PYMT  SEC:PPD IND ID:1234567890", "rent"),
      at("2026-04-06", "-285.00", "AVERY RANCH OWNER DES:HOA DUES ID:12345678901 INDN:KEISHA JOHNSON CO ID:1234567890 WEB", "rent"),
      at("2026-01-27", "-7842.19", "ORIG CO NAME:TRAVIS COUNTY TAX  CO ENTRY DESCR:PROP TAX  SEC:WEB IND ID:0285461007"),
      at("2026-02-02", "-1200.00", "HARRIS COUNTY TAX ASSESSOR-COLLECTOR ONLINE PMT"),
      at("2026-04-15", "-2100.00", "IRS USATAXPYMT 270612345678901"),
      at("2026-05-01", "-310.00", "TX COMPTROLLER FRANCHISE TAX"),
    ];
  });
  ask = totalAsker(s.analytics, s.userId, today);
});

afterAll(async () => {
  await s?.close();
});

describe("a home's payments", () => {
  it("the mortgage is the servicer's payments, not the HOA dues", async () => {
    expect(await ask("mortgage ytd", "en")).toBe("4825.32");
  });

  it("the HOA dues are the association's, not the mortgage", async () => {
    expect(await ask("hoa dues this year?", "en")).toBe("285.00");
  });
});

describe("property tax in the US", () => {
  it("is the county tax office's rows, not income or franchise tax", async () => {
    expect(await ask("how much property tax did we pay this year", "en")).toBe("9042.19");
  });

  it("reads as property tax, not only as the UK's council tax", () => {
    const r = parseQuestion("property tax this year", { today, locale: "en", merchants: [], accounts: [] });
    expect(r.kind === "spec" && describeReading(r.reading, "en")).toMatch(/Property/);
  });
});

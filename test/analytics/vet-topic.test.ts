// Vets within Health (src/analytics/topics-vet.ts): the vets' and animal clinics' bills net of a refund, not the
// family's doctor or pharmacy filed under Health too, and not the pet shop (shopping).
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { categorize } from "../../src/categories/categorize.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

let seeded: SeededAnalytics;
const today = "2026-11-30";

beforeAll(async () => {
  seeded = await seedAnalytics((accountId) => {
    const row = (date: string, amount: string, category: string, description: string, counterparty: string | null = null, refundOf: string | null = null) => ({
      accountId, date, amount, category, description, counterparty, refundOf,
    });
    return [
      row("2026-07-14", "-84.20", "health", "TIERARZTPRAXIS DR. HOLM//LUENEBURG/DE"),
      row("2026-08-02", "-131.55", "health", "CHECKCARD 0802 BLUE HILLS ANIMAL HOSPITAL ASHEVILLE NC"),
      row("2026-08-20", "-46.10", "health", "Kartenzahlung", "Dierenkliniek De Vecht B.V."),
      row("2026-08-25", "20.00", "refunds", "Gutschrift Rechnung 4471", "Tierklinik Elbufer GmbH", "health"),
      row("2026-09-04", "-35.00", "health", "Praxisgebühr Zuzahlung", "Hausarztpraxis Dr. Kranz"),
      row("2026-09-10", "-12.80", "health", "ROSEN APOTHEKE//LUENEBURG/DE"),
      row("2026-09-12", "-59.90", "shopping", "FRESSNAPF 1234//LUENEBURG/DE"),
    ];
  });
});

afterAll(() => seeded?.close());

it.each<[string, "en" | "de"]>([["how much did the vet cost this year", "en"], ["was haben wir dieses jahr beim tierarzt ausgegeben", "de"]])(
  "%j is the vets net of their refund, not the doctor, the pharmacy or the pet shop",
  async (q, locale) => {
    const r = parseQuestion(q, { today, locale, merchants: [], accounts: [] });
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec.filters.topics).toEqual(["vet"]);
    // 84.20 + 131.55 + 46.10 − 20.00
    expect((await seeded.analytics.query(seeded.userId, r.spec, { today })).total[0]?.value).toBe("241.85");
  },
);

it.each([
  ["KLEINTIERPRAXIS AM RING//LUENEBURG/DE", null],
  ["CHECKCARD 0414 RIVER BEND ANIMAL HOSPITAL DURHAM NC", null],
  ["Kartenzahlung", "Pferdeklinik Lindenhof GmbH"],
  ["BEA NR:XXX123 01.02.26/10.11 DIERENARTSENPRAKTIJK DE BRUG EDE,PAS123", null],
])("a vet's bill (%s) is health", (description, counterpartyName) => {
  const row = { description, counterpartyName, counterpartyIban: null, amount: "-64.00", transactionType: null, mcc: null };
  const merchant = merchantLabel(row);
  expect(categorize({ ...row, merchant }, { rules: [], ownIbans: new Set(), ownNames: new Set<string>() }).categoryKey).toBe("health");
});

it("a vet's card code (MCC 0742) is health, a pet shop's is not", () => {
  const row = (description: string, mcc: string) => ({ description, counterpartyName: null, counterpartyIban: null, amount: "-30.00", transactionType: null, mcc });
  expect(categorize({ ...row("NORTHGATE PRACTICE 0231", "0742"), merchant: null }, { rules: [], ownIbans: new Set(), ownNames: new Set<string>() }).categoryKey).toBe("health");
  expect(categorize({ ...row("PETS CORNER 0117", "5995"), merchant: null }, { rules: [], ownIbans: new Set(), ownNames: new Set<string>() }).categoryKey).toBe("shopping");
});

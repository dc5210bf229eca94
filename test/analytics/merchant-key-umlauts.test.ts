// German banks print umlauts as ä or as ae, ß as ß or ss: "Bäckerei Müller" on
// one row, "BAECKEREI MUELLER" on the next. Analytics merchant keys fold both
// spellings as the Merchant table's keys do, so they are one merchant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupKey, labelKey } from "../../src/analytics/merchant-keys.ts";
import { parseQuestion } from "../../src/analytics/parse/index.ts";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { seedAnalytics, type SeededAnalytics } from "./seeded-analytics.ts";

const SPELLINGS = [
  ["Bäckerei Müller", "BAECKEREI MUELLER", "Baeckerei Müller"],
  ["Glück Getränke", "GLUECK GETRAENKE"],
  ["Schöne Blumen", "SCHOENE BLUMEN"],
  ["Fleischerei Weiß", "FLEISCHEREI WEISS"],
];

describe("merchant keys fold umlauts however they are spelled", () => {
  it.each(SPELLINGS)("%s and its other spellings are one key and one group", (...labels) => {
    expect(new Set(labels.map(labelKey)).size).toBe(1);
    expect(new Set(labels.map((l) => groupKey(labelKey(l)))).size).toBe(1);
  });

  it("agrees with the Merchant table's key for a name the dictionary does not know", () => {
    for (const l of SPELLINGS.flat()) expect(labelKey(l)).toBe(merchantKey(l));
  });

  it("reads a question in either spelling as the one merchant", () => {
    const labels = ["Bäckerei Müller", "BAECKEREI MUELLER 0815", "REWE"];
    for (const q of ["bäckerei müller letzten Monat", "baeckerei mueller letzten Monat", "backerei muller letzten Monat"]) {
      const r = parseQuestion(q, { today: "2026-11-22", locale: "de", merchants: labels, accounts: [] });
      if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
      expect(r.spec.filters.merchants?.map(labelKey), q).toEqual([labelKey("Bäckerei Müller")]);
    }
  });
});

describe("a sum over both spellings", () => {
  let seeded: SeededAnalytics;
  const rows = [
    ["Bäckerei Müller", "-4.80"],
    ["BAECKEREI MUELLER 0815", "-6.20"],
    ["Baeckerei Müller", "-3.15"],
  ] as const;

  beforeAll(async () => {
    seeded = await seedAnalytics((acc) => [
      ...rows.map(([merchant, amount], i) => ({ accountId: acc, date: `2026-10-0${i + 1}`, amount, merchant, category: "groceries" })),
      { accountId: acc, date: "2026-10-05", amount: "-2.00", merchant: "Bäckerei Schmidt", category: "groceries" },
    ]);
  });

  afterAll(async () => {
    await seeded?.close();
  });

  it("counts every spelling's rows and no other bakery's", async () => {
    const r = parseQuestion("baeckerei mueller letzten Monat", { today: "2026-11-22", locale: "de", merchants: [...rows.map(([m]) => m), "Bäckerei Schmidt"], accounts: [] });
    if (r.kind !== "spec") throw new Error(r.kind);
    const cents = rows.reduce((s, [, a]) => s - Number.parseInt(a.replace(".", ""), 10), 0);
    const result = await seeded.analytics.query(seeded.userId, r.spec, { today: "2026-11-22" });
    expect(result.total).toEqual([{ value: `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`, count: rows.length, currency: "EUR" }]);
  });
});

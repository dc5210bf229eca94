// A mosque association is a congregation, not a town hall: its name says "Gemeinde" ("DITIB
// Türkisch-Islamische Gemeinde zu Duisburg e.V.") and the purpose "Moscheeverein", and what it is
// given by standing order is a donation, as the card donations at its door are.
import { expect, it } from "vitest";
import { categorize } from "../../src/categories/categorize.ts";

const cat = (counterpartyName: string, description: string) =>
  categorize({ amount: "-20.00", counterpartyName, description, transactionType: "SEPA Überweisung (Dauerauftrag)" }, { rules: [] }).categoryKey;

it.each([
  ["DITIB Tuerkisch-Islamische Gemeinde zu Duisburg-Marxloh e.V.", "Spende Moscheeverein Mitgl.-Nr. 0412"],
  ["DITIB Tuerkisch-Islamische Gemeinde zu Duisburg-Marxloh e.V.", "Fitre und Zekat Ramazan 2026 Fam. Yildiz"],
  ["Islamische Gemeinde Penzberg e.V.", "Mitgliedsbeitrag 2026"],
  ["Moscheegemeinde Hamburg-Nord", "Dauerauftrag"],
])("%s (%s) is a donation", (name, purpose) => {
  expect(cat(name, purpose)).toBe("donations");
});

it("a town's Gemeinde is still a tax office", () => {
  expect(cat("Gemeinde Oberhaching", "Hundesteuer 2026")).toBe("taxes");
});

it("asking about the mosque is asking about donations", async () => {
  const { parseQuestion } = await import("../../src/analytics/parse/index.ts");
  for (const q of ["wie viel haben wir an die moschee gezahlt", "how much did we give the mosque this year"]) {
    const r = parseQuestion(q, { today: "2026-11-30", locale: q.startsWith("how") ? "en" : "de", merchants: [], accounts: [] });
    expect(r.kind === "spec" && r.spec.filters.categories, q).toEqual(["donations"]);
  }
});

it("the association's funeral fund is still insurance", () => {
  expect(cat("DITIB Tuerkisch-Islamische Union der Anstalt fuer Religion e.V.", "Cenaze Yardim Fonu Beitrag 2026")).toBe("insurance");
});

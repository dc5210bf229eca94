// Donations asked with the verb ("how much did we donate", "was haben wir gespendet") are the Donations category.
import { expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";

it.each<[string, "en" | "de"]>([
  ["how much did we donate this year", "en"],
  ["what have I donated since january", "en"],
  ["wie viel haben wir dieses jahr gespendet", "de"],
])("%j is the donations category", (q, locale) => {
  const r = parseQuestion(q, { today: "2026-11-30", locale, merchants: [], accounts: [] });
  expect(r.kind === "spec" && r.spec.filters.categories).toEqual(["donations"]);
  expect(r.kind === "spec" && r.spec.measure).toBe("spending");
});

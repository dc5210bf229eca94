// "total direct debits", "Lastschriften", "standing orders", "Daueraufträge":
// the payments the bank typed that way, not an unknown question.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";
import { P, context } from "./corpus-types.ts";

function spec(q: string, locale: "en" | "de") {
  const r = parseQuestion(q, context(locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("payments by the bank's type", () => {
  it.each<[string, "en" | "de"]>([
    ["total direct debits last month", "en"],
    ["how much went out by direct debit last month", "en"],
    ["Lastschriften letzten Monat", "de"],
    ["wie viel ging letzten Monat per Lastschrift ab", "de"],
  ])("reads %j as direct debits", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ measure: "spending", filters: { paymentType: "direct_debit", period: P.lastMonth } });
  });

  it.each<[string, "en" | "de"]>([
    ["standing orders last month", "en"],
    ["how much were my standing orders last month", "en"],
    ["Daueraufträge letzten Monat", "de"],
    ["wie viel gingen letzten Monat per Dauerauftrag raus", "de"],
  ])("reads %j as standing orders", (q, locale) => {
    expect(spec(q, locale)).toMatchObject({ measure: "spending", filters: { paymentType: "standing_order", period: P.lastMonth } });
  });

  it("leaves recurring payments to the subscriptions list", () => {
    expect(parseQuestion("wiederkehrende Lastschriften", context("de")).kind).toBe("subscriptions");
  });
});

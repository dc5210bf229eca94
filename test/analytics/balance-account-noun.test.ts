// "What's in my NatWest account": the word "account" (Konto, rekening) after an
// account's name belongs to that account, and in a balance question it never
// names a shop, even when a bank's fee row was labelled "Account Fee".
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/analytics/parse/parse-question.ts";

const today = "2026-11-29";
const natwest = "11111111-1111-4111-8111-111111111111";
const accounts = [
  { id: natwest, name: "NatWest CARTER E", type: "CHECKING" },
  { id: "22222222-2222-4222-8222-222222222222", name: "Halifax", type: "CHECKING" },
];
const merchants = ["Tesco", "Account Fee", "Morrisons"];

function ask(q: string, locale: "en" | "de" = "en") {
  const r = parseQuestion(q, { today, locale, merchants, accounts });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("an account named with its noun", () => {
  it.each<[string, "en" | "de"]>([
    ["whats in my natwest account", "en"],
    ["what's in my natwest account", "en"],
    ["how much is in my natwest account", "en"],
    ["was ist auf meinem natwest konto", "de"],
  ])("%s is that account's balance", (q, locale) => {
    const spec = ask(q, locale);
    expect(spec.measure).toBe("balance");
    expect(spec.filters.accounts).toEqual([natwest]);
    expect(spec.filters.merchants ?? []).toEqual([]);
  });

  it("what's in my account is the balance, not the shop called Account Fee", () => {
    const spec = ask("whats in my account");
    expect(spec.measure).toBe("balance");
    expect(spec.filters.merchants ?? []).toEqual([]);
  });

  it("spending from a named account stays spending", () => {
    const spec = ask("how much did i spend from my natwest account this month");
    expect(spec.measure).toBe("spending");
    expect(spec.filters.accounts).toEqual([natwest]);
  });
});

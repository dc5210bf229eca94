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

  it.each(["whats in savings", "what's in our checking", "what is in the savings"])("%s: an account named by its kind is its balance", (q) => {
    const kinds = [
      { id: "33333333-3333-4333-8333-333333333333", name: "Capital One Bank savings", type: "SAVINGS" },
      { id: "44444444-4444-4444-8444-444444444444", name: "Wells Fargo checking", type: "CHECKING" },
    ];
    const r = parseQuestion(q, { today, locale: "en", merchants, accounts: kinds });
    expect(r.kind === "spec" && r.spec.measure).toBe("balance");
  });

  it("spending from a named account stays spending", () => {
    const spec = ask("how much did i spend from my natwest account this month");
    expect(spec.measure).toBe("spending");
    expect(spec.filters.accounts).toEqual([natwest]);
  });
});

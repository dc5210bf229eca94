// A balance asked of an account no account's name fits ("kontostand dkb" with
// only a Volksbank and a Sparkasse) is never answered with the total of all
// accounts as if it had been understood: Kontor says so and offers the
// person's accounts. A balance with nothing named stays the total.
import { describe, expect, it } from "vitest";
import { parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const accounts = [
  { id: id(1), name: "Volksbank Stuttgart eG", type: "CHECKING" },
  { id: id(2), name: "Sparkasse", type: "CHECKING" },
  { id: id(3), name: "PayPal", type: "CHECKING" },
];
const ctx = (locale: "en" | "de"): ParseContext => ({ today: "2026-11-29", locale, merchants: ["REWE"], accounts, dataStart: "2025-12-01" });

describe("a balance of an account Kontor does not know", () => {
  it.each<[string, "en" | "de", string]>([
    ["kontostand dkb", "de", "dkb"],
    ["what is my n26 balance", "en", "n26"],
    ["saldo comdirect", "de", "comdirect"],
  ])("%s asks which account, offering every one", (q, locale, word) => {
    const r = parseQuestion(q, ctx(locale));
    expect(r.kind).toBe("clarify");
    if (r.kind !== "clarify") return;
    expect(r.question).toEqual({ key: "parse.clarify.unknown_account", params: { word } });
    expect(r.options.map((o) => o.label)).toEqual(["Volksbank Stuttgart eG", "Sparkasse", "PayPal", { key: "parse.option.all" }]);
    expect(r.options[1]!.spec.filters.accounts).toEqual([id(2)]);
  });

  it.each<[string, "en" | "de"]>([
    ["kontostand", "de"],
    ["aktueller kontostand", "de"],
    ["wie hoch ist mein guthaben", "de"],
    ["kontostand aller konten", "de"],
    ["what's my current balance", "en"],
    ["what's my total balance", "en"],
    ["balance of my accounts", "en"],
  ])("%s names no account: the total of all", (q, locale) => {
    const r = parseQuestion(q, ctx(locale));
    expect(r.kind).toBe("spec");
    if (r.kind === "spec") expect(r.spec).toMatchObject({ measure: "balance" });
  });

  it("a known account is answered", () => {
    const r = parseQuestion("what is my sparkasse balance", ctx("en"));
    expect(r.kind === "spec" && r.spec.filters.accounts).toEqual([id(2)]);
  });
});

import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../src/analytics/parse/index.ts";

const ask = (q: string, merchants: string[]) => parseQuestion(q, { today: "2026-11-29", locale: "en", merchants, accounts: [] });
const merchantsOf = (q: string, merchants: string[]) => {
  const r = ask(q, merchants);
  return r.kind === "spec" ? r.spec.filters.merchants : r.kind;
};

describe("a brand asked about by the name people call it", () => {
  it.each([
    ["chatgpt this year", ["OpenAI", "REWE"], ["OpenAI"]],
    ["chat gpt this year", ["OpenAI"], ["OpenAI"]],
    ["icloud last month", ["Apple", "REWE"], ["Apple"]],
    ["xbox this year", ["Microsoft"], ["Microsoft"]],
    ["youtube premium this year", ["YouTube"], ["YouTube"]],
    ["how much did i pay for prime this year", ["AMAZON EU S.A R.L.", "Amazon Prime Video"], ["Amazon Prime"]],
    ["how much went to amex this year", ["American Express", "Tesco"], ["American Express"]],
    ["maccies last month", ["McDonald's", "Tesco"], ["McDonald's"]],
  ] as const)("reads %j as the merchant the rows carry", (q, merchants, want) => {
    expect(merchantsOf(q, [...merchants])).toEqual(want);
  });

  it("prefers the brand of that very name when the person has it", () => {
    expect(merchantsOf("xbox this year", ["Microsoft", "Xbox"])).toEqual(["Xbox"]);
  });

  it("names nothing the person does not have", () => {
    expect(ask("chatgpt this year", ["REWE"]).kind).toBe("unknown");
  });

  it("leaves ordinary words alone", () => {
    expect(merchantsOf("spending next month", ["Next", "OpenAI"])).toBeUndefined();
  });
});

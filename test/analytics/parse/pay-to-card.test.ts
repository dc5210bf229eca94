// "how much did we pay to capital one": the words name the family's Capital One card and the payee of its bills.
// Paying to a card is its bills, wherever they were paid from: not the card's own rows searched for a word.
import { describe, expect, it } from "vitest";
import { parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const accounts = [
  { id: id(1), name: "Chase checking", type: "CHECKING", currency: "USD" },
  { id: id(2), name: "Bank of America checking", type: "CHECKING", currency: "USD" },
  { id: id(3), name: "Capital One card", type: "CREDIT_CARD", currency: "USD" },
];
const ctx: ParseContext = { today: "2026-11-30", locale: "en", merchants: ["Capital One", "Costco", "Chase"], accounts, dataStart: "2025-10-01" };

function spec(q: string) {
  const r = parseQuestion(q, ctx);
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r.spec;
}

describe("paying to an account that is a card", () => {
  it.each(["how much did we pay to capital one this year", "how much have we paid capital one this year", "how much went to capital one this year"])(
    "%j is the bills paid to that card, from any account",
    (q) => {
      const s = spec(q);
      expect(s.measure).toBe("spending");
      expect(s.filters.transfersTo).toBe("card");
      expect(s.filters.accounts).toEqual([id(3)]);
      expect(s.filters.text).toBeUndefined();
      expect(s.filters.period).toEqual({ from: "2026-01-01", to: "2026-11-30" });
    },
  );

  it("spending on the card stays the card's rows", () => {
    const s = spec("how much did we spend on capital one this year");
    expect(s.filters.transfersTo).toBeUndefined();
    expect(s.filters.accounts).toEqual([id(3)]);
  });
});

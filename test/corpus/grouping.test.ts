// The pair figures answer "is each merchant one merchant?", whatever its label's spelling: of the pairs of rows of one
// shop, how many share a label (a shop split over labels lowers it); of the pairs under one label, how many are of one
// shop (two shops merged lower it).
import { describe, expect, it } from "vitest";
import { merchantPairs, type Prediction } from "./evaluate.ts";
import type { CorpusRow } from "./generate.ts";

const row = (merchant: string | null): CorpusRow =>
  ({ id: "x", split: "heldout", bank: "b", lang: "de", date: "2026-01-01", amount: "-1.00", expected: { merchant, category: "other", transfer: false } }) as CorpusRow;
const p = (expected: string | null, label: string | null): Prediction => ({ row: row(expected), merchant: label, category: "other" });

describe("merchantPairs", () => {
  it("keeps a merchant together under one label, however the label is spelled", () => {
    expect(merchantPairs([p("Rasti-Land", "Rasti-Land Salzhemmendorf"), p("Rasti-Land", "RASTI-LAND SALZHEMMENDORF")])).toEqual({ together: 1, apart: 1 });
  });
  it("counts the pairs a merchant split over two labels loses", () => {
    // Three rows: three pairs, one of them (the two "Rasti-Land") alike.
    expect(merchantPairs([p("Rasti-Land", "Rasti-Land"), p("Rasti-Land", "Rasti-Land"), p("Rasti-Land", "Freizeitpark")]).together).toBeCloseTo(1 / 3);
  });
  it("counts the pairs two merchants merged under one label mix", () => {
    // Under "Stadt": three pairs, one of them (the two Kassel rows) of one merchant.
    expect(merchantPairs([p("Stadt Kassel", "Stadt"), p("Stadt Kassel", "Stadt"), p("Stadt Speyer", "Stadt")])).toEqual({ together: 1, apart: 1 / 3 });
  });
  it("pairs a row with no label with none, and leaves rows with no merchant out", () => {
    expect(merchantPairs([p("Rewe", "Rewe"), p("Rewe", null), p("Rewe", "REWE"), p(null, "Rewe")])).toEqual({ together: 1 / 3, apart: 1 });
  });
});

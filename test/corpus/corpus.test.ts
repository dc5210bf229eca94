// The labelled corpus: its shape (size, banks, languages, a stable split)
// and the figures the merchant labeller and the categorizer reach, so a
// regression in either fails CI.
import { describe, expect, it } from "vitest";
import { HELDOUT_FLOORS, loadCorpus, scoresBySplit, TARGETS } from "./evaluate.ts";
import { generateCorpus } from "./generate.ts";
import { splitOf } from "./rng.ts";
import { CATEGORY_KEYS } from "../../src/categories/taxonomy.ts";
import { merchantLabel } from "../../src/categories/merchant-label.ts";

const corpus = loadCorpus();

describe("labelled transaction corpus", () => {
  it("has at least 1,500 rows from at least 12 banks in 4 languages, each labelled with a taxonomy key", () => {
    expect(corpus.rows.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(corpus.rows.map((r) => r.bank)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.rows.map((r) => r.lang))).toEqual(new Set(["de", "en", "fr", "nl"]));
    for (const r of corpus.rows) {
      expect(CATEGORY_KEYS, r.id).toContain(r.expected.category);
      expect(r.amount, r.id).toMatch(/^-?\d+\.\d\d$/);
    }
  });

  it("is the file the seeded generator writes, with each row's split fixed by a hash of its id (about a fifth held out)", () => {
    expect(generateCorpus()).toEqual(corpus.rows);
    for (const r of corpus.rows) expect(r.split, r.id).toBe(splitOf(r.id));
    const heldOut = corpus.rows.filter((r) => r.split === "heldout").length / corpus.rows.length;
    expect(heldOut).toBeGreaterThan(0.15);
    expect(heldOut).toBeLessThan(0.25);
  });

  const { tuning, heldout } = scoresBySplit(corpus);

  it("meets the targets on the tuning split", () => {
    expect(tuning.merchantAccuracy).toBeGreaterThanOrEqual(TARGETS.merchantAccuracy);
    expect(tuning.spendAmountAccuracy).toBeGreaterThanOrEqual(TARGETS.spendAmountAccuracy);
    expect(tuning.transferPrecision).toBeGreaterThanOrEqual(TARGETS.transferPrecision);
  });

  // The held-out fifth met the transfer-precision target on every pool but 8
  // and 9, the spent-amount target (95 %) on pools 11 and 12, and the merchant
  // target (97 %) on none: pool 14, written by someone who never read the rules
  // and scored once after the rule freeze, gave 86.8 % merchant and 88.8 %
  // spent amount (BENCHMARKS.md). Its misses were read and fixed afterwards, so
  // these floors only stop a regression below its unseen figures; a new pool
  // gets its own floors.
  it("meets the transfer-precision target on the held-out fifth and does not fall below its measured merchant and spent-amount figures", () => {
    expect(heldout.banks).toBeGreaterThanOrEqual(12);
    expect(heldout.transferPrecision).toBeGreaterThanOrEqual(TARGETS.transferPrecision);
    expect(heldout.merchantAccuracy).toBeGreaterThanOrEqual(HELDOUT_FLOORS.merchantAccuracy);
    expect(heldout.spendAmountAccuracy).toBeGreaterThanOrEqual(HELDOUT_FLOORS.spendAmountAccuracy);
  });

  it("labels every row idempotently: a stored label labels to itself", () => {
    for (const r of corpus.rows) {
      const label = merchantLabel(r);
      if (label) expect(merchantLabel({ merchant: label }), r.id).toBe(label);
    }
  });
});

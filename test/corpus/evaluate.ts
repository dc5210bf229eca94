// Scores the labeller and the categorizer on the labelled corpus, the way the
// sync write path uses them: the merchant label first, then categorize() with
// that label, no rules, the person's own IBANs and the own names learned from them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { categorize, isTransferCategory } from "../../src/categories/categorize.ts";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";
import { matchMerchantText } from "../../src/categories/merchant-dictionary.ts";
import { toMinorUnits } from "../../src/format/decimal.ts";
import { ownNamesFrom } from "../../src/transfers/own-names.ts";
import { linkCutLabels } from "../../src/merchants/cut-names.ts";
import { withUsualCategories } from "../../src/merchants/usual-category.ts";
import { withRecurringPay } from "../../src/merchants/recurring-pay.ts";
import type { CorpusRow } from "./generate.ts";

export interface Corpus {
  seed: number;
  ownIbans: string[];
  rows: CorpusRow[];
}

export interface Prediction {
  row: CorpusRow;
  merchant: string | null;
  category: string;
  /** How the category was found (categorize's source); only a "fallback" other takes its merchant's usual category. */
  source?: string;
}

export interface Scores {
  rows: number;
  merchantRows: number;
  merchantAccuracy: number;
  /**
   * Secondary, looser: also a hit when the brand dictionary reads the expected
   * name itself as the predicted brand ("Kamps" → "Backhaus Kamps"): one
   * business under two of its names. The strict figure is the one held to the target.
   */
  merchantSameBrand: number;
  /**
   * Secondary, what "how much at X" needs, whatever a label's spelling: of the pairs of rows of one merchant, the
   * share under one label (a merchant split over labels lowers it); of the pairs under one label, the share of one
   * merchant (two merchants merged lower it). Not held to the target.
   */
  merchantTogether: number;
  merchantApart: number;
  categoryAccuracy: number;
  spendRows: number;
  /** Share of the spent amount (money out that is not a transfer) put in the right category. */
  spendAmountAccuracy: number;
  transferPrecision: number;
  transferRecall: number;
  banks: number;
  langs: number;
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(fileURLToPath(new URL("./transactions.json", import.meta.url)), "utf8")) as Corpus;
}

export function predict(corpus: Corpus): Prediction[] {
  const ownIbans = new Set(corpus.ownIbans);
  // The holder's name is learned the way the write path learns it: from rows to or from own IBANs.
  const ownNames = ownNamesFrom(corpus.rows, ownIbans);
  const labelled = corpus.rows.map((row) => {
    const merchant = merchantLabel(row);
    const { categoryKey, source } = categorize({ ...row, merchant }, { rules: [], ownIbans, ownNames });
    return { row, merchant, category: categoryKey, source };
  });
  // The write path links a name cut at the card field's width to the person's one uncut form of it
  // (src/merchants/cut-names.ts), and a joined or field-cut form to its one spaced or shorter form (name-variants.ts);
  // each split is one person's history here, so neither lends names to the other.
  for (const split of ["tuning", "heldout"] as const) {
    const rows = labelled.filter((p) => p.row.split === split && p.merchant !== null);
    const shown = linkCutLabels(new Map(rows.map((p) => [merchantKey(p.merchant!), p.merchant!])));
    for (const p of rows) p.merchant = shown.get(merchantKey(p.merchant!)) ?? p.merchant;
    // …and gives a payment it could not place its merchant's usual category (src/merchants/usual-category.ts).
    const categories = withUsualCategories(rows.map((p) => ({ key: merchantKey(p.merchant!), category: p.category, source: p.source, out: toMinorUnits(p.row.amount) < 0n })));
    rows.forEach((p, i) => {
      p.category = categories[i]!;
    });
    // …and makes a company's like payments month after month pay (src/merchants/recurring-pay.ts).
    const paid = withRecurringPay(
      rows.map((p) => ({ key: merchantKey(p.merchant!), category: p.category, source: p.source, minor: toMinorUnits(p.row.amount), month: p.row.date.slice(0, 7), text: `${p.row.counterpartyName ?? ""} ${p.row.description ?? ""}` })),
    );
    rows.forEach((p, i) => {
      p.category = paid[i]!;
    });
  }
  return labelled;
}

const ratio = (hit: number, all: number) => (all === 0 ? 1 : hit / all);

const pairs = (n: number) => (n * (n - 1)) / 2;
/** Of the pairs of rows within each group, the share whose rows also share a key (a null key shares with none). */
function sharedPairs(groups: Iterable<Map<string | null, number>>): number {
  let within = 0, shared = 0;
  for (const counts of groups) {
    let rows = 0;
    for (const [key, n] of counts) {
      rows += n;
      if (key !== null) shared += pairs(n);
    }
    within += pairs(rows);
  }
  return ratio(shared, within);
}
/**
 * Pairs of merchant rows (see Scores.merchantTogether, merchantApart): of the pairs of rows of one merchant, the share
 * under one label; of the pairs of rows under one label, the share of one merchant. A row with no label pairs with none.
 */
export function merchantPairs(predictions: readonly Prediction[]): { together: number; apart: number } {
  const byMerchant = new Map<string, Map<string | null, number>>();
  const byLabel = new Map<string, Map<string | null, number>>();
  const add = (map: Map<string, Map<string | null, number>>, k: string, l: string | null) => {
    const inner = map.get(k) ?? new Map<string | null, number>();
    inner.set(l, (inner.get(l) ?? 0) + 1);
    map.set(k, inner);
  };
  for (const { row, merchant } of predictions) {
    if (row.expected.merchant === null) continue;
    const want = merchantKey(row.expected.merchant);
    const label = merchant === null ? null : merchantKey(merchant);
    add(byMerchant, want, label);
    if (label !== null) add(byLabel, label, want);
  }
  return { together: sharedPairs(byMerchant.values()), apart: sharedPairs(byLabel.values()) };
}

export function score(predictions: Prediction[]): Scores {
  let merchantRows = 0, merchantHits = 0, sameBrandHits = 0, categoryHits = 0, spendRows = 0;
  let spent = 0n, spentRight = 0n, tp = 0, fp = 0, fn = 0;
  for (const { row, merchant, category } of predictions) {
    const want = row.expected;
    if (want.merchant !== null) {
      merchantRows += 1;
      const strict = merchant !== null && merchantKey(merchant) === merchantKey(want.merchant);
      if (strict) merchantHits += 1;
      const brand = matchMerchantText(want.merchant);
      if (strict || (merchant !== null && brand !== null && !brand.generic && merchantKey(brand.name) === merchantKey(merchant))) sameBrandHits += 1;
    }
    if (category === want.category) categoryHits += 1;
    const predictedTransfer = isTransferCategory(category);
    if (predictedTransfer && want.transfer) tp += 1;
    else if (predictedTransfer) fp += 1;
    else if (want.transfer) fn += 1;
    const minor = toMinorUnits(row.amount);
    if (minor < 0n && !want.transfer) {
      spendRows += 1;
      spent -= minor;
      if (category === want.category) spentRight -= minor;
    }
  }
  const { together, apart } = merchantPairs(predictions);
  return {
    rows: predictions.length,
    merchantRows,
    merchantAccuracy: ratio(merchantHits, merchantRows),
    merchantSameBrand: ratio(sameBrandHits, merchantRows),
    merchantTogether: together,
    merchantApart: apart,
    categoryAccuracy: ratio(categoryHits, predictions.length),
    spendRows,
    spendAmountAccuracy: spent === 0n ? 1 : Number((spentRight * 100_000n) / spent) / 100_000,
    transferPrecision: ratio(tp, tp + fp),
    transferRecall: ratio(tp, tp + fn),
    banks: new Set(predictions.map((p) => p.row.bank)).size,
    langs: new Set(predictions.map((p) => p.row.lang)).size,
  };
}

export function scoresBySplit(corpus: Corpus): { tuning: Scores; heldout: Scores } {
  const all = predict(corpus);
  return { tuning: score(all.filter((p) => p.row.split === "tuning")), heldout: score(all.filter((p) => p.row.split === "heldout")) };
}

export const TARGETS = { merchantAccuracy: 0.97, spendAmountAccuracy: 0.95, transferPrecision: 0.98 } as const;
/**
 * What the held-out fifth measured unseen (forty-ninth pool, scored once with rules frozen at 8071082), rounded down: a
 * regression guard, not the target. The pool's misses were read and fixed after that score, so it now scores higher.
 */
export const HELDOUT_FLOORS = { merchantAccuracy: 0.75, spendAmountAccuracy: 0.52 } as const;

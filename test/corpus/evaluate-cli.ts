// npm run corpus-eval: scores the corpus and writes the figures into the
// corpus section of BENCHMARKS.md. `--misses` lists the TUNING rows that are
// wrong (never the held-out ones: looking at those would be tuning on them).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCorpus, predict, scoresBySplit, TARGETS, type Scores } from "./evaluate.ts";
import { merchantKey } from "../../src/categories/merchant-label.ts";

const corpus = loadCorpus();
if (process.argv.includes("--misses")) {
  for (const p of predict(corpus)) {
    if (p.row.split !== "tuning") continue;
    const m = p.row.expected.merchant !== null && merchantKey(p.merchant ?? "") !== merchantKey(p.row.expected.merchant);
    const c = p.category !== p.row.expected.category;
    if (m || c) console.log(`${p.row.id}\t${m ? `M ${p.merchant} ≠ ${p.row.expected.merchant}` : ""}\t${c ? `C ${p.category} ≠ ${p.row.expected.category}` : ""}\t${p.row.transactionType ?? ""} | ${p.row.counterpartyName ?? ""} | ${p.row.description ?? ""}`);
  }
  process.exit(0);
}

const { tuning, heldout } = scoresBySplit(corpus);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (name: string, s: Scores) =>
  `| ${name} | ${s.rows} | ${s.banks} | ${s.langs} | ${pct(s.merchantAccuracy)} (${s.merchantRows}) | ${pct(s.merchantSameBrand)} | ${pct(s.categoryAccuracy)} | ${pct(s.spendAmountAccuracy)} (${s.spendRows}) | ${pct(s.transferPrecision)} | ${pct(s.transferRecall)} |`;
const section = [
  "<!-- corpus:begin -->",
  `Labelled corpus \`test/corpus/transactions.json\` (${corpus.rows.length} rows, written by \`test/corpus/generate.ts\`, seed ${corpus.seed}), scored by`,
  "`test/corpus/evaluate.ts` through `merchantLabel` and `categorize` (no rules, the person's own IBANs known). Merchant accuracy:",
  "`merchantKey(label)` equals the expected merchant's key, over rows that have a merchant. Spent amount: money out that is not",
  "a transfer, weighted by amount. Transfer: category of kind transfer (`transfers`, `savings`). \"Same brand\" (secondary, looser):",
  "also a hit when the brand dictionary reads the expected name itself as the predicted brand (one business under two of its names).",
  "",
  "| split | rows | banks | languages | merchant (rows) | same brand | category by rows | category by spent amount (rows) | transfer precision | transfer recall |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  line("tuning (4/5)", tuning),
  line("held-out (1/5)", heldout),
  "",
  `Targets on held-out: merchant ≥ ${pct(TARGETS.merchantAccuracy)}, spent amount ≥ ${pct(TARGETS.spendAmountAccuracy)}, transfer precision ≥ ${pct(TARGETS.transferPrecision)}.`,
  "`test/corpus/corpus.test.ts` asserts the targets on tuning, the transfer-precision target on held-out, and floors at the measured",
  "held-out merchant and spent-amount figures (the targets are not met there; see the history above).",
  "<!-- corpus:end -->",
].join("\n");

const file = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));
const doc = readFileSync(file, "utf8");
const re = /<!-- corpus:begin -->[\s\S]*?<!-- corpus:end -->/;
const next = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n## Merchant and category corpus (issue 8)\n\n${section}\n`;
writeFileSync(file, next);
console.log(section);

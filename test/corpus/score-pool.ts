// Scores a waiting pool (test/corpus/pools-nextNN.ts) in the held-out slot, without touching the committed corpus:
//   npx tsx test/corpus/score-pool.ts test/corpus/pools-next61.ts            figures only
//   npx tsx test/corpus/score-pool.ts test/corpus/pools-next61.ts --misses   and the pool's wrong rows
// A pool is scored once unseen (figures first, then read); its misses then guide fixes, and later scores show them.
// The pool file exports <PREFIX>_SHOPS, <PREFIX>_RECURRING and <PREFIX>_WORDS, as pools-heldout.ts does.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { merchantKey } from "../../src/categories/merchant-label.ts";
import { predict, score, type Scores } from "./evaluate.ts";
import { generateCorpus, OWN_IBANS, type HeldoutPool } from "./generate.ts";

// Piped into head, the reader may leave early: that ends the listing, it is no error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});

const [file, ...flags] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: tsx test/corpus/score-pool.ts <pool file> [--misses]");
  process.exit(2);
}
const mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
const exported = (suffix: string) => {
  const names = Object.keys(mod).filter((k) => k.endsWith(suffix));
  if (names.length !== 1) throw new Error(`${file}: expected one export ending in ${suffix}, found ${names.length ? names.join(", ") : "none"}`);
  return mod[names[0]!];
};
const pool = { shops: exported("_SHOPS"), recurring: exported("_RECURRING"), words: exported("_WORDS") } as HeldoutPool;

const rows = generateCorpus(pool);
const predictions = predict({ seed: 0, ownIbans: OWN_IBANS, rows });
const pct = (x: number) => (x * 100).toFixed(1);
const line = (name: string, s: Scores) =>
  `${name}: merchant ${pct(s.merchantAccuracy)} (${s.merchantRows}) / same brand ${pct(s.merchantSameBrand)} / pairs together ${pct(s.merchantTogether)} apart ${pct(s.merchantApart)} / category ${pct(s.categoryAccuracy)} / spent ${pct(s.spendAmountAccuracy)} (${s.spendRows}) / transfer precision ${pct(s.transferPrecision)} recall ${pct(s.transferRecall)} / rows ${s.rows}`;
console.log(line("tuning", score(predictions.filter((p) => p.row.split === "tuning"))));
console.log(line(`pool ${file}`, score(predictions.filter((p) => p.row.split === "heldout"))));
if (flags.includes("--misses")) {
  for (const p of predictions) {
    if (p.row.split !== "heldout") continue;
    const m = p.row.expected.merchant !== null && merchantKey(p.merchant ?? "") !== merchantKey(p.row.expected.merchant);
    const c = p.category !== p.row.expected.category;
    if (m || c) console.log(`${p.row.id}\t${p.row.amount}\t${m ? `M ${p.merchant} ≠ ${p.row.expected.merchant}` : ""}\t${c ? `C ${p.category} ≠ ${p.row.expected.category}` : ""}\t${p.row.transactionType ?? ""} | ${p.row.counterpartyName ?? ""} | ${p.row.description ?? ""}`);
  }
}

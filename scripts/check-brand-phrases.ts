// Checks the extra brand lists (src/categories/brands/extra-*.ts) against the
// whole dictionary before they are trusted: a phrase another brand already
// uses would silently lose to the earlier row (or take its text), and a
// phrase written unfolded can never match. `npx tsx scripts/check-brand-phrases.ts`
// prints every problem; test/categories/brand-extras.test.ts asserts there are none.
import { pathToFileURL } from "node:url";
import { MERCHANTS, type MerchantRow } from "../src/categories/merchant-data.ts";
import { EXTRA_BRANDS } from "../src/categories/brands/index.ts";
import { foldText, foldUmlauts } from "../src/categories/normalize.ts";
import { keywordLists } from "../src/categories/heuristics.ts";

export interface PhraseProblem {
  brand: string;
  phrase: string;
  problem: string;
}

const bare = (p: string) => p.replace(/^[~^]/, "");
const keyOf = (p: string) => foldUmlauts(foldText(bare(p)));
// The matcher's compact key ("homedepot"): only multi-word phrases of words of three letters or more get one.
const compactOf = (p: string) => {
  const k = keyOf(p);
  return !p.startsWith("^") && !p.startsWith("~") && k.includes(" ") && k.split(" ").every((w) => w.length >= 3) && k.length >= 6 ? k.replaceAll(" ", "") : null;
};

/** Problems of `extra` rows against every row of `all` (which contains them). */
export function brandPhraseProblems(extra: readonly MerchantRow[], all: readonly MerchantRow[]): PhraseProblem[] {
  const owners = new Map<string, Set<string>>();
  const compactOwners = new Map<string, Set<string>>();
  const nameOwners = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string | null, name: string) => {
    if (key) map.set(key, (map.get(key) ?? new Set()).add(name));
  };
  for (const [name, , ...phrases] of all) {
    add(nameOwners, keyOf(name), name);
    for (const p of phrases) {
      add(owners, keyOf(p), name);
      add(compactOwners, compactOf(p), name);
    }
  }
  const perBrand = new Map<string, number>();
  for (const [name, , ...phrases] of all) for (const p of phrases) perBrand.set(`${name}\u0000${keyOf(p)}`, (perBrand.get(`${name}\u0000${keyOf(p)}`) ?? 0) + 1);
  const categories = new Map<string, Set<string>>();
  for (const [name, key] of all) categories.set(name, (categories.get(name) ?? new Set()).add(key));
  // A one-word phrase that folds to a plain keyword of another category ("gaes", hearing aids, folds to "gas")
  // would take every bill that says the word.
  const keywords = new Map<string, string>();
  for (const { key, entries } of keywordLists()) for (const e of entries) if (/^[a-z]+$/.test(e)) keywords.set(foldUmlauts(e), key);
  const problems: PhraseProblem[] = [];
  for (const [name, key, ...phrases] of extra) {
    if ((categories.get(name)?.size ?? 0) > 1) problems.push({ brand: name, phrase: "", problem: `one name in several categories (${[...categories.get(name)!].join(", ")}, this row ${key})` });
    for (const p of phrases) {
      const k = keyOf(p);
      const others = (map: Map<string, Set<string>>, at: string | null) => [...(at ? (map.get(at) ?? []) : [])].filter((n) => n !== name);
      if (bare(p) !== foldText(bare(p))) problems.push({ brand: name, phrase: p, problem: "not folded" });
      for (const other of others(owners, k)) problems.push({ brand: name, phrase: p, problem: `also a phrase of ${other}` });
      for (const other of others(nameOwners, k)) problems.push({ brand: name, phrase: p, problem: `is the name of ${other}` });
      for (const other of others(compactOwners, compactOf(p))) problems.push({ brand: name, phrase: p, problem: `same letters as a phrase of ${other}` });
      const word = keywords.get(k);
      if (word && word !== key && !p.startsWith("~")) problems.push({ brand: name, phrase: p, problem: `folds to the ${word} keyword "${k}"` });
      if ((perBrand.get(`${name}\u0000${k}`) ?? 0) > 1) problems.push({ brand: name, phrase: p, problem: "listed twice for this brand" });
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const problems = brandPhraseProblems(EXTRA_BRANDS, MERCHANTS);
  for (const p of problems) console.log(`${p.brand}\t${p.phrase}\t${p.problem}`);
  console.log(`${EXTRA_BRANDS.length} extra rows, ${problems.length} problems`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

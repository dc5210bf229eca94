// Review aid for src/categories/places.ts: lists the towns that are also an
// ordinary word, or the end of one, in the word lists given (by default the
// system's en/de/fr/nl lists where installed: apt-get install wamerican
// wbritish wngerman wfrench wdutch). A town that is a word can cut a shop's
// last word ("Café Orange"); one that ends a word can be split off it when the
// descriptor unglues a town run into the name. Every hit needs a judgement, so
// this prints and never fails; the hard rules (brand names, NOT_CITIES, towns
// ending towns) are in test/categories/places.test.ts.
//   npx tsx scripts/check-cities.ts [wordlist ...]
import { existsSync, readFileSync } from "node:fs";
import { CITIES } from "../src/categories/places.ts";
import { foldText } from "../src/categories/normalize.ts";

const DEFAULT_LISTS = ["american-english", "british-english", "ngerman", "french", "dutch"].map((n) => `/usr/share/dict/${n}`);
const lists = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_LISTS.filter((p) => existsSync(p));
if (!lists.length) {
  console.log("no word lists found: install wamerican wbritish wngerman wfrench wdutch or name lists as arguments");
  process.exit(0);
}

// The descriptor splits a town off a run-together word only from its third letter and for towns of four or more.
const MIN_GLUE = 4;
const towns = [...CITIES].filter((c) => !c.includes(" "));
const townSet = new Set(towns.filter((t) => t.length >= MIN_GLUE));
for (const path of lists) {
  const raw = readFileSync(path, "utf8");
  // German lists capitalise nouns, so every entry counts there; elsewhere a capital marks a proper name.
  const anyCase = /german/.test(path);
  const words = new Set(raw.split("\n").filter((w) => w && (anyCase || w[0] === w[0]!.toLowerCase())).map(foldText));
  const equal = towns.filter((t) => words.has(t));
  console.log(`\n${path}: ${equal.length} towns are words: ${equal.join(", ")}`);
  const ending = new Map<string, string[]>();
  for (const w of words) {
    for (let at = 2; at <= w.length - MIN_GLUE; at += 1) {
      const tail = w.slice(at);
      if (townSet.has(tail)) ending.set(tail, [...(ending.get(tail) ?? []), w]);
    }
  }
  for (const [t, ws] of ending) console.log(`  ends ${ws.length} words: ${t} (${ws.slice(0, 5).join(", ")})`);
}
